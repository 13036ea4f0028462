import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoredJsonError } from '../stored-json/parse-stored-json.ts';
import { achievementTextIn, parseAchievementTranslations } from './achievement-translations.ts';

describe('achievement translations', () => {
  it('reads Spanish words back and drops languages Pathwise does not ship', () => {
    const read = parseAchievementTranslations({
      es: { name: 'Fracciones', description: 'Suma fracciones' },
      fr: { name: 'Fractions' },
    });
    assert.deepEqual(read, { es: { name: 'Fracciones', description: 'Suma fracciones' } });
    assert.deepEqual(parseAchievementTranslations({ es: { name: 'Fracciones' } }), {
      es: { name: 'Fracciones', description: '' },
    });
    assert.deepEqual(parseAchievementTranslations({}), {});
  });

  it('names the bad part of a stored translation', () => {
    assert.throws(
      () => parseAchievementTranslations({ es: { name: 7 } }),
      (error: unknown) =>
        error instanceof StoredJsonError && /achievements\.translations.*es\.name/s.test(error.message),
    );
  });

  it('gives each part in the reader language when translated, English otherwise', () => {
    const achievement = {
      name: 'Fractions',
      description: 'Adds and subtracts fractions',
      translations: { es: { name: 'Fracciones', description: '' } },
    };
    assert.deepEqual(achievementTextIn(achievement, 'es'), {
      name: 'Fracciones',
      description: 'Adds and subtracts fractions',
    });
    assert.deepEqual(achievementTextIn(achievement, 'en'), {
      name: 'Fractions',
      description: 'Adds and subtracts fractions',
    });
    assert.deepEqual(achievementTextIn({ ...achievement, translations: {} }, 'es').name, 'Fractions');
  });
});
