import { describe, expect, it } from 'vitest';
import { spanishNameMissing, translationsBody } from './achievement-translation-fields.tsx';

describe('the Spanish words of an achievement', () => {
  it('sends nothing when both are blank, and leaves a blank description to English', () => {
    expect(translationsBody({ name: ' ', description: '' })).toEqual({});
    expect(translationsBody({ name: ' Fracciones ', description: '  ' })).toEqual({
      es: { name: 'Fracciones' },
    });
    expect(translationsBody({ name: 'Fracciones', description: ' Suma ' })).toEqual({
      es: { name: 'Fracciones', description: 'Suma' },
    });
  });

  it('asks for the Spanish name when only a description is typed', () => {
    expect(spanishNameMissing({ name: '', description: 'Suma fracciones' })).toBe(true);
    expect(spanishNameMissing({ name: 'Fracciones', description: '' })).toBe(false);
    expect(spanishNameMissing({ name: '', description: '' })).toBe(false);
  });
});
