import type { AnswerSpec } from '../../content/answer/answer-spec.ts';
import { canonicalAnswer } from '../../content/answer/check-answer.ts';
import { math } from '../../content/answer/mathjs.ts';
import type { Item } from '../../content/item.ts';

const { evaluate } = math;

// An independent check used by the tutor tests: it shares no code with the answer guard, so a bug in the
// guard cannot hide a leak from the tests.

const enWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const esWords = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
];

function numberIn(token: string): number {
  const t = token.replace(',', '.');
  if (t.includes('/')) {
    const [a, b] = t.split('/').map(Number);
    return (a ?? Number.NaN) / (b ?? Number.NaN);
  }
  return Number(t);
}

function answerValue(spec: AnswerSpec): number | null {
  if (spec.kind === 'number') return spec.value;
  if (spec.kind === 'fraction') return numberIn(spec.value);
  if (spec.kind === 'relation') {
    const m = /^([a-z])\s*=\s*(-?[\d./]+)$/.exec(spec.value);
    return m ? numberIn(m[2]!) : null;
  }
  return null;
}

function plain(text: string): string {
  return text
    .replace(/\\[dt]?frac\{(-?\d+)\}\{(\d+)\}/g, '$1/$2')
    .replace(/\\(left|right|,|;|!)/g, '')
    .replace(/[$]/g, '')
    .replace(/\u2212/g, '-');
}

// "=" presents a value only after a lone variable or nothing ("x = 4", "= 4"), not after an expression.
const cue =
  /((?<!what |qué |cuánto |cuál )\b(is|es)|(?:^|[^\w)])\s*[a-z]\s*=|(?:^|[^\w)\s])\s*=|answer|respuesta|equals|vale|igual a|:)\s*$/i;

function revealsValue(reply: string, value: number, context: string): string | null {
  const text = plain(reply);
  const contextTokens = new Set(plain(context).match(/\d+(?:[.,]\d+)?/g) ?? []);
  // A number written right before a letter is a coefficient ("-2x"), not a value.
  for (const m of text.matchAll(/-?\d+(?:[.,]\d+)?(?:\/\d+)?(?![\d\p{L}])/gu)) {
    const token = m[0];
    if (Math.abs(numberIn(token) - value) > 1e-9) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    const quoted = contextTokens.has(token.replace(/^-/, '')) || contextTokens.has(token);
    if (!quoted || cue.test(before)) return token;
  }
  if (Number.isInteger(value) && value >= 2 && value <= 20) {
    // NOTE: Spanish "once" (11) is also an English word; the guard reads it as a number only after a cue.
    for (const word of [enWords[value], value === 11 ? undefined : esWords[value]]) {
      if (!word) continue;
      if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text)) return word!;
    }
  }
  return null;
}

function revealsRelation(reply: string, spec: Extract<AnswerSpec, { kind: 'relation' }>): string | null {
  const text = plain(reply)
    .replace(/\\le(q)?/g, '<=')
    .replace(/\\ge(q)?/g, '>=');
  const m = /^([a-z])\s*(<=|>=|<|>)\s*(-?[\d./]+)$/.exec(spec.value);
  if (m) {
    const [, variable, , bound] = m;
    const near = new RegExp(
      `${variable}\\s*(<=|>=|<|>|≤|≥|is (greater|less)|es (mayor|menor))[^.?!]{0,15}?(?<![\\d.])${bound!.replace('.', '\\.')}(?![\\d])|${bound}\\s*(<=|>=|<|>|≤|≥)\\s*${variable}`,
      'i',
    );
    const hit = near.exec(text);
    return hit ? hit[0] : null;
  }
  const line = /^y = (.+)$/.exec(spec.value);
  if (line) {
    for (const candidate of text.matchAll(/y\s*=\s*([-+\d\sx.*/()]+)/g)) {
      const rhs = candidate[1]!.trim().replace(/(\d)x/g, '$1*x');
      if (!/x/.test(rhs)) continue;
      try {
        const expected = line[1]!.replace(/(\d)x/g, '$1*x');
        if (
          [1.5, -2.25, 3.75].every((x) => Math.abs(evaluate(rhs, { x }) - evaluate(expected, { x })) < 1e-9)
        )
          return candidate[0];
      } catch {
        // not an expression: no leak here
      }
    }
  }
  return null;
}

function revealsExpression(
  reply: string,
  spec: Extract<AnswerSpec, { kind: 'expression' }>,
  context: string,
): string | null {
  const text = plain(reply);
  const variable = spec.variables[0]!;
  const chunk = new RegExp(`[-+\\d\\s${variable}()^*/.]*${variable}[-+\\d\\s${variable}()^*/.]*`, 'g');
  const compactContext = plain(context).replace(/\s+/g, '');
  for (const candidate of text.matchAll(chunk)) {
    const raw = candidate[0].trim();
    if (!raw || compactContext.includes(raw.replace(/\s+/g, ''))) continue;
    const expr = raw.replace(new RegExp(`(\\d)${variable}`, 'g'), `$1*${variable}`);
    const wanted = spec.value.replace(new RegExp(`(\\d)${variable}`, 'g'), `$1*${variable}`);
    try {
      if (
        [1.5, -2.25, 3.75].every(
          (v) => Math.abs(evaluate(expr, { [variable]: v }) - evaluate(wanted, { [variable]: v })) < 1e-9,
        )
      ) {
        return raw;
      }
    } catch {
      // not an expression: no leak here
    }
  }
  return null;
}

function revealsOption(reply: string, spec: Extract<AnswerSpec, { kind: 'choice' }>): string | null {
  const lower = reply.toLowerCase();
  const mentions = (o: (typeof spec.options)[number]) =>
    lower.includes(o.text.en.toLowerCase()) || lower.includes(o.text.es.toLowerCase());
  const correct = spec.options.find((o) => o.id === spec.correct)!;
  if (mentions(correct) && !spec.options.every(mentions)) return correct.text.en;
  if (
    new RegExp(`\\(${spec.correct}\\)|option ${spec.correct}\\b|opción ${spec.correct}\\b`, 'i').test(reply)
  )
    return spec.correct;
  return null;
}

/** What the learner can see at a step, earlier steps' answers included (quoting it is no leak). */
export function visibleContext(item: Item, stepIndex: number): string {
  const figure = item.figure
    ? [
        ...item.figure.values.map(String),
        String(item.figure.axis?.min ?? ''),
        String(item.figure.axis?.max ?? ''),
      ]
    : [];
  return [
    item.stem.en,
    item.stem.es,
    ...figure,
    ...item.steps.slice(0, stepIndex + 1).flatMap((s) => [s.prompt.en, s.prompt.es]),
    // The learner has answered the earlier steps: their answers are on screen.
    ...item.steps.slice(0, stepIndex).map((s) => canonicalAnswer(s.answer)),
  ].join(' ; ');
}

/** The first sign, if any, that a reply reveals the answer of this step or of a later one. */
export function revealsAnswer(reply: string, item: Item, stepIndex: number): string | null {
  const context = visibleContext(item, stepIndex);
  for (const step of item.steps.slice(stepIndex)) {
    const spec = step.answer;
    const value = answerValue(spec);
    const found =
      (value !== null ? revealsValue(reply, value, context) : null) ??
      (spec.kind === 'relation' ? revealsRelation(reply, spec) : null) ??
      (spec.kind === 'expression' ? revealsExpression(reply, spec, context) : null) ??
      (spec.kind === 'choice' ? revealsOption(reply, spec) : null);
    if (found) return `${step.id}: ${found}`;
  }
  return null;
}
