import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import type { Step } from '../content/item.ts';
import type { Localized } from '../language/localized.ts';
import { answerFromText } from './answer-from-text.ts';
import { mathcampsAttribution } from './dataset-attributions.ts';
import type { ImportedItem, ImportedSkill, ImportResult } from './import-result.ts';
import { type ImportLine, JsonlReader, linesOf, ProblemLog, RecordCheck } from './jsonl-records.ts';

/** The prefix of every MathCAMPS skill id (one skill per CCSS standard variant). */
export const CCSS_PREFIX = 'ccss.';

type Json = Record<string, unknown>;
const same = (s: string): Localized => ({ en: s, es: s });
const COMPARE = ['<', '=', '>'];

function answerOf(answer: string): AnswerSpec {
  if (COMPARE.includes(answer.trim())) {
    const options = COMPARE.map((c, i) => ({ id: String.fromCharCode(97 + i), text: same(c) }));
    return { kind: 'choice', options, correct: options[COMPARE.indexOf(answer.trim())]!.id };
  }
  return answerFromText(answer);
}

function difficultyOf(grade: string): 1 | 2 | 3 {
  if (grade === 'K' || grade === '1' || grade === '2') return 1;
  return Number(grade) <= 5 ? 2 : 3;
}

function parseStandards(text: string, problems: ProblemLog): ImportedSkill[] {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    problems.add({ line: 0, field: 'standards', message: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((s: Json, i) => {
    if (typeof s?.id !== 'string' || typeof s.description !== 'string') {
      problems.add({ line: 0, field: `standards[${i}]`, message: 'needs a string id and description' });
      return [];
    }
    const label = typeof s.short_description === 'string' ? s.short_description : s.id;
    return [
      {
        id: CCSS_PREFIX + s.id,
        parentId: null,
        name: same(`${s.id} ${label}`),
        description: same(s.description),
      },
    ];
  });
}

function step(id: string, statement: string, answer: string): Step {
  return {
    id,
    prompt: same(statement),
    answer: answerOf(answer),
    guidingQuestion: same('What is the question asking for, and what do you already know?'),
    hints: [],
    scaffolds: [],
    misconceptions: [],
  };
}

/**
 * Parses MathCAMPS `problems.jsonl` one line at a time ({@link MathcampsParser.add}, then `finish`), with
 * `standards.json` given first. An original problem becomes an item tagged with its standard; its follow-ups
 * ("what if…" questions that assume it was just shown) become further steps of it.
 */
export class MathcampsParser {
  private readonly log = new ProblemLog();
  private readonly reader = new JsonlReader(this.log);
  private readonly skills: ImportedSkill[];
  private readonly known: Set<string>;
  private readonly originals = new Map<string, { item: ImportedItem; steps: Step[] }>();
  private followUps = 0;

  constructor(standardsText: string) {
    this.skills = parseStandards(standardsText, this.log);
    this.known = new Set(this.skills.map((s) => s.id));
  }

  add(input: ImportLine): void {
    const read = this.reader.read(input);
    if (!read) return;
    const { line, value } = read;
    const { originals } = this;
    const check = new RecordCheck(line);
    const id = check.text(value, 'id');
    const standard = check.text(value, 'standard');
    const statement = check.text(value, 'statement');
    const answer = check.text(value, 'answer');
    if (standard && !this.known.has(CCSS_PREFIX + standard))
      check.fail('standard', `unknown standard ${standard}`, 'unknown standard');
    const type = value.type;
    if (type === 'original-problem') {
      if (originals.has(id)) check.fail('id', `duplicate id ${id}`, 'duplicate id');
    } else if (type === 'counterfactual-followup' || type === 'incremental-followup') {
      if (!originals.has(String(value.followup_to)))
        check.fail('followup_to', 'does not name an earlier original problem');
    } else check.fail('type', 'must be original-problem, counterfactual-followup or incremental-followup');
    this.log.addAll(check.problems);
    if (check.problems.length > 0) return;
    if (type !== 'original-problem') {
      originals.get(String(value.followup_to))!.steps.push(step(id, statement, answer));
      this.followUps++;
      return;
    }
    const steps = [{ ...step(id, statement, answer), prompt: same('What is the answer?') }];
    const item: ImportedItem = {
      id: `mathcamps/${id}`,
      familyId: 'mathcamps',
      skillId: CCSS_PREFIX + standard,
      seed: 0,
      difficulty: difficultyOf(String(value.grade ?? standard.split('.')[0])),
      stem: same(statement),
      steps,
      attribution: mathcampsAttribution,
      line,
    };
    originals.set(id, { item, steps });
  }

  finish(): ImportResult {
    // NOTE: the original statement is the stem, so it stays in view while its follow-up steps are asked.
    const items = [...this.originals.values()].map(({ item, steps }) => ({ ...item, steps: [...steps] }));
    return {
      source: 'mathcamps',
      framework: 'mathcamps-ccss',
      attribution: mathcampsAttribution,
      items,
      skills: this.skills,
      problems: this.log.kept,
      problemCount: this.log.count,
      problemsByReason: this.log.byReason(),
      records: this.reader.records,
      recordsAsSteps: this.followUps,
      rejectedRecordsByReason: this.log.recordsByReason(),
    };
  }
}

/**
 * Parses MathCAMPS `problems.jsonl` text with `standards.json` (see {@link MathcampsParser}).
 * @example
 * const { items } = parseMathcamps(problemsText, standardsText);
 */
export function parseMathcamps(problemsText: string, standardsText: string): ImportResult {
  const parser = new MathcampsParser(standardsText);
  for (const line of linesOf(problemsText)) parser.add(line);
  return parser.finish();
}
