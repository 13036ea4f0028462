import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../../api/api-error.ts';
import { refusalMessage } from './skill-edit-form.tsx';

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
});
