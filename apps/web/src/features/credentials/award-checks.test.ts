import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { type AwardDraft, awardRefusal, checkAward, isWebAddress } from './award-checks.ts';

const DRAFT: AwardDraft = { achievementId: 'a1', learnerId: 'u1', narrative: 'Built a budget', url: '' };
const NAMES = { learner: 'Ana Ruiz', achievement: 'Budget project' };

describe('the award form', () => {
  const t = i18next.getFixedT('en');

  it('accepts a complete draft, with or without a web address', () => {
    expect(checkAward(t, DRAFT)).toEqual({});
    expect(checkAward(t, { ...DRAFT, url: ' https://example.org/work ' })).toEqual({});
  });

  it('names every missing or wrong field', () => {
    expect(checkAward(t, { achievementId: '', learnerId: '', narrative: '  ', url: 'example' })).toEqual({
      achievement: 'Choose the achievement to award.',
      learner: 'Choose the learner.',
      narrative: 'Describe the evidence you approved.',
      url: 'Enter a web address starting with https:// or http://, or leave this empty.',
    });
  });

  it('takes only http and https addresses', () => {
    expect(isWebAddress('http://school.example/p/1')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.c', 'ftp://x.org/f', 'www.example.org', 'https://'])
      expect(isWebAddress(bad), bad).toBe(false);
  });

  it("places the server's refusals at their field, in the reader's language", () => {
    const held = new ApiError(409, 'conflict', 'held', [{ field: 'body/learnerId', message: 'x' }]);
    expect(awardRefusal(t, held, NAMES)).toEqual({
      message: 'Ana Ruiz already holds “Budget project”.',
      field: 'learner',
    });
    const es = i18next.getFixedT('es');
    expect(awardRefusal(es, held, NAMES).message).toBe('Ana Ruiz ya tiene «Budget project».');
    const gone = new ApiError(404, 'not_found', 'x', [{ field: 'params/achievementId', message: 'x' }]);
    expect(awardRefusal(t, gone, NAMES).field).toBe('achievement');
    const stranger = new ApiError(404, 'not_found', 'x', [{ field: 'body/learnerId', message: 'x' }]);
    expect(awardRefusal(es, stranger, NAMES)).toEqual({
      message: 'Esta persona no es (o ya no es) estudiante de esta organización.',
      field: 'learner',
    });
    const url = new ApiError(400, 'validation_failed', 'x', [{ field: 'body/url', message: 'x' }]);
    expect(awardRefusal(t, url, NAMES).field).toBe('url');
    expect(awardRefusal(t, new ApiError(0, 'network', ''), NAMES)).toEqual({
      message: 'We could not reach Pathwise. Check your connection and try again.',
      field: null,
    });
  });
});
