import type { ItemFigure, PublicItem, PublicStep, StepAnswerType, WorkedExample } from '@pathwise/contracts';
import type { AnswerSpec, Item } from '@pathwise/core/content';
import { attributionOfSource } from '@pathwise/core/importers';
import type { WorkedExample as CoreWorkedExample } from '@pathwise/core/tutor';

/** A figure as the contracts carry it (mutable arrays). */
export function presentFigure(figure: NonNullable<Item['figure']>): ItemFigure {
  return {
    kind: figure.kind,
    title: figure.title,
    labels: [...figure.labels],
    values: [...figure.values],
    ...(figure.axis ? { axis: { ...figure.axis } } : {}),
  };
}

function answerType(spec: AnswerSpec): StepAnswerType {
  if (spec.kind === 'relation') return /[<>≤≥]/.test(spec.value) ? 'inequality' : 'equation';
  return spec.kind;
}

/** The public view of a served item: everything but the answers. */
export function presentItem(input: {
  servedId: string;
  item: Item;
  skillId: string;
  source: string;
  stepIndex: number;
}): PublicItem {
  const { item } = input;
  const steps = item.steps.map((s): PublicStep => {
    const base = { id: s.id, prompt: s.prompt, answerType: answerType(s.answer) };
    return s.answer.kind === 'choice' ? { ...base, choices: s.answer.options.map((o) => o.text) } : base;
  });
  const current = steps[Math.min(input.stepIndex, steps.length - 1)];
  const credit = attributionOfSource(input.source);
  return {
    servedId: input.servedId,
    itemId: item.id,
    skillId: input.skillId,
    source: input.source,
    stem: item.stem,
    ...(item.figure ? { figure: presentFigure(item.figure) } : {}),
    steps,
    currentStepId: current?.id ?? '',
    ...(credit ? { attribution: credit.text } : {}),
  };
}

/** A worked example as the contracts carry it (the sibling's id stays on the server). */
export function presentWorkedExample(example: CoreWorkedExample): WorkedExample {
  return {
    stem: example.stem,
    ...(example.figure ? { figure: presentFigure(example.figure) } : {}),
    steps: example.steps.map((s) => ({ prompt: s.prompt, lines: [...s.lines], answer: s.answer })),
  };
}
