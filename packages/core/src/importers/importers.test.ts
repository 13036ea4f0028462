import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedDataPath } from '../../../../scripts/shared-data.ts';
import { checkAnswer } from '../content/answer/check-answer.ts';
import { parseGsm8k } from './parse-gsm8k.ts';
import { parseMathcamps } from './parse-mathcamps.ts';
import { parseOatutor } from './parse-oatutor.ts';

const data = sharedDataPath();
const read = (path: string) => readFileSync(join(data, path), 'utf8');

describe('importers on the real datasets', () => {
  test('OATutor: 2,032 problems, 2,520 steps, 10,699 hint and scaffold nodes, 190 whole skills with BKT priors', () => {
    const r = parseOatutor(read('oatutor-elementary-algebra/problems.jsonl'), {
      bktParams: read('oatutor-elementary-algebra/bkt-params.json'),
    });
    assert.deepEqual(r.problems, []);
    assert.equal(r.items.length, 2032);
    const steps = r.items.flatMap((i) => i.steps);
    assert.equal(steps.length, 2520);
    assert.equal(steps.filter((s) => s.answer.kind === 'choice').length, 716);
    const scaffolds = steps.reduce((n, s) => n + s.scaffolds.length, 0);
    assert.equal(scaffolds, 3127);
    assert.equal(steps.reduce((n, s) => n + s.hints.length, 0) + scaffolds, 10_699);
    // 201 upstream tags, 11 of them pieces of four names split at their commas.
    assert.equal(r.skills.length, 190);
    assert.ok(r.skills.every((s) => s.bkt?.pInit === 0.1));
    const decimals = r.skills.find((s) => s.id === 'oatutor.add_or_subtract_decimals.');
    assert.equal(decimals?.name.en, 'Add or subtract decimals');
    assert.ok(r.skills.every((s) => !s.name.en.includes('_')));
    assert.ok(r.items.every((i) => i.attribution.text.includes('OpenStax')));
    const withImages = r.items.filter((i) => i.images);
    assert.equal(withImages.length, 168);
    assert.ok(r.items.every((i) => !JSON.stringify(i).includes('##figure')));
  });

  test('OATutor arithmetic answers are checked by value: the stored answer accepts an equivalent form', () => {
    const line = read('oatutor-elementary-algebra/problems.jsonl').split('\n')[0]!;
    const item = parseOatutor(line).items[0]!;
    assert.equal(item.steps[0]!.answer.kind, 'number');
    assert.equal(checkAnswer(item.steps[0]!.answer, '23,700').status, 'correct');
  });

  test('MathCAMPS: 4,900 originals carrying 4,707 follow-up steps, tagged with 49 standards', () => {
    const r = parseMathcamps(read('mathcamps/problems.jsonl'), read('mathcamps/standards.json'));
    assert.deepEqual(r.problems, []);
    assert.equal(r.records, 9607);
    assert.equal(r.items.length, 4900);
    assert.equal(r.recordsAsSteps, 4707);
    assert.deepEqual(r.rejectedRecordsByReason, {});
    assert.equal(
      r.items.reduce((n, i) => n + i.steps.length, 0),
      9607,
    );
    assert.equal(r.skills.length, 49);
    const grade = r.items.find((i) => i.skillId === 'ccss.K.CC.C.7')!;
    assert.equal(grade.difficulty, 1);
  });

  test('GSM8K: 1,319 problems and 4,821 sub-questions, in both the structured and the upstream format', () => {
    const structured = parseGsm8k(read('gsm8k-socratic/test_socratic.structured.jsonl'));
    const upstream = parseGsm8k(read('gsm8k-socratic/test_socratic.jsonl'));
    for (const r of [structured, upstream]) {
      assert.deepEqual(r.problems, []);
      assert.equal(r.items.length, 1319);
      assert.equal(
        r.items.reduce((n, i) => n + i.steps[0]!.hints.length, 0),
        4821,
      );
    }
    const janet = structured.items[0]!;
    assert.equal(checkAnswer(janet.steps[0]!.answer, '18').status, 'correct');
    assert.equal(checkAnswer(janet.steps[0]!.scaffolds[0]!.answer, '9').status, 'correct');
  });
});

describe('importers on broken records', () => {
  const good = read('gsm8k-socratic/test_socratic.structured.jsonl').split('\n').slice(0, 2);

  test('GSM8K lists every broken line with its field and keeps the good ones', () => {
    const text = [
      good[0],
      '{not json',
      '{"id":"x","question":"Q?","steps":[],"final_answer":"3"}',
      good[1],
      '[1]',
    ].join('\n');
    const r = parseGsm8k(text);
    assert.equal(r.items.length, 2);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.field]),
      [
        [2, '(line)'],
        [3, 'steps'],
        [5, '(line)'],
      ],
    );
  });

  test('MathCAMPS rejects unknown standards, dangling follow-ups and bad types, each with its line', () => {
    const standards = read('mathcamps/standards.json');
    const text = [
      '{"id":"a","standard":"K.CC.C.7","grade":"K","type":"original-problem","statement":"Compare 3 _ 5","answer":"<"}',
      '{"id":"b","standard":"Z.9","grade":"K","type":"original-problem","statement":"S","answer":"1"}',
      '{"id":"c","standard":"K.CC.C.7","type":"incremental-followup","followup_to":"nope","statement":"S","answer":"1"}',
      '{"id":"d","standard":"K.CC.C.7","type":"riddle","statement":"S","answer":"1"}',
      '{"id":"e","standard":"K.CC.C.7","type":"counterfactual-followup","followup_to":"a","statement":"S","answer":""}',
    ].join('\n');
    const r = parseMathcamps(text, standards);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.field]),
      [
        [2, 'standard'],
        [3, 'followup_to'],
        [4, 'type'],
        [5, 'answer'],
      ],
    );
    assert.equal(r.items.length, 1);
    assert.equal(r.items[0]!.steps[0]!.answer.kind, 'choice');
    // Every record is accounted for: one item, no follow-up kept (its answer is empty), four rejected by reason.
    assert.equal(r.records, 5);
    assert.equal(r.recordsAsSteps, 0);
    assert.deepEqual(r.rejectedRecordsByReason, {
      'standard: unknown standard': 1,
      'followup_to: does not name an earlier original problem': 1,
      'type: must be original-problem, counterfactual-followup or incremental-followup': 1,
      'answer: must be a non-empty string': 1,
    });
  });

  test('OATutor reports a missing answer, a choice answer not among the choices, and an untagged step', () => {
    const lines = read('oatutor-elementary-algebra/problems.jsonl').split('\n').slice(0, 3);
    const broken = (line: string, edit: (p: { steps: Record<string, unknown>[] }) => void) => {
      const p = JSON.parse(line);
      edit(p);
      return JSON.stringify(p);
    };
    const text = [
      lines[0],
      broken(lines[1]!, (p) => delete p.steps[0]!.stepAnswer),
      broken(lines[2]!, (p) => {
        p.steps[0]!.skills = [];
      }),
      broken(lines[0]!, (p) => {
        Object.assign(p.steps[0]!, { problemType: 'MultipleChoice', choices: ['1', '2'] });
      }),
    ].join('\n');
    const r = parseOatutor(text);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.field]),
      [
        [2, 'steps[0].stepAnswer'],
        [3, 'steps[0].skills'],
        [4, 'steps[0].stepAnswer'],
      ],
    );
    assert.equal(r.items.length, 1);
  });
});
