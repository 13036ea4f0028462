import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedAchievementText } from './signed-achievement-text.ts';

const signed = {
  name: 'Fractions',
  description: 'Adds and subtracts fractions',
  related: [
    {
      id: 'https://x.example/a/1?lang=es',
      type: ['Related'],
      name: { '@value': 'Fracciones', '@language': 'es' },
      description: { '@value': 'Suma y resta fracciones', '@language': 'es' },
    },
  ],
};

describe('signedAchievementText', () => {
  it('takes the edition in the reader language', () => {
    assert.deepEqual(signedAchievementText(signed, 'es'), {
      name: 'Fracciones',
      description: 'Suma y resta fracciones',
    });
    assert.deepEqual(signedAchievementText(signed, 'es-MX').name, 'Fracciones');
  });

  it('keeps the achievement own words for another language', () => {
    assert.deepEqual(signedAchievementText(signed, 'en'), {
      name: 'Fractions',
      description: 'Adds and subtracts fractions',
    });
    assert.equal(signedAchievementText(signed, 'fr').name, 'Fractions');
  });

  it('falls back part by part: a translated name with the English description', () => {
    const related = [{ name: { '@value': 'Fracciones', '@language': 'es' } }];
    assert.deepEqual(signedAchievementText({ ...signed, related }, 'es'), {
      name: 'Fracciones',
      description: 'Adds and subtracts fractions',
    });
  });

  it('reads VC 2.0 language values on the achievement itself (another issuer)', () => {
    const name = [
      { '@value': 'Fractions', '@language': 'en' },
      { '@value': 'Fracciones', '@language': 'es' },
    ];
    assert.equal(signedAchievementText({ name }, 'es').name, 'Fracciones');
    assert.equal(signedAchievementText({ name }, 'de').name, 'Fractions');
  });

  it('never throws on malformed input', () => {
    assert.deepEqual(signedAchievementText(null, 'es'), { name: null, description: null });
    assert.deepEqual(signedAchievementText({ name: 7, related: 'x' }, 'es'), {
      name: null,
      description: null,
    });
    assert.equal(signedAchievementText({ name: ' ', related: [{ name: { '@value': 3 } }] }, 'es').name, null);
  });
});
