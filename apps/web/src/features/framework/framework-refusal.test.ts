import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../../api/api-error.ts';
import { checkNewId, refusalField, refusalMessage } from './framework-refusal.ts';

const names: Record<string, { en: string; es: string }> = {
  'alg.slope': { en: 'Slope', es: 'Pendiente' },
  'alg.lines': { en: 'Lines', es: 'Rectas' },
};
const nameOf = (id: string) => names[id]?.[i18next.language === 'es' ? 'es' : 'en'] ?? id;

describe('a refused framework edit', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('names the cycle the server found, in the reader’s language', async () => {
    const error = await toApiError(
      new Response(
        JSON.stringify({
          status: 422,
          code: 'invalid_framework',
          detail: 'Nothing was changed. These prerequisites would make a cycle: Slope → Lines → Slope.',
          errors: [{ field: 'body/prerequisites', message: '…' }],
          cycle: ['alg.slope', 'alg.lines'],
          cycleKind: 'prerequisite-cycle',
        }),
        { status: 422 },
      ),
    );
    expect(refusalMessage(i18next.t, error, nameOf)).toMatch(
      /^These prerequisites would make a loop: Slope → Lines → Slope\./,
    );
    await i18next.changeLanguage('es');
    expect(refusalMessage(i18next.t, error, nameOf)).toMatch(
      /formarían un ciclo: Pendiente → Rectas → Pendiente\./,
    );
  });

  it('says when a named skill is gone, and falls back to the general messages', () => {
    const unknown = new ApiError(422, 'invalid_framework', 'Nothing was changed.', []);
    expect(refusalMessage(i18next.t, unknown, nameOf)).toMatch(/no longer exists/);
    expect(refusalMessage(i18next.t, new ApiError(403, 'forbidden', ''), nameOf)).not.toMatch(/loop/);
  });

  it('points at the field the server names, and says so in words', () => {
    const parent = new ApiError(422, 'invalid_framework', 'Nothing was changed.', [
      { field: 'body/parentId', message: 'The parent "gone" of "x" is not a skill of this framework.' },
    ]);
    expect(refusalField(parent)).toBe('parentId');
    expect(refusalMessage(i18next.t, parent, nameOf)).toMatch(/chosen under “Part of” no longer exists/);
    const goal = new ApiError(422, 'invalid_framework', 'Nothing was changed.', [
      { field: 'body/goalSkillIds/1', message: '"gone" is not a skill of this framework' },
    ]);
    expect(refusalField(goal)).toBe('goalSkillIds');
    expect(refusalMessage(i18next.t, goal, nameOf)).toMatch(/goal skill chosen here no longer exists/);
    const cycle = new ApiError(
      422,
      'invalid_framework',
      '',
      [{ field: 'body/prerequisites', message: '…' }],
      { cycle: ['alg.slope', 'alg.lines'], cycleKind: 'prerequisite-cycle' },
    );
    expect(refusalField(cycle)).toBe('prerequisites');
    const badId = new ApiError(400, 'validation_failed', '', [
      { field: 'params/skillId', message: 'must match pattern' },
    ]);
    expect(refusalField(badId)).toBe('id');
    const taken = new ApiError(409, 'conflict', '', [{ field: 'body/id', message: 'already exists' }]);
    expect(refusalField(taken)).toBe('id');
    expect(refusalMessage(i18next.t, taken, nameOf)).toBe('This id is already taken. Choose another id.');
    expect(refusalField(new ApiError(403, 'forbidden', ''))).toBeNull();
    expect(refusalField(new Error('x'))).toBeNull();
  });

  it('checks a new id as the server would, and refuses one already taken', async () => {
    const taken = new Set(['alg.slope']);
    expect(checkNewId(i18next.t, 'geo.angles', taken)).toBeNull();
    expect(checkNewId(i18next.t, '', taken)).toBe('Enter an id.');
    for (const bad of ['geo angles', 'geo/angles', '..', 'x'.repeat(201)]) {
      expect(checkNewId(i18next.t, bad, taken)).toMatch(/without spaces or slashes/);
    }
    expect(checkNewId(i18next.t, 'alg.slope', taken)).toMatch(/already taken/);
    await i18next.changeLanguage('es');
    expect(checkNewId(i18next.t, 'alg.slope', taken)).toMatch(/ya está en uso/);
  });
});
