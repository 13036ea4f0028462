import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { canonicalAnswer, checkAnswer } from '../content/answer/check-answer.ts';
import type { Difficulty, Item, ItemFamily, Step } from '../content/item.ts';
import type { SeededRandom } from '../content/seeded-random.ts';
import { AppError } from '../errors/app-error.ts';
import { text } from '../language/localized.ts';
import type { LessonSkill, Quiz, QuizItem, QuizOption, QuizPart } from './lesson.ts';

/** Attempts at a solver-checked item before a family's slot is given to the skill's next family. */
const ATTEMPTS = 6;
const OPTION_IDS = ['a', 'b', 'c', 'd'];

/** Whether the solver accepts `input` as the right answer to `spec`. */
export function solverAccepts(spec: AnswerSpec, input: string): boolean {
  return checkAnswer(spec, input, 'en').status === 'correct';
}

/** The step's distractors: misconception answers the solver judges wrong, distinct, at most three. */
function distractors(step: Step, right: string): { value: string; misconceptionId: string }[] {
  const seen = new Set([right]);
  const found: { value: string; misconceptionId: string }[] = [];
  for (const m of step.misconceptions) {
    const value = canonicalAnswer(m.answer);
    if (seen.has(value) || checkAnswer(step.answer, value, 'en').status !== 'incorrect') continue;
    seen.add(value);
    found.push({ value, misconceptionId: m.id });
  }
  return found.slice(0, 3);
}

/**
 * One quiz part per step. A choice step keeps its options, each distractor naming its misconception; an open step
 * with at least two misconception answers becomes a choice among the key and those answers. Null when the
 * solver does not accept a key (the item is then replaced).
 */
function partOf(step: Step, rng: SeededRandom): QuizPart | null {
  const key = canonicalAnswer(step.answer);
  if (!solverAccepts(step.answer, key)) return null;
  const worked = step.worked ? { worked: step.worked } : {};
  if (step.answer.kind === 'choice') {
    const options: QuizOption[] = step.answer.options.map((o) => {
      const m = step.misconceptions.find((x) => canonicalAnswer(x.answer) === o.id && o.id !== key);
      return { id: o.id, text: o.text, ...(m ? { misconceptionId: m.id } : {}) };
    });
    return { prompt: step.prompt, format: 'choice', options, answerKey: key, ...worked };
  }
  const wrong = distractors(step, key);
  if (wrong.length < 2) return { prompt: step.prompt, format: 'open', answerKey: key, ...worked };
  const values = rng.shuffle([{ value: key, misconceptionId: '' }, ...wrong]);
  const options: QuizOption[] = values.map((v, i) => ({
    id: OPTION_IDS[i]!,
    text: text(`$${v.value}$`, `$${v.value}$`),
    ...(v.misconceptionId ? { misconceptionId: v.misconceptionId } : {}),
  }));
  const answerKey = OPTION_IDS[values.findIndex((v) => v.value === key)]!;
  return { prompt: step.prompt, format: 'choice', options, answerKey, ...worked };
}

function quizItem(item: Item, number: number, rng: SeededRandom): QuizItem | null {
  const parts = item.steps.map((s) => partOf(s, rng));
  if (parts.some((p) => p === null)) return null;
  return {
    number,
    itemId: item.id,
    skillId: item.skillId,
    stem: item.stem,
    parts: parts as QuizPart[],
    source: 'bank',
  };
}

/**
 * The quiz: `length` items from the skills' item families, skills taken in turn so that every skill is covered,
 * difficulty rising 1 → 3 through each skill's items, every key accepted by the solver.
 */
export function buildQuiz(
  skills: readonly LessonSkill[],
  length: number,
  familiesFor: (skillId: string) => readonly ItemFamily[],
  rng: SeededRandom,
): Quiz {
  const items: QuizItem[] = [];
  const used = new Set<string>();
  for (let i = 0; i < length; i++) {
    const skill = skills[i % skills.length]!;
    const round = Math.floor(i / skills.length);
    const families = familiesFor(skill.id);
    const difficulty = Math.min(
      3,
      1 + Math.floor((round * 3) / Math.max(1, Math.ceil(length / skills.length))),
    ) as Difficulty;
    const made = drawItem(families, round, difficulty, items.length + 1, used, rng);
    if (made) items.push(made);
  }
  const missing = skills.filter((s) => !items.some((q) => q.skillId === s.id));
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `No solver-checked quiz item could be made for: ${missing.map((s) => s.id).join(', ')}`,
      [{ field: 'skillIds', message: `no solver-checked items for ${missing.map((s) => s.id).join(', ')}` }],
    );
  }
  return { title: text('Quiz', 'Cuestionario'), items, source: 'bank' };
}

function drawItem(
  families: readonly ItemFamily[],
  round: number,
  difficulty: Difficulty,
  number: number,
  used: Set<string>,
  rng: SeededRandom,
): QuizItem | null {
  for (let attempt = 0; attempt < ATTEMPTS * families.length; attempt++) {
    const family = families[(round + Math.floor(attempt / ATTEMPTS)) % families.length]!;
    const item = family.generate(rng.int(1, 999_999), difficulty);
    if (used.has(item.id)) continue;
    const made = quizItem(item, number, rng);
    if (made) {
      used.add(item.id);
      return made;
    }
  }
  return null;
}
