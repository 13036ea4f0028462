import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CredentialEvidence, parseCredentialEvidence } from './credential-evidence.ts';

test('stored evidence reads back as it was issued, through JSON', () => {
  const evidence: CredentialEvidence[] = [
    { id: 'https://example.org/work', narrative: 'Planned a class trip budget.' },
    { name: 'Mastery on Pathwise', narrative: 'The criteria were met through practice.' },
  ];
  assert.deepEqual(parseCredentialEvidence(JSON.parse(JSON.stringify(evidence))), evidence);
});

test('bad stored evidence throws naming the column and each bad part', () => {
  assert.throws(() => parseCredentialEvidence([{ narrative: 3 }, 'work']), {
    message: 'issued_credentials.evidence: [0].narrative must be a string; [1] must be an object',
  });
});
