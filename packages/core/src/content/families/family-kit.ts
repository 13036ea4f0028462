import type { Localized } from '../../language/localized.ts';
import type { AnswerSpec, ChoiceOption, RelationAnswer } from '../answer/answer-spec.ts';
import { canonicalAnswer, checkAnswer } from '../answer/check-answer.ts';
import type { Difficulty, Figure, Item, ItemFamily, Misconception, Scaffold, Step } from '../item.ts';
import { type MisconceptionId, misconceptionFeedback } from '../misconception-catalog.ts';
import { type SeededRandom, seededRandom } from '../seeded-random.ts';

/** What a family's builder returns for one seed. */
export interface ItemDraft {
  readonly stem: Localized;
  readonly figure?: Figure;
  readonly steps: readonly Step[];
}

/** Definition of an item family: a builder that draws everything from the given random source. */
export interface FamilyDefinition {
  readonly id: string;
  readonly skillId: string;
  readonly name: Localized;
  build(rng: SeededRandom, difficulty: Difficulty): ItemDraft;
}

/** Drops misconception patterns that the right answer would also match, and duplicates. */
function usableMisconceptions(answer: AnswerSpec, list: readonly Misconception[]): Misconception[] {
  const right = canonicalAnswer(answer);
  const seen = new Set<string>();
  return list.filter((m) => {
    const wrong = canonicalAnswer(m.answer);
    const key = `${m.id}:${wrong}`;
    if (seen.has(wrong) || seen.has(key)) return false;
    seen.add(wrong);
    return (
      checkAnswer(m.answer, right).status !== 'correct' && checkAnswer(answer, wrong).status === 'incorrect'
    );
  });
}

function cleanStep(step: Step): Step {
  return {
    ...step,
    misconceptions: usableMisconceptions(step.answer, step.misconceptions),
    scaffolds: step.scaffolds.map((s) => ({
      ...s,
      misconceptions: usableMisconceptions(s.answer, s.misconceptions),
    })),
  };
}

/**
 * Turns a definition into an {@link ItemFamily}. The item's seed is mixed with the difficulty, so each
 * (seed, difficulty) pair gives its own deterministic item.
 */
export function defineFamily(definition: FamilyDefinition): ItemFamily {
  return {
    id: definition.id,
    skillId: definition.skillId,
    name: definition.name,
    generate(seed: number, difficulty: Difficulty = 2): Item {
      const draft = definition.build(seededRandom(seed * 4 + difficulty), difficulty);
      return {
        id: `${definition.id}/${seed}/${difficulty}`,
        familyId: definition.id,
        skillId: definition.skillId,
        seed,
        difficulty,
        stem: draft.stem,
        ...(draft.figure ? { figure: draft.figure } : {}),
        steps: draft.steps.map(cleanStep),
      };
    },
  };
}

/** A step with empty help lists filled in. */
export function step(
  fields: Pick<Step, 'id' | 'prompt' | 'answer' | 'guidingQuestion' | 'hints'> & Partial<Step>,
): Step {
  return { scaffolds: [], misconceptions: [], ...fields };
}

/** A scaffold (guiding sub-question). */
export function scaffold(
  id: string,
  prompt: Localized,
  answer: AnswerSpec,
  misconceptions: readonly Misconception[] = [],
): Scaffold {
  return { id, prompt, answer, misconceptions };
}

/** A misconception pattern from the catalog: an answer matching `answer` gets the catalog's feedback. */
export function misconception(id: MisconceptionId, answer: AnswerSpec): Misconception {
  return { id, answer, feedback: misconceptionFeedback[id] };
}

/** A number answer. */
export function num(value: number, tolerance?: number): AnswerSpec {
  return tolerance === undefined ? { kind: 'number', value } : { kind: 'number', value, tolerance };
}

/** A percent answer ("25" or "25%"). */
export function percent(value: number, tolerance = 0): AnswerSpec {
  return { kind: 'number', value, tolerance, unit: 'percent' };
}

/** A solved relation such as "x = 4" or "x > -2"; an equation also accepts the bare value. */
export function solved(
  variable: string,
  operator: '=' | '<' | '>' | '<=' | '>=',
  value: string | number,
): RelationAnswer {
  return {
    kind: 'relation',
    value: `${variable} ${operator} ${value}`,
    variables: [variable],
    form: 'solved',
    acceptBareValue: operator === '=',
  };
}

/** A multiple-choice answer. */
export function choice(options: readonly ChoiceOption[], correct: string): AnswerSpec {
  return { kind: 'choice', options, correct };
}

/** An exact value a/b written for answer specs ("7/2", or "3" when whole). */
export function ratio(numerator: number, denominator: number): string {
  const sign = numerator * denominator < 0 ? '-' : '';
  const [a, b] = [Math.abs(numerator), Math.abs(denominator)];
  const g = gcd(a, b);
  return b / g === 1 ? `${sign}${a / g}` : `${sign}${a / g}/${b / g}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
