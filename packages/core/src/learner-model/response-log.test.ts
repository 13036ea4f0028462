import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { parseLongCsv, parseThreeLine } from './parse-response-files.ts';
import { groupProblems, learnerLogFromResponses, type ProblemAttempt } from './response-log.ts';
import { type SequentialModel, scoreSequentially } from './sequential-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'learner-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Learner t0: problem 0 = one row; problem 1 = three rows (skills 7, 8, 9, same label); problem 2 and 3 are two
// attempts on skill 7 (same skill, so separate problems); problem 4 = two rows. Learner t1: one two-row problem.
const LONG = `split,student,step,skill_id,correct,problem
test,t0,0,5,1,0
test,t0,1,7,0,1
test,t0,2,8,0,1
test,t0,3,9,0,1
test,t0,4,7,1,2
test,t0,5,7,1,3
test,t0,6,3,1,4
test,t0,7,4,1,4
test,t1,0,1,0,0
test,t1,1,2,0,0
train,r0,0,1,1,0
`;

/** A probe that predicts, for every row, how many rows of this learner it has already been shown. */
const rowsSeen: SequentialModel<number> = {
  start: () => 0,
  predict: (seen, problem: ProblemAttempt) => problem.skills.map(() => seen),
  update: (seen, problem) => seen + problem.skills.length,
};

function loadFile(): ReturnType<typeof parseLongCsv> {
  const file = join(dir, 'long.csv');
  writeFileSync(file, LONG);
  return parseLongCsv(readFileSync(file, 'utf8'));
}

describe('leak-free problem grouping', () => {
  it('keeps every row of a multi-skill problem together and separates repeated attempts', () => {
    const [t0] = loadFile().get('test')!;
    const problems = groupProblems(t0!.rows, 'leak-free');
    assert.deepEqual(
      problems.map((p) => p.skills),
      [['5'], ['7', '8', '9'], ['7'], ['7'], ['3', '4']],
    );
    assert.deepEqual(problems[1]!.correct, [false, false, false]);
  });

  it('predicts every row of a problem from the history before the problem, never from a sibling row', () => {
    const scored = scoreSequentially(loadFile().get('test')!, 'leak-free', rowsSeen);
    assert.deepEqual([...scored.predictions], [0, 1, 1, 1, 4, 5, 6, 6, 0, 0]);
    assert.deepEqual([...scored.labels], [1, 0, 0, 0, 1, 1, 1, 1, 0, 0]);
  });

  it('lets each row see all earlier rows when scored as-is', () => {
    const scored = scoreSequentially(loadFile().get('test')!, 'as-is', rowsSeen);
    assert.deepEqual([...scored.predictions], [0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
  });

  it('splits the file by its split column and keeps learners apart', () => {
    const splits = loadFile();
    assert.deepEqual(
      [...splits].map(([k, logs]) => [k, logs.map((l) => l.learner)]),
      [
        ['test', ['t0', 't1']],
        ['train', ['r0']],
      ],
    );
  });
});

describe('parseThreeLine', () => {
  it('reads count / skills / outcomes per learner, each row its own problem', () => {
    const logs = parseThreeLine('3\n1,1,2\n0,1,1\n2\n4,5\n1,0\n');
    assert.equal(logs.length, 2);
    assert.deepEqual(
      groupProblems(logs[0]!.rows, 'leak-free').map((p) => p.skills),
      [['1'], ['1'], ['2']],
    );
    assert.deepEqual(
      logs[1]!.rows.map((r) => r.correct),
      [true, false],
    );
  });

  it('names the line of a malformed learner', () => {
    assert.throws(() => parseThreeLine('3\n1,2\n0,1,1\n'), /line 1: count 3 but 2 skills/);
    assert.throws(() => parseThreeLine('2\n1,2\n0,x\n'), /line 3: outcome 2 must be 0 or 1/);
  });
});

describe('learnerLogFromResponses', () => {
  it('makes each answered item one problem of its distinct tags', () => {
    const [a, b] = [asSkillId('a'), asSkillId('b')];
    const log = learnerLogFromResponses('l1', [
      { skills: [a, b, a], correct: true },
      { skills: [a], correct: false },
    ]);
    assert.deepEqual(
      groupProblems(log.rows, 'leak-free').map((p) => [p.skills, p.correct]),
      [
        [
          [a, b],
          [true, true],
        ],
        [[a], [false]],
      ],
    );
  });
});
