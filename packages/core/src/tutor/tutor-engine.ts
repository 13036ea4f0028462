import { checkAnswer } from '../content/answer/check-answer.ts';
import { diagnoseAnswer } from '../content/diagnose-answer.ts';
import type { Item, Misconception, Scaffold, Step } from '../content/item.ts';
import type { Locale, Localized } from '../language/localized.ts';
import { classifyMessage, proposedAnswer } from './classify-message.ts';
import { hintLadder, type Rung } from './hint-ladder.ts';
import { tutorPhrases } from './tutor-phrases.ts';
import type { LearnerIntent, TutorMove, TutorTurn } from './tutor-turn.ts';

/** Everything the engine needs for one reply. The engine is pure: the caller stores the turns. */
export interface TutorRequest {
  readonly item: Item;
  readonly stepIndex: number;
  /** What the learner typed in the answer box for this step so far, oldest first. */
  readonly attempts: readonly string[];
  /** The conversation so far for this step, oldest first. */
  readonly history: readonly TutorTurn[];
  /** The learner's new message; empty when the tutor panel is opened. */
  readonly message: string;
  readonly locale: Locale;
}

/** The engine's reply, with what it did so that the caller can store it as a turn. */
export interface TutorReply {
  readonly text: string;
  readonly move: TutorMove;
  readonly intent: LearnerIntent;
  readonly turn: TutorTurn;
}

interface Draft {
  readonly parts: readonly Localized[];
  readonly move: TutorMove;
  readonly rung?: number;
  readonly scaffoldId?: string;
  readonly misconceptionId?: string;
}

function nextRung(history: readonly TutorTurn[]): number {
  const given = history
    .filter((t) => t.role === 'tutor' && t.rung !== undefined)
    .map((t) => t.rung as number);
  return given.length === 0 ? 0 : Math.max(...given) + 1;
}

function pendingScaffold(step: Step, history: readonly TutorTurn[]): Scaffold | null {
  const last = [...history].reverse().find((t) => t.role === 'tutor');
  if (!last?.scaffoldId) return null;
  return step.scaffolds.find((s) => s.id === last.scaffoldId) ?? null;
}

function climb(ladder: readonly Rung[], index: number, lead: readonly Localized[] = []): Draft {
  const rung = ladder[index];
  if (!rung) {
    const last = [...ladder].reverse().find((r) => r.kind === 'hint');
    const tail = last?.kind === 'hint' ? [tutorPhrases.lastHintAgain, last.text] : [];
    return { parts: [...lead, tutorPhrases.ladderExhausted, ...tail], move: 'ladder-exhausted' };
  }
  if (rung.kind === 'guiding-question')
    return { parts: [...lead, rung.text], move: 'guiding-question', rung: index };
  if (rung.kind === 'hint')
    return { parts: [...lead, tutorPhrases.hintIntro, rung.text], move: 'hint', rung: index };
  return {
    parts: [...lead, tutorPhrases.smallerQuestion, rung.scaffold.prompt],
    move: 'scaffold',
    rung: index,
    scaffoldId: rung.scaffold.id,
  };
}

function answerScaffold(
  scaffold: Scaffold,
  answer: string,
  request: TutorRequest,
  ladder: readonly Rung[],
): Draft | null {
  const diagnosis = diagnoseAnswer(scaffold.answer, scaffold.misconceptions, answer, request.locale);
  if (diagnosis.status === 'invalid') return null;
  if (diagnosis.status === 'correct') {
    const next = climb(ladder, nextRung(request.history), [tutorPhrases.scaffoldRight]);
    return { ...next, move: next.move === 'ladder-exhausted' ? next.move : 'scaffold-confirmed' };
  }
  const feedback = diagnosis.misconception ? [diagnosis.misconception.feedback] : [];
  return {
    parts: [...feedback, tutorPhrases.scaffoldWrong, scaffold.prompt],
    move: 'scaffold-retry',
    scaffoldId: scaffold.id,
    ...(diagnosis.misconception ? { misconceptionId: diagnosis.misconception.id } : {}),
  };
}

