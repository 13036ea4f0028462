import type { AnswerSpec, ChoiceAnswer, TextAnswer } from '../content/answer/answer-spec.ts';
import { compactMath, normalizeText } from '../content/answer/normalize-text.ts';
import type { Locale, Localized } from '../language/localized.ts';
import type { GuardTarget } from './guard-target.ts';
import { findMathLeak } from './math-leak.ts';

/** Why the guard blocked a reply. */
export type LeakKind = 'value' | 'relation' | 'expression' | 'option' | 'text' | 'too-long';

/** Replies longer than this are not read at all but replaced: a tutor turn is a few sentences. */
export const maxReplyLength = 2000;

/** The guard's verdict on one reply. */
export type GuardVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: LeakKind; readonly evidence: string };

const articles = /^(the|a|an|la|el|los|las|un|una)\s+/;

function containsPhrase(haystack: string, phrase: string): boolean {
  const needle = normalizeText(phrase).replace(articles, '');
  return (
    needle !== '' && new RegExp(`(^| )${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`).test(haystack)
  );
}

/** Whether `reply` names the option: math options (in `$…$`) are compared as math, so signs count. */
function namesOption(reply: { folded: string; math: string }, option: Localized): boolean {
  return [option.en, option.es].some((text) => {
    if (!text.includes('$')) return containsPhrase(reply.folded, text);
    const needle = compactMath(text);
    const haystack = reply.math;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1] ?? ' ';
      const after = haystack[at + needle.length] ?? ' ';
      if (!/[\p{L}\p{N}.-]/u.test(before) && !/[\p{L}\p{N}.]/u.test(after)) return true;
    }
    return false;
  });
}

// Option letters that are also words ("is a hint", "es o no"): after "is" they count only when the sentence stops
// there or the letter is a capital.
const wordLetters = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function optionLeak(spec: ChoiceAnswer, reply: string): string | null {
  const folded = normalizeText(reply);
  const correct = spec.options.find((o) => o.id === spec.correct);
  if (!correct) return null;
  const read = { folded, math: compactMath(reply) };
  const mentions = (o: (typeof spec.options)[number]) => namesOption(read, o.text);
  if (mentions(correct) && !spec.options.every(mentions)) return correct.text.en;
  const id = spec.correct.toLowerCase().replace(/[^a-z0-9]/g, '');
  const strong =
    '(option|opcion|answer|respuesta|choice|letter|letra|pick|choose|elige|escoge|select|selecciona)';
  const weak = '(is|es|its|it s)';
  const verdict = '(is|es) (the |la )?(correct|right|answer|correcta|respuesta)';
  const byId = new RegExp(
    `(^| )${strong} ${id}( |$)|(^| )${id} ${verdict}|\\(${id}\\)|(^|\\s)${id}\\)${
      wordLetters.has(id) ? '' : `|(^| )${weak} ${id}( |$)`
    }`,
    'i',
  );
  const plain = reply.normalize('NFD').replace(/\p{M}/gu, '');
  const byWordLetter =
    wordLetters.has(id) &&
    (new RegExp(`\\b(is|es|it'?s|its)\\s+${id}\\s*([.,;:!?)]|$)`, 'i').test(plain) ||
      new RegExp(`\\b([Ii][Ss]|[Ee][Ss]|[Ii]t'?s)\\s+${id.toUpperCase()}\\b`).test(plain));
  return byId.test(folded) || byId.test(reply.toLowerCase()) || byWordLetter
    ? `option ${spec.correct}`
    : null;
}

function textLeak(spec: TextAnswer, reply: string, context: string): string | null {
  const folded = normalizeText(reply);
  const foldedContext = normalizeText(context);
  for (const accepted of [...spec.accepted.en, ...spec.accepted.es]) {
    if (containsPhrase(folded, accepted) && !containsPhrase(foldedContext, accepted)) return accepted;
  }
  return null;
}

function leakFor(spec: AnswerSpec, reply: string, target: GuardTarget): GuardVerdict {
  if (spec.kind === 'choice') {
    const evidence = optionLeak(spec, reply);
    return evidence ? { allowed: false, kind: 'option', evidence } : { allowed: true };
  }
  if (spec.kind === 'text') {
    const evidence = textLeak(spec, reply, target.context);
    return evidence ? { allowed: false, kind: 'text', evidence } : { allowed: true };
  }
  for (const locale of ['en', 'es'] as const) {
    const leak = findMathLeak(spec, reply, target.context, locale);
    if (leak) return { allowed: false, kind: leak.kind, evidence: leak.evidence };
  }
  return { allowed: true };
}

/**
 * Looks for the protected answers in a reply, in any equivalent form: "x = 4", "4", "x=4", "four", "cuatro",
 * "8/2", "4.0", "\\frac{8}{2}", "x es igual a 4", an equivalent expression or inequality, the right option.
 * Numbers the learner already has (in the stem, figure or prompt) may be quoted, unless a cue such as
 * "the answer is" or "=" presents them as the result.
 * @example
 * findAnswerLeak('So x equals four!', target); // { allowed: false, kind: 'relation', evidence: 'x = 4' }
 */
export function findAnswerLeak(reply: string, target: GuardTarget): GuardVerdict {
  if (reply.length > maxReplyLength)
    return { allowed: false, kind: 'too-long', evidence: `${reply.length} characters` };
  for (const spec of target.answers) {
    const verdict = leakFor(spec, reply, target);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: true };
}

/** The reply used when a reply is blocked: Socratic, and free of any answer. */
export const guardFallback = {
  en: "I can't give you the answer, but I can help you find it. What do you already know about this step, and what could you try first?",
  es: 'No puedo darte la respuesta, pero puedo ayudarte a encontrarla. ¿Qué sabes ya de este paso y qué podrías intentar primero?',
} as const;

/** The outcome of guarding one reply. */
export interface GuardedReply {
  readonly text: string;
  readonly blocked: boolean;
  readonly verdict: GuardVerdict;
}

/**
 * Passes a reply (from the engine or a model) through the answer guard: the reply itself when it reveals
 * nothing, otherwise `fallback` (by default a generic Socratic line), which is guarded in turn.
 */
export function guardReply(
  reply: string,
  target: GuardTarget,
  locale: Locale,
  fallback?: string,
): GuardedReply {
  const verdict = findAnswerLeak(reply, target);
  if (verdict.allowed) return { text: reply, blocked: false, verdict };
  const safe =
    fallback !== undefined && findAnswerLeak(fallback, target).allowed ? fallback : guardFallback[locale];
  return { text: safe, blocked: true, verdict };
}
