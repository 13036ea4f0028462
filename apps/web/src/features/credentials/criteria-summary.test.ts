import type { AchievementCriteria } from '@pathwise/contracts';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { criteriaSummary } from './criteria-summary.ts';
import { stackingCycle } from './stacking-cycle.ts';

const SKILLS: Record<string, string> = {
  slope: 'Slope and Lines',
  add: 'Adding integers',
  mul: 'Multiplying integers',
};
const ACHIEVEMENTS: Record<string, string> = { a: 'Adding', b: 'Multiplying', c: 'Order' };

function summary(criteria: Partial<AchievementCriteria>, locale = 'en') {
  const full = { skills: [], achievements: [], evidence: { required: false, narrative: '' }, ...criteria };
  const t = i18next.getFixedT(locale);
  return criteriaSummary(t, full, {
    locale,
    skill: (id) => SKILLS[id] ?? id,
    achievement: (id) => ACHIEVEMENTS[id] ?? id,
  });
}

describe('criteria in words', () => {
  afterAll(() => i18next.changeLanguage('en'));

  it('names a skill with its threshold', () => {
    expect(summary({ skills: [{ skillId: 'slope', threshold: 0.85 }] })).toBe(
      'Master Slope and Lines at 85%',
    );
  });

  it('names skills with one threshold together, and apart when thresholds differ', () => {
    expect(
      summary({
        skills: [
          { skillId: 'add', threshold: 0.6 },
          { skillId: 'mul', threshold: 0.6 },
          { skillId: 'slope', threshold: 0.9 },
        ],
      }),
    ).toBe('Master Adding integers and Multiplying integers at 60% + Master Slope and Lines at 90%');
  });

  it('lists the stacked achievements and the evidence a teacher approves', () => {
    expect(
      summary({
        achievements: ['a', 'b', 'c'],
        evidence: { required: true, narrative: 'a budgeting project' },
      }),
    ).toBe('Hold: Adding, Multiplying, Order + evidence a teacher approves: a budgeting project');
    expect(summary({ evidence: { required: true, narrative: ' ' } })).toBe('Evidence a teacher approves');
  });

  it('says when only a teacher awards it', () => {
    expect(summary({})).toBe('Awarded by a teacher');
  });

  it('speaks Spanish, with Spanish number and list formats', () => {
    expect(
      summary(
        {
          skills: [
            { skillId: 'add', threshold: 0.6 },
            { skillId: 'mul', threshold: 0.6 },
          ],
          achievements: ['a'],
        },
        'es',
      ),
    ).toBe('Dominar Adding integers y Multiplying integers al 60\u00a0% + Tener: Adding');
  });
});

describe('the stacking cycle a save would make', () => {
  const stacks = new Map([
    ['a', ['p']],
    ['b', ['a']],
    ['p', []],
  ]);

  it('is found from the parts being saved back to the achievement', () => {
    expect(stackingCycle('a', ['b'], stacks)).toEqual(['a', 'b', 'a']);
    expect(stackingCycle('p', ['b'], stacks)).toEqual(['p', 'b', 'a', 'p']);
    expect(stackingCycle('a', ['a'], stacks)).toEqual(['a', 'a']);
  });

  it('is null when there is none', () => {
    expect(stackingCycle('b', ['a', 'p'], stacks)).toBeNull();
    expect(stackingCycle('new', ['a', 'b'], stacks)).toBeNull();
  });
});