function answerGuess(step: Step, answer: string, locale: Locale): Draft | null {
  if (step.answer.kind === 'text' || checkAnswer(step.answer, answer, locale).status === 'invalid')
    return null;
  const diagnosis = diagnoseAnswer(step.answer, step.misconceptions, answer, locale);
  if (diagnosis.status === 'incorrect' && diagnosis.misconception) {
    return misconceptionDraft(diagnosis.misconception);
  }
  // NOTE: right and plainly wrong guesses get the same reply, so the chat cannot be used to confirm an answer.
  return { parts: [tutorPhrases.checkYourself], move: 'check-it-yourself' };
}

function misconceptionDraft(misconception: Misconception): Draft {
  return {
    parts: [misconception.feedback, tutorPhrases.misconceptionFollowUp],
    move: 'misconception',
    misconceptionId: misconception.id,
  };
}

/** The misconception shown by the latest answer-box attempt, unless the conversation already addressed it. */
function unaddressedMisconception(step: Step, request: TutorRequest): Misconception | null {
  const latest = request.attempts.at(-1);
  if (latest === undefined) return null;
  const diagnosis = diagnoseAnswer(step.answer, step.misconceptions, latest, request.locale);
  const found = diagnosis.status === 'incorrect' ? diagnosis.misconception : undefined;
  if (!found || request.history.some((t) => t.misconceptionId === found.id)) return null;
  return found;
}

function draftReply(request: TutorRequest, step: Step): { draft: Draft; intent: LearnerIntent } {
  const ladder = hintLadder(step);
  const rung = nextRung(request.history);
  const variation = request.history.filter((t) => t.role === 'learner').length;
  const answer = proposedAnswer(request.message);
  const scaffold = pendingScaffold(step, request.history);
  if (scaffold && answer !== null) {
    const draft = answerScaffold(scaffold, answer, request, ladder);
    if (draft) return { draft, intent: 'scaffold-answer' };
  }
  if (answer !== null) {
    const draft = answerGuess(step, answer, request.locale);
    if (draft) return { draft, intent: 'guess' };
  }
  const intent = classifyMessage(request.message);
  if (intent === 'open' || intent === 'other') {
    const misconception = unaddressedMisconception(step, request);
    if (misconception) return { draft: misconceptionDraft(misconception), intent };
  }
  if (intent === 'ask-answer') {
    const refusal = tutorPhrases.refuse[variation % tutorPhrases.refuse.length]!;
    return { draft: climb(ladder, rung, [refusal]), intent };
  }
  if (intent === 'give-up') {
    const cheer = tutorPhrases.encourage[variation % tutorPhrases.encourage.length]!;
    return { draft: climb(ladder, rung, [cheer]), intent };
  }
  return { draft: climb(ladder, rung), intent };
}

/**
 * The embedded Socratic tutor: a deterministic reply for one learner message on one step. It opens with a
 * guiding question, climbs the hint ladder (general hints, then scaffold questions and specific hints), reacts
 * to answers typed in the chat or the answer box with misconception feedback, encourages a learner who gives
 * up, and refuses to give the answer. It never states a step's answer; pass the text through the answer guard
 * anyway, as every reply must be.
 * @example
 * const reply = tutorReply({ item, stepIndex: 0, attempts: [], history: [], message: 'just tell me', locale: 'en' });
 * history.push({ role: 'learner', text: 'just tell me' }, reply.turn);
 */
export function tutorReply(request: TutorRequest): TutorReply {
  const step = request.item.steps[request.stepIndex];
  if (!step) throw new RangeError(`Item ${request.item.id} has no step ${request.stepIndex}`);
  const { draft, intent } = draftReply(request, step);
  const text = draft.parts.map((p) => p[request.locale]).join(' ');
  const turn: TutorTurn = {
    role: 'tutor',
    text,
    move: draft.move,
    ...(draft.rung !== undefined ? { rung: draft.rung } : {}),
    ...(draft.scaffoldId ? { scaffoldId: draft.scaffoldId } : {}),
    ...(draft.misconceptionId ? { misconceptionId: draft.misconceptionId } : {}),
  };
  return { text, move: draft.move, intent, turn };
}
