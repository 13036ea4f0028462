import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../theme.ts';
import type { ClassDashboard } from './dashboards-api.ts';
import { MasteryHeatmap } from './mastery-heatmap.tsx';

const data: Pick<ClassDashboard, 'skills' | 'heatmap'> = {
  skills: [
    { id: 'a', name: { en: 'Add integers', es: 'Sumar enteros' } },
    { id: 'b', name: { en: 'Like terms', es: 'Términos semejantes' } },
    { id: 'c', name: { en: 'Two-step', es: 'Dos pasos' } },
    { id: 'd', name: { en: 'Systems', es: 'Sistemas' } },
    { id: 'e', name: { en: 'Slope', es: 'Pendiente' } },
  ],
  heatmap: {
    total: 1,
    offset: 0,
    learners: [
      {
        userId: 'u',
        name: 'Noa',
        cells: {
          a: { status: 'credited', estimate: null, mastered: true },
          b: { status: 'mastered-review-due', estimate: 0.77, mastered: true },
          c: { status: 'learning', estimate: 0.73, mastered: false },
          d: { status: 'not-started', estimate: null, mastered: false },
          // Known from the placement, not practised since: mastered, with no percentage.
          e: { status: 'mastered', estimate: null, mastered: true },
        },
      },
    ],
  },
};

describe('MasteryHeatmap', () => {
  it('a not-started cell says so (no percentage, not the model prior); credited, mastered from the placement and review due are written', () => {
    render(
      <MantineProvider theme={theme}>
        <MasteryHeatmap data={data} onPage={() => {}} />
      </MantineProvider>,
    );
    const row = screen.getByRole('row', { name: /Noa/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['Credited ✓', '77% ✓review due', '73%', 'Not started', 'Mastered ✓']);
  });
});
