import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KEPT_PROBLEMS, MAX_JSON_DEPTH, MAX_LINE_CHARS } from './jsonl-records.ts';
import { parseGsm8k } from './parse-gsm8k.ts';
import { parseOatutor } from './parse-oatutor.ts';

const GOOD =
  '{"id":"g1","question":"2+2?","steps":[{"question":"What is 2+2?","explanation":"2+2=4"}],"final_answer":"4"}';

describe('a hostile import file gives a bounded report', () => {
  test('100,000 broken lines: at most KEPT_PROBLEMS listed, every one counted, counts by reason', () => {
    const lines = [GOOD];
    for (let i = 0; i < 100_000; i++) lines.push(i % 2 === 0 ? `{broken ${i}` : '[1,2]');
    const r = parseGsm8k(lines.join('\n'));
    assert.equal(KEPT_PROBLEMS, 100);
    assert.equal(r.items.length, 1);
    assert.equal(r.records, 100_001);
    assert.equal(r.problems.length, KEPT_PROBLEMS);
    assert.deepEqual(
      r.problems.slice(0, 2).map((p) => [p.line, p.field]),
      [
        [2, '(line)'],
        [3, '(line)'],
      ],
    );
    assert.equal(r.problemCount, 100_000);
    assert.deepEqual(r.problemsByReason, {
      '(line): not valid JSON': 50_000,
      '(line): not a JSON object': 50_000,
    });
  });

  test('a line over the cap is refused by its length, unparsed; a line nested too deep is refused', () => {
    const huge = `{"question":"${'x'.repeat(MAX_LINE_CHARS)}"}`;
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const deepInString = `{"id":"s","question":"${'['.repeat(500)}","final_answer":"1","steps":[{"question":"q","explanation":"1"}]}`;
    const r = parseGsm8k([huge, GOOD, deep, deepInString].join('\n'));
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.field]),
      [
        [1, '(line)'],
        [3, '(line)'],
      ],
    );
    assert.match(r.problems[0]!.message, /longer than/);
    assert.ok(r.problems[0]!.message.length < 200);
    assert.match(r.problems[1]!.message, /nested deeper than/);
    assert.equal(r.items.length, 2);
  });

  test('reasons stay few when messages name ids: duplicates are counted under one reason', () => {
    const text = Array.from({ length: 500 }, () => GOOD).join('\n');
    const r = parseGsm8k(text);
    assert.equal(r.problemCount, 499);
    assert.deepEqual(r.problemsByReason, { 'id: duplicate id': 499 });
    const o = parseOatutor(Array.from({ length: 300 }, (_, i) => `{"id":"p${i}","steps":[]}`).join('\n'));
    assert.equal(o.problemCount, 300);
    assert.ok(Object.keys(o.problemsByReason).length <= 2);
  });
});
