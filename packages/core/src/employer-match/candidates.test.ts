import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CANDIDATES_SHOWN,
  canAnswerContactRequest,
  discoverableCredentials,
  rankCandidates,
} from './candidates.ts';

test('only chosen, active credentials count', () => {
  const held = [
    { id: 'a', state: 'active' },
    { id: 'b', state: 'revoked' },
    { id: 'c', state: 'expired' },
    { id: 'd', state: 'active' },
  ];
  assert.deepEqual(
    discoverableCredentials(['a', 'b', 'c'], held).map((c) => c.id),
    ['a'],
  );
  assert.deepEqual(discoverableCredentials([], held), [], 'nothing is discoverable by default');
});

test('candidates rank by score, equal scores by pseudonym; score 0 is left out; the list is capped', () => {
  const ranked = rankCandidates([
    { pseudonym: 'cand_b', score: 0.5 },
    { pseudonym: 'cand_c', score: 0 },
    { pseudonym: 'cand_a', score: 0.5 },
    { pseudonym: 'cand_d', score: 0.9 },
  ]);
  assert.deepEqual(
    ranked.map((c) => c.pseudonym),
    ['cand_d', 'cand_a', 'cand_b'],
  );
  const many = Array.from({ length: CANDIDATES_SHOWN + 5 }, (_, i) => ({ pseudonym: `p${i}`, score: 1 }));
  assert.equal(rankCandidates(many).length, CANDIDATES_SHOWN);
  assert.equal(rankCandidates(many, 2).length, 2);
});

test('a contact request is answered once', () => {
  assert.equal(canAnswerContactRequest('pending'), true);
  assert.equal(canAnswerContactRequest('accepted'), false);
  assert.equal(canAnswerContactRequest('declined'), false);
});
