import { type GuardVerdict, guardReply } from './answer-guard.ts';
import { guardTargetFor } from './guard-target.ts';
import type { ReplyPhraser } from './model-phraser.ts';
import { type TutorReply, type TutorRequest, tutorReply } from './tutor-engine.ts';
import type { TutorTurn } from './tutor-turn.ts';

/** Why the engine's own words were used instead of the model's. */
export type FallbackReason = 'no-model' | 'timeout' | 'model-error' | 'blocked';

/** A guarded tutor reply, ready to show and to store. */
export interface TutorResponse {
  readonly text: string;
  readonly source: 'engine' | 'model';
  readonly fallbackReason?: FallbackReason;
  /** The guard's verdict on the text first proposed (the model's when a model answered). */
  readonly guard: GuardVerdict;
  readonly reply: TutorReply;
  /** The turn to store: the engine's turn with the text actually shown. */
  readonly turn: TutorTurn;
}

/** Options of {@link respondAsTutor}. */
export interface RespondOptions {
  readonly phraser?: ReplyPhraser | null;
  /** Time limit for the model, after which the engine's reply is used. */
  readonly timeoutMs?: number;
}

class Timeout extends Error {}

/** How much of the learner's message is forwarded to the model. */
const maxMessageForModel = 1000;

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject before aborting: an abort listener may settle the model's promise synchronously.
      reject(new Timeout());
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers a learner's tutor message: the embedded engine decides the move; a model, when configured,
 * rephrases it; every reply passes the answer guard. When the model is missing, fails, is too slow, or
 * its text is blocked, the engine's own (guarded) reply is used.
 * @example
 * const response = await respondAsTutor(request, { phraser, timeoutMs: 4000 });
 * show(response.text); store(response.turn);
 */
export async function respondAsTutor(
  request: TutorRequest,
  options: RespondOptions = {},
): Promise<TutorResponse> {
  const reply = tutorReply(request);
  const target = guardTargetFor(request.item, request.stepIndex);
  const engine = guardReply(reply.text, target, request.locale);
  const fromEngine = (reason: FallbackReason, guard: GuardVerdict): TutorResponse => ({
    text: engine.text,
    source: 'engine',
    fallbackReason: reason,
    guard,
    reply,
    turn: { ...reply.turn, text: engine.text },
  });
  if (!options.phraser) return fromEngine('no-model', engine.verdict);
  const step = request.item.steps[request.stepIndex]!;
  let phrased: string;
  try {
    phrased = await withTimeout(
      (signal) =>
        options.phraser!.phrase({
          plannedReply: engine.text,
          learnerMessage: request.message.slice(0, maxMessageForModel),
          problem: request.item.stem[request.locale],
          stepPrompt: step.prompt[request.locale],
          history: request.history,
          locale: request.locale,
          signal,
        }),
      options.timeoutMs ?? 4000,
    );
  } catch (error) {
    return fromEngine(error instanceof Timeout ? 'timeout' : 'model-error', engine.verdict);
  }
  const model = guardReply(phrased, target, request.locale);
  if (model.blocked) return fromEngine('blocked', model.verdict);
  return {
    text: model.text,
    source: 'model',
    guard: model.verdict,
    reply,
    turn: { ...reply.turn, text: model.text },
  };
}
