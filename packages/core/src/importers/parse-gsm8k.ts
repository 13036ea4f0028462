import type { Scaffold } from '../content/item.ts';
import type { Localized } from '../language/localized.ts';
import { answerFromText } from './answer-from-text.ts';
import { gsm8kAttribution } from './dataset-attributions.ts';
import type { ImportedItem, ImportedSkill, ImportResult } from './import-result.ts';
import { type ImportLine, JsonlReader, linesOf, ProblemLog, RecordCheck } from './jsonl-records.ts';

/** The one skill of the GSM8K framework. */
export const GSM8K_SKILL = 'gsm8k.multi-step-word-problems';

type Json = Record<string, unknown>;
const same = (s: string): Localized => ({ en: s, es: s });

const skill: ImportedSkill = {
  id: GSM8K_SKILL,
  parentId: null,
  name: same('Multi-step word problems'),
  description: same('Grade-school word problems solved in 2–8 arithmetic steps (GSM8K).'),
};

/** Upstream form: "Sub-question? ** explanation <<calc>>" lines, then "#### answer". */
function fromUpstream(answer: string): { steps: Json[]; final_answer: string } | null {
  const lines = answer.split('\n');
  const last = lines.pop() ?? '';
  if (!last.startsWith('#### ')) return null;
  const steps = lines.map((l) => {
    const [question, ...rest] = l.split(' ** ');
    return {
      question: question?.trim(),
      explanation: rest
        .join(' ** ')
        .replace(/<<[^>]*>>/g, '')
        .trim(),
    };
  });
  return { steps, final_answer: last.slice(5).trim() };
}

/** The result a sub-question asks for: the last number of its explanation. */
function resultOf(explanation: string): string | null {
  const numbers = explanation.replace(/(\d),(\d{3})/g, '$1$2').match(/-?\d+(\.\d+)?/g);
  return numbers?.at(-1)?.replace(/\.$/, '') ?? null;
}

function subQuestionsOf(
  check: RecordCheck,
  steps: unknown,
): { questions: Localized[]; scaffolds: Scaffold[] } {
  if (!Array.isArray(steps) || steps.length === 0) {
    check.fail('steps', 'must be a non-empty array');
    return { questions: [], scaffolds: [] };
  }
  const questions = steps.map((s: Json) => same(typeof s?.question === 'string' ? s.question.trim() : ''));
  const scaffolds = steps.flatMap((s: Json, i): Scaffold[] => {
    const question = check.text(s ?? {}, 'question', `steps[${i}].question`);
    // NOTE: a few upstream explanations are empty; the sub-question still guides, as a hint.
    const explanation = typeof s?.explanation === 'string' ? s.explanation : '';
    // NOTE: a sub-question whose explanation ends on no number ("Let x be …") stays a hint, not a scaffold.
    const result = explanation ? resultOf(explanation) : null;
    if (!question || result === null) return [];
    return [{ id: `s${i + 1}`, prompt: same(question), answer: answerFromText(result), misconceptions: [] }];
  });
  return { questions, scaffolds };
}

/**
 * Parses GSM8K Socratic JSONL one line at a time ({@link Gsm8kParser.add}, then {@link Gsm8kParser.finish}),
 * structured (`{id, question, steps: [{question, explanation}], final_answer}`) or upstream (`{question,
 * answer}`). Each problem becomes a one-step item whose scaffolds are the Socratic sub-questions, with the number
 * each explanation ends on as their answers.
 */
export class Gsm8kParser {
  private readonly log = new ProblemLog();
  private readonly reader = new JsonlReader(this.log);
  private readonly items: ImportedItem[] = [];
  private readonly ids = new Set<string>();

  add(input: ImportLine): void {
    const read = this.reader.read(input);
    if (!read) return;
    const { line, value } = read;
    const check = new RecordCheck(line);
    const question = check.text(value, 'question');
    const record = typeof value.answer === 'string' ? fromUpstream(value.answer) : value;
    if (!record) check.fail('answer', 'the last line must start with "#### "');
    const finalAnswer = record ? check.text(record, 'final_answer') : '';
    const { questions, scaffolds } = record
      ? subQuestionsOf(check, record.steps)
      : { questions: [], scaffolds: [] };
    const id = typeof value.id === 'string' ? value.id : `gsm8k-line-${line}`;
    if (this.ids.has(id)) check.fail('id', `duplicate id ${id}`, 'duplicate id');
    this.log.addAll(check.problems);
    if (check.problems.length > 0) return;
    this.ids.add(id);
    this.items.push({
      id: `gsm8k/${id}`,
      familyId: 'gsm8k',
      skillId: GSM8K_SKILL,
      seed: 0,
      difficulty: questions.length <= 2 ? 1 : questions.length <= 4 ? 2 : 3,
      stem: same(question),
      steps: [
        {
          id: 'final',
          prompt: same('What is the answer?'),
          answer: answerFromText(finalAnswer),
          guidingQuestion: questions[0]!,
          hints: questions,
          scaffolds,
          misconceptions: [],
        },
      ],
      attribution: gsm8kAttribution,
      line,
    });
  }

  finish(): ImportResult {
    return {
      source: 'gsm8k',
      framework: 'gsm8k',
      attribution: gsm8kAttribution,
      items: this.items,
      skills: [skill],
      problems: this.log.kept,
      problemCount: this.log.count,
      problemsByReason: this.log.byReason(),
      records: this.reader.records,
      recordsAsSteps: 0,
      rejectedRecordsByReason: this.log.recordsByReason(),
    };
  }
}

/**
 * Parses GSM8K Socratic JSONL text (see {@link Gsm8kParser}).
 * @example
 * const { items } = parseGsm8k(readFileSync('test_socratic.structured.jsonl', 'utf8'));
 */
export function parseGsm8k(text: string): ImportResult {
  const parser = new Gsm8kParser();
  for (const line of linesOf(text)) parser.add(line);
  return parser.finish();
}
