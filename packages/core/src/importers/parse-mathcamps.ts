import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import type { Step } from '../content/item.ts';
import type { Localized } from '../content/localized.ts';
import { answerFromText } from './answer-from-text.ts';
import { mathcampsAttribution } from './dataset-attributions.ts';
import type { ImportedItem, ImportedSkill, ImportProblem, ImportResult } from './import-result.ts';
import { RecordCheck, readJsonl } from './jsonl-records.ts';

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

function parseStandards(text: string, problems: ImportProblem[]): ImportedSkill[] {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    problems.push({ line: 0, field: 'standards', message: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((s: Json, i) => {
    if (typeof s?.id !== 'string' || typeof s.description !== 'string') {
      problems.push({ line: 0, field: `standards[${i}]`, message: 'needs a string id and description' });
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
 * Parses MathCAMPS `problems.jsonl` with `standards.json`. An original problem becomes an item tagged with its
 * standard; its follow-ups ("what if…" questions that assume it was just shown) become further steps of it.
 * @example
 * const { items } = parseMathcamps(problemsText, standardsText);
 */
export function parseMathcamps(problemsText: string, standardsText: string): ImportResult {
  const { records, problems } = readJsonl(problemsText);
  const skills = parseStandards(standardsText, problems);
  const known = new Set(skills.map((s) => s.id));
  const originals = new Map<string, { item: ImportedItem; steps: Step[] }>();
  for (const { line, value } of records) {
    const check = new RecordCheck(line);
    const id = check.text(value, 'id');
    const standard = check.text(value, 'standard');
    const statement = check.text(value, 'statement');
    const answer = check.text(value, 'answer');
    if (standard && !known.has(CCSS_PREFIX + standard))
      check.fail('standard', `unknown standard ${standard}`);
    const type = value.type;
    if (type === 'original-problem') {
      if (originals.has(id)) check.fail('id', `duplicate id ${id}`);
    } else if (type === 'counterfactual-followup' || type === 'incremental-followup') {
      if (!originals.has(String(value.followup_to)))
        check.fail('followup_to', 'does not name an earlier original problem');
    } else check.fail('type', 'must be original-problem, counterfactual-followup or incremental-followup');
    problems.push(...check.problems);
    if (check.problems.length > 0) continue;
    if (type !== 'original-problem') {
      originals.get(String(value.followup_to))!.steps.push(step(id, statement, answer));
      continue;
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
  // NOTE: the original statement is the stem, so it stays in view while its follow-up steps are asked.
  const items = [...originals.values()].map(({ item, steps }) => ({ ...item, steps: [...steps] }));
  problems.sort((a, b) => a.line - b.line);
  return {
    source: 'mathcamps',
    framework: 'mathcamps-ccss',
    attribution: mathcampsAttribution,
    items,
    skills,
    problems,
    records: records.length,
  };
}
