import type { AnswerText, AuthoringInfo, ItemDetail, ItemStatus } from '@pathwise/contracts';
import type { AnswerSpec, Item, Localized } from '@pathwise/core/content';
import type { ImportAttribution } from '@pathwise/core/importers';

const same = (text: string): Localized => ({ en: text, es: text });

/** The expected answer in words a teacher reads (the option's text for a choice, every accepted text). */
function answerText(spec: AnswerSpec): AnswerText {
  switch (spec.kind) {
    case 'number':
      return { kind: spec.kind, text: same(`${spec.value}${spec.unit === 'percent' ? '%' : ''}`) };
    case 'choice': {
      const option = spec.options.find((o) => o.id === spec.correct);
      return { kind: spec.kind, text: option ? option.text : same(spec.correct) };
    }
    case 'text':
      return {
        kind: spec.kind,
        text: { en: spec.accepted.en.join(' / '), es: spec.accepted.es.join(' / ') },
      };
    default:
      return { kind: spec.kind, text: same(spec.value) };
  }
}

/** An item of the bank as staff see it: every step with its answer, hints, scaffolds and misconceptions. */
export function presentItemDetail(
  item: Item,
  meta: {
    source: string;
    sample: boolean;
    attribution: ImportAttribution | null;
    skillName: Localized | null;
    status: ItemStatus;
    authoring: AuthoringInfo | null;
  },
): ItemDetail {
  return {
    id: item.id,
    skillId: item.skillId,
    skillName: meta.skillName,
    source: meta.source,
    difficulty: item.difficulty,
    sample: meta.sample,
    stem: item.stem,
    ...(item.figure
      ? { figure: { ...item.figure, labels: [...item.figure.labels], values: [...item.figure.values] } }
      : {}),
    steps: item.steps.map((s) => ({
      id: s.id,
      prompt: s.prompt,
      answer: answerText(s.answer),
      guidingQuestion: s.guidingQuestion.en || s.guidingQuestion.es ? s.guidingQuestion : null,
      hints: [...s.hints],
      scaffolds: s.scaffolds.map((c) => ({ id: c.id, prompt: c.prompt, answer: answerText(c.answer) })),
      misconceptions: s.misconceptions.map((m) => ({
        id: m.id,
        answer: answerText(m.answer),
        feedback: m.feedback,
      })),
    })),
    attribution: meta.attribution,
    status: meta.status,
    authoring: meta.authoring,
  };
}
