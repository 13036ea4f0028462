import { asSkillId } from '../skills-graph/skill.ts';
import type { LearnerLog, ResponseRow } from './response-log.ts';

/**
 * Parses the long CSV format `split,student,step,skill_id,correct,problem` (header first) into learner logs per
 * split, keeping the file's order.
 */
export function parseLongCsv(text: string): Map<string, LearnerLog[]> {
  const splits = new Map<string, LearnerLog[]>();
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split(',') ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`long CSV: missing column "${name}"`);
    return i;
  };
  const [cSplit, cStudent, cSkill, cCorrect, cProblem] = [
    'split',
    'student',
    'skill_id',
    'correct',
    'problem',
  ].map(col) as [number, number, number, number, number];
  let current: { learner: string; rows: ResponseRow[] } | undefined;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '') continue;
    const f = line.split(',');
    const student = f[cStudent]!;
    const split = f[cSplit]!;
    if (current?.learner !== student) {
      current = { learner: student, rows: [] };
      const list = splits.get(split) ?? [];
      list.push(current);
      splits.set(split, list);
    }
    const correct = f[cCorrect];
    if (correct !== '0' && correct !== '1') throw new Error(`long CSV line ${n + 1}: correct must be 0 or 1`);
    current.rows.push({
      skill: asSkillId(f[cSkill]!),
      correct: correct === '1',
      problem: Number(f[cProblem]),
    });
  }
  return splits;
}

/**
 * Parses the 3-line format (count / comma-separated skill ids / comma-separated 0-1 outcomes per learner). The
 * format has no problem grouping, so every row is its own problem.
 */
export function parseThreeLine(text: string): LearnerLog[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length % 3 !== 0)
    throw new Error(`3-line format: ${lines.length} non-empty lines is not a multiple of 3`);
  const logs: LearnerLog[] = [];
  for (let n = 0; n < lines.length; n += 3) {
    const count = Number(lines[n]);
    const skills = lines[n + 1]!.split(',').filter((s) => s !== '');
    const outcomes = lines[n + 2]!.split(',').filter((s) => s !== '');
    if (skills.length !== count || outcomes.length !== count) {
      throw new Error(
        `3-line format line ${n + 1}: count ${count} but ${skills.length} skills, ${outcomes.length} outcomes`,
      );
    }
    const rows = skills.map((skill, i) => {
      const o = outcomes[i];
      if (o !== '0' && o !== '1')
        throw new Error(`3-line format line ${n + 3}: outcome ${i + 1} must be 0 or 1`);
      return { skill: asSkillId(skill), correct: o === '1', problem: i };
    });
    logs.push({ learner: `learner-${n / 3}`, rows });
  }
  return logs;
}
