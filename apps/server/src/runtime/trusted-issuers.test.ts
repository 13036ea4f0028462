import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from './config.ts';
import { parseTrustedIssuers } from './trusted-issuers.ts';

describe('TRUSTED_ISSUERS', () => {
  test('an inline list of DID=Name entries', () => {
    const problems: string[] = [];
    const issuers = parseTrustedIssuers(
      'did:web:example.edu=Example University;\ndid:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK = Partner',
      problems,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(issuers, [
      { id: 'did:web:example.edu', name: 'Example University' },
      { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', name: 'Partner' },
    ]);
  });

  test('a JSON file', () => {
    const path = join(tmpdir(), `trusted-issuers-${process.pid}.json`);
    writeFileSync(path, JSON.stringify([{ id: 'did:web:example.edu', name: 'Example University' }]));
    const config = loadConfig({ NODE_ENV: 'test', TRUSTED_ISSUERS: path });
    assert.deepEqual(config.trustedIssuers, [{ id: 'did:web:example.edu', name: 'Example University' }]);
  });

  test('every problem is listed at once, with the other configuration problems', () => {
    assert.throws(
      () =>
        loadConfig({
          NODE_ENV: 'test',
          PORT: 'x',
          TRUSTED_ISSUERS: 'example.edu=No DID; did:web:a.example; did:web:b.example=B; did:web:b.example=B',
        }),
      (error: Error & { problems: string[] }) => {
        assert.ok(error.problems.some((p) => p.startsWith('PORT')));
        assert.ok(error.problems.includes('TRUSTED_ISSUERS: entry 1 needs a DID (got "example.edu")'));
        assert.ok(
          error.problems.includes(
            'TRUSTED_ISSUERS: entry 2 (did:web:a.example) needs a name of 1 to 200 characters',
          ),
        );
        assert.ok(error.problems.includes('TRUSTED_ISSUERS: did:web:b.example is listed twice'));
        return true;
      },
    );
    assert.throws(
      () => loadConfig({ NODE_ENV: 'test', TRUSTED_ISSUERS: '/nonexistent/registry.json' }),
      /TRUSTED_ISSUERS file \/nonexistent\/registry.json cannot be read as JSON/,
    );
  });
});
