import type { Locale } from '@pathwise/core/identity';
import type { ModelProseReason, ProseSlot } from '@pathwise/core/lessons';
import { MODEL_REPLY_MAX_BYTES, type ModelConfig, ModelError, readJsonCapped } from '@pathwise/core/tutor';

/** The model's proposals (slot id → whatever it put there, checked later), or why there are none. */
export type ModelProposals =
  | Readonly<Record<string, unknown>>
  | Extract<ModelProseReason, 'malformed' | 'unavailable'>;

/** How long composing waits for the model: twice the tutor's timeout (one request rephrases a whole lesson). */
export const lessonModelTimeoutMs = (config: ModelConfig): number => config.timeoutMs * 2;

const languageName: Readonly<Record<Locale, string>> = { en: 'English', es: 'Spanish' };

function systemPrompt(locale: Locale): string {
  return [
    `You rephrase parts of a school mathematics lesson plan in clear, warm ${languageName[locale]}.`,
    'Keep every number, every math expression between $ signs and every skill name exactly as written.',
    'Add no skill codes, links, markup or new mathematics. Keep each text about as long as the original.',
    'Texts of the "version-" slots are read by learners: keep them at least as easy to read as the original.',
    'Answer with JSON only, of the form {"slots": {"<slot id>": "<new text>"}}, with the slot ids you were given.',
  ].join(' ');
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The `slots` object of the model's reply (a JSON object, possibly inside a ``` fence), or null. */
export function proposalsOf(reply: unknown): Readonly<Record<string, unknown>> | null {
  const content = (reply as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message
    ?.content;
  if (typeof content !== 'string') return null;
  const unfenced = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');
  const slots = (parseJson(unfenced) as { slots?: unknown } | undefined)?.slots;
  return slots && typeof slots === 'object' && !Array.isArray(slots)
    ? (slots as Record<string, unknown>)
    : null;
}

/**
 * Asks the configured OpenAI-compatible endpoint (the tutor's `AI_*` settings) to rephrase a lesson's prose slots
 * in one request. Never throws: a transport error, an HTTP error or no answer within
 * {@link lessonModelTimeoutMs} is `unavailable`; a reply that is not the asked JSON is `malformed`.
 */
export async function askModelForProse(
  config: ModelConfig,
  request: { topic: string; locale: Locale; slots: readonly ProseSlot[] },
): Promise<ModelProposals> {
  const user = JSON.stringify({
    topic: request.topic,
    slots: Object.fromEntries(request.slots.map((s) => [s.id, s.text])),
  });
  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        messages: [
          { role: 'system', content: systemPrompt(request.locale) },
          { role: 'user', content: user },
        ],
        temperature: 0.3,
        max_tokens: 4000,
      }),
      signal: AbortSignal.timeout(lessonModelTimeoutMs(config)),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return 'unavailable';
    }
    return proposalsOf(await readJsonCapped(response.body, MODEL_REPLY_MAX_BYTES)) ?? 'malformed';
  } catch (error) {
    // NOTE: a reply with no body, over the cap or not JSON is the model's fault (malformed); anything else is transport.
    return error instanceof ModelError ? 'malformed' : 'unavailable';
  }
}
