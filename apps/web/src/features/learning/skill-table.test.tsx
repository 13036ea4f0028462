import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import type { MapSkill } from './learning-api.ts';
import { SkillTable } from './skill-table.tsx';
import { renderLearning } from './test-render.tsx';

const name = (en: string, es: string) => ({ en, es });
const SKILLS: MapSkill[] = [
  {
    id: 'add',
    name: name('Add integers', 'Sumar enteros'),
    description: name('d', 'd'),
    parentId: null,
    prerequisites: [],
    status: 'mastered',
    standing: 'mastered',
    estimate: 0.97,
    missing: [],
    startWith: [],
  },
  {
    id: 'like',
    name: name('Combine like terms', 'Reducir términos semejantes'),
    description: name('d', 'd'),
    parentId: null,
    prerequisites: ['add'],
    status: 'ready',
    standing: 'learning',
    estimate: 0.4,
    missing: [],
    startWith: [],
  },
  {
    id: 'two-step',
    name: name('Solve two-step equations', 'Resolver ecuaciones de dos pasos'),
    description: name('d', 'd'),
    parentId: null,
    prerequisites: ['like', 'one-step'],
    status: 'locked',
    standing: 'not-started',
    estimate: null,
    missing: [{ id: 'like', name: name('Combine like terms', 'Reducir términos semejantes') }],
    startWith: [{ id: 'like', name: name('Combine like terms', 'Reducir términos semejantes') }],
  },
];

afterEach(() => applyLocale('en'));

describe('SkillTable (the map as a table)', () => {
  it('has one row per skill, in order, with its status, estimate and why it is locked', () => {
    renderLearning(<SkillTable skills={SKILLS} caption="The skills of Algebra" />);
    const table = screen.getByRole('table', { name: 'The skills of Algebra' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Add integers',
      'Combine like terms',
      'Solve two-step equations',
    ]);
    expect(rows[0]?.textContent).toContain('Mastered');
    expect(rows[0]?.textContent).toContain('97%');
    expect(rows[1]?.textContent).toContain('Ready to learn');
    expect(rows[1]?.textContent).toContain('Nothing: all set');
    expect(rows[2]?.textContent).toContain('Locked');
    expect(rows[2]?.textContent).toContain('Master Combine like terms first.');
    // The skill to master is emphasised, and the "start with" is not repeated when it names the same skills.
    expect(within(rows[2] as HTMLElement).getByText('Combine like terms').tagName).toBe('STRONG');
    expect(rows[2]?.textContent).not.toContain('Start with');
  });

  it('says "Not started" and shows no percentage for a skill never answered (not the model prior)', async () => {
    renderLearning(<SkillTable skills={SKILLS} caption="c" />);
    const row = screen.getByRole('row', { name: /Solve two-step/ });
    expect(row.textContent).toContain('Not started');
    expect(row.textContent).not.toMatch(/\d+\s*%/);
    expect(screen.getByRole('row', { name: /^Combine like terms/ }).textContent).toContain('Learning: 40%');
    await applyLocale('es');
    renderLearning(<SkillTable skills={[SKILLS[2] as MapSkill]} caption="es" />);
    expect(screen.getByRole('table', { name: 'es' }).textContent).toContain('Sin empezar');
  });

  it('names where to start when the first missing skill is itself locked', () => {
    const deep: MapSkill = {
      ...(SKILLS[2] as MapSkill),
      missing: [
        { id: 'like', name: name('Combine like terms', 'x') },
        { id: 'one', name: name('One-step', 'y') },
      ],
      startWith: [{ id: 'add', name: name('Add integers', 'z') }],
    };
    renderLearning(<SkillTable skills={[deep]} caption="c" />);
    expect(screen.getByRole('row', { name: /Solve two-step/ }).textContent).toContain(
      'Master Combine like terms and One-step first. Start with Add integers.',
    );
  });

  it('speaks Spanish, names and list included', async () => {
    await applyLocale('es');
    const deep: MapSkill = {
      ...(SKILLS[2] as MapSkill),
      missing: [
        { id: 'like', name: name('x', 'Reducir términos semejantes') },
        { id: 'one', name: name('y', 'Ecuaciones de un paso') },
      ],
    };
    renderLearning(<SkillTable skills={[SKILLS[0] as MapSkill, deep]} caption="c" />);
    expect(screen.getByRole('columnheader', { name: 'Qué necesita' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Sumar enteros/ }).textContent).toContain('Dominada');
    expect(screen.getByRole('row', { name: /Resolver ecuaciones/ }).textContent).toContain(
      'Primero domina Reducir términos semejantes y Ecuaciones de un paso.',
    );
  });
});
