import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstReviewCard, parseStoredReviewCard, reviewCardAfter } from './review-schedule.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const DAY = 86_400_000;

test('mastering schedules the first review days out, and the stored card is plain JSON that parses back', () => {
  const first = firstReviewCard(NOW);
  assert.ok(first.due.getTime() >= NOW.getTime() + DAY, `due ${first.due.toISOString()}`);
  assert.equal(first.card.due, first.due.toISOString());
  const stored = JSON.parse(JSON.stringify(first.card));
  assert.deepEqual(parseStoredReviewCard(stored), first.card);
});

test('a wrong review brings the skill back sooner than a right one', () => {
  const first = firstReviewCard(NOW);
  const at = first.due;
  const right = reviewCardAfter(first.card, true, at);
  const wrong = reviewCardAfter(first.card, false, at);
  assert.ok(wrong.due < right.due, `${wrong.due.toISOString()} < ${right.due.toISOString()}`);
  assert.equal(right.card.reps, first.card.reps + 1);
  assert.equal(wrong.card.lapses, first.card.lapses + 1);
});

test('a malformed stored card is refused with the fields named', () => {
  const good = firstReviewCard(NOW).card;
  assert.throws(() => parseStoredReviewCard(null), /expected an object/);
  assert.throws(() => parseStoredReviewCard({ ...good, due: 'soon' }), /due/);
  assert.throws(() => parseStoredReviewCard({ ...good, reps: '2', last_review: 7 }), /reps, last_review/);
  const { stability: _, ...missing } = good;
  assert.throws(() => parseStoredReviewCard(missing), /stability/);
});
