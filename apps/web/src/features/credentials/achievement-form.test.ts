import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { cycleMessage } from './achievement-form.tsx';

const refused = new ApiError(400, 'validation_failed', 'Stacking would make a cycle: "A" → "B" → "A"', [
  { field: 'body/criteria/achievements', message: 'would make a cycle: "A" → "B" → "A"' },
]);

describe('a stacking cycle the server refused, in the reader’s language', () => {
  it('names the cycle in English and in Spanish', () => {
    const named = () => '“A” → “B” → “A”';
    expect(cycleMessage(i18next.getFixedT('en'), refused, named)).toBe(
      'Stacking would make a cycle: “A” → “B” → “A”. Remove one of these achievements from the list.',
    );
    expect(cycleMessage(i18next.getFixedT('es'), refused, named)).toBe(
      'El apilamiento formaría un ciclo: “A” → “B” → “A”. Quita uno de estos logros de la lista.',
    );
  });

  it('says so without names when the page cannot find the cycle itself', () => {
    expect(cycleMessage(i18next.getFixedT('es'), refused, () => undefined)).toMatch(
      /^El apilamiento formaría un ciclo: un logro se necesitaría a sí mismo/,
    );
  });

  it('is null for any other refusal', () => {
    const other = new ApiError(400, 'validation_failed', 'No skill x', []);
    expect(cycleMessage(i18next.getFixedT('en'), other, () => 'x')).toBeNull();
    expect(cycleMessage(i18next.getFixedT('en'), new Error('boom'), () => 'x')).toBeNull();
  });
});
