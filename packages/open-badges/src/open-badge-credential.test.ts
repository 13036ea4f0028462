import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { sharedDataPath } from '../../../scripts/shared-data.ts';
import { buildOpenBadgeCredential } from './open-badge-credential.ts';
import { hashedEmailIdentifier } from './recipient-identifier.ts';
import { blockNetwork, sampleBadgeInput, TestIssuer } from './testing.ts';

before(blockNetwork);

// The 1EdTech OB 3.0 JSON Schema is data outside the repository (shared/data, beside the repo root).
const schemaPath = sharedDataPath('credentials', 'ob_v3p0_achievementcredential_schema.json');
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function schemaValidator() {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

describe('OpenBadgeCredential', () => {
  it('validates against the 1EdTech OB 3.0 JSON Schema in every variant we issue', async () => {
    const validate = schemaValidator();
    const issuer = await TestIssuer.create();
    const variants = [
      await issuer.issueBadge(1),
      await issuer.issueBadge(2, { validUntil: new Date('2027-01-01T00:00:00Z'), evidence: [] }),
      await issuer.issueBadge(3, {
        recipient: { identifier: hashedEmailIdentifier('learner@example.org') },
        status: undefined,
      }),
    ];
    for (const credential of variants) {
      assert.ok(validate(credential), JSON.stringify(validate.errors));
      assert.ok(Array.isArray(credential.proof));
    }
    assert.equal(
      validate({ ...variants[0], proof: variants[0]!.proof[0] }),
      false,
      'the schema wants proof as an array',
    );
    assert.equal(validate({ ...variants[0], credentialSubject: {} }), false, 'the schema can fail');
  });

  it('rejects inputs that would make an invalid credential', () => {
    const input = sampleBadgeInput('did:web:pathwise.example', 1, 'https://pathwise.example/status/1');
    assert.throws(() => buildOpenBadgeCredential({ ...input, recipient: {} }), /recipient/);
    assert.throws(() => buildOpenBadgeCredential({ ...input, validUntil: input.validFrom }), /validUntil/);
  });
});
