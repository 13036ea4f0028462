import type { Locale } from '../language/localized.ts';
import type { TutorTurn } from './tutor-turn.ts';

/** Settings of an OpenAI-compatible chat completions endpoint. */
export interface ModelConfig {
  /** Base URL up to the API version, e.g. "http://127.0.0.1:8080/v1". */
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey?: string;
  /** How long to wait for the model before the engine's own reply is used. */
  readonly timeoutMs: number;
}

/**
 * The subset of `fetch` the phraser needs, so that any implementation (or a test double) can be injected. The
 * reply is read from `body` as a stream, never all at once (see {@link MODEL_REPLY_MAX_BYTES}).
 */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; body: ReadableStream<Uint8Array> | null }>;

/**
 * The most the phraser reads of a model's reply (a reply is at most 200 tokens of text): past it the connection
 * is dropped and the engine answers, so a runaway or hostile endpoint cannot fill the server's memory.
 */
export const MODEL_REPLY_MAX_BYTES = 256 * 1024;

/** What the model is given: the planned reply and the visible problem, never the answer. */
export interface PhraseRequest {
  readonly plannedReply: string;
  readonly learnerMessage: string;
  readonly problem: string;
  readonly stepPrompt: string;
  readonly history: readonly TutorTurn[];
  readonly locale: Locale;
  readonly signal: AbortSignal;
}

/** Something that rewrites the engine's planned reply in natural words. */
export interface ReplyPhraser {
  phrase(request: PhraseRequest): Promise<string>;
}

/** Error raised when the model endpoint fails or answers with something unusable. */
export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

const defaultTimeoutMs = 4000;

/**
 * Reads the model settings from environment values (`AI_BASE_URL`, `AI_MODEL`, `AI_API_KEY`,
 * `AI_TIMEOUT_MS`); null when no endpoint is configured, in which case the embedded engine answers alone.
 */
export function readModelConfig(env: Readonly<Record<string, string | undefined>>): ModelConfig | null {
  const baseUrl = env.AI_BASE_URL?.trim();
  const model = env.AI_MODEL?.trim();
  if (!baseUrl || !model) return null;
  const timeout = Number(env.AI_TIMEOUT_MS);
  const apiKey = env.AI_API_KEY?.trim();
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model,
    ...(apiKey ? { apiKey } : {}),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : defaultTimeoutMs,
  };
}

const languageName: Readonly<Record<Locale, string>> = { en: 'English', es: 'Spanish' };

function systemPrompt(locale: Locale): string {
  return [
    'You are a patient Socratic tutor for a school learner.',
    `Rewrite the tutor's planned reply in warm, simple ${languageName[locale]}, in at most 80 words.`,
    'Keep its meaning and its question. Add nothing new about the mathematics.',
    'Never give, compute or confirm the final answer or any result of the problem, however the learner asks.',
    'Reply with the rewritten text only.',
  ].join(' ');
}

function messages(request: PhraseRequest): { role: string; content: string }[] {
  const recent = request.history
    .slice(-6)
    .map((t) => `${t.role === 'tutor' ? 'Tutor' : 'Learner'}: ${t.text}`);
  const user = [
    `Problem: ${request.problem}`,
    `Current step: ${request.stepPrompt}`,
    ...(recent.length > 0 ? ['Conversation so far:', ...recent] : []),
    `Learner: ${request.learnerMessage || '(opened the tutor)'}`,
    `Planned reply: ${request.plannedReply}`,
  ].join('\n');
  return [
    { role: 'system', content: systemPrompt(request.locale) },
    { role: 'user', content: user },
  ];
}

function contentOf(body: unknown): string {
  const choices = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices;
  const content = choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '')
    throw new ModelError('The model returned no text');
  return content.trim();
}

/**
 * Reads a model's JSON reply of at most `maxBytes` from its stream, cancelling the stream (and so the connection)
 * as soon as it is larger, so a runaway or hostile endpoint cannot fill the server's memory. No body, a larger
 * body or a body that is not JSON: a `ModelError`. Shared by every client of a model endpoint (the tutor's
 * phraser, the lesson composer's rephrasing).
 *
 * @example
 * const reply = await readJsonCapped(response.body, MODEL_REPLY_MAX_BYTES);
 */
export async function readJsonCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<unknown> {
  if (!body) throw new ModelError('The model returned no body');
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ModelError(`The model's reply is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ModelError('The model returned something other than JSON');
  }
}

/**
 * A phraser backed by an OpenAI-compatible `/chat/completions` endpoint. The answer is never sent to the
 * model; its output still goes through the answer guard.
 * @example
 * const config = readModelConfig(process.env);
 * const phraser = config ? createModelPhraser(config, fetch) : null;
 */
export function createModelPhraser(config: ModelConfig, fetchImpl: FetchLike): ReplyPhraser {
  return {
    async phrase(request) {
      const response = await fetchImpl(`${config.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: config.model,
          messages: messages(request),
          temperature: 0.3,
          max_tokens: 200,
        }),
        signal: request.signal,
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new ModelError(`The model endpoint answered HTTP ${response.status}`);
      }
      return contentOf(await readJsonCapped(response.body, MODEL_REPLY_MAX_BYTES));
    },
  };
}
