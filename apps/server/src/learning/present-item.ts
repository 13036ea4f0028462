import type { AnswerSpec, Item, Localized } from '@pathwise/core/content';
import { attributionOfSource } from '@pathwise/core/importers';

/** How the web app should take an answer to a step. */
export type AnswerType = 'number' | 'fraction' | 'expression' | 'equation' | 'inequality' | 'choice' | 'text';

/** A figure (chart or table data) as sent. */
export interface PublicFigure {
  kind: 'bar' | 'line' | 'pie' | 'table';
  title: Localized;
  labels: Localized[];
  values: number[];
  axis?: { min: number; max: number; label: Localized };
}

function presentFigure(figure: NonNullable<Item['figure']>): PublicFigure {
  return {
    kind: figure.kind,
    title: figure.title,
    labels: [...figure.labels],
    values: [...figure.values],
    ...(figure.axis ? { axis: { ...figure.axis } } : {}),
  };
}

/** A step as the learner sees it: no answer, no hints (those come from the tutor). */
export interface PublicStep {
  id: string;
  prompt: Localized;
  answerType: AnswerType;
  choices?: Localized[];
}

/** An item as the learner sees it. */
export interface PublicItem {
  servedId: string;
  itemId: string;
  skillId: string;
  source: string;
  stem: Localized;
  figure?: PublicFigure;
  steps: PublicStep[];
  currentStepId: string;
  /** The credit line of an imported dataset, shown with the item. */
  attribution?: string;
}

function answerType(spec: AnswerSpec): AnswerType {
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
