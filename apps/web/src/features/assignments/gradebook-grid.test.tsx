import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../../theme.ts';
import type { Assignment, AssignmentProgress, Gradebook } from './assignments-api.ts';
import { GradebookGrid } from './gradebook-grid.tsx';

const assignment = (id: string, title: string | null): Assignment => ({
  id,
  classId: 'c',
  className: '7B',
  kind: 'skills',
  title,
  instructions: null,
  dueAt: '2026-03-25T12:00:00Z',
  createdAt: '2026-03-20T12:00:00Z',
  pathway: null,
  skills: [{ id: 'alg.like-terms', name: { en: 'Like terms', es: 'Términos semejantes' }, target: null }],
  practicePathwayId: null,
});

const cell = (assignmentId: string, over: Partial<AssignmentProgress>): AssignmentProgress => ({
  assignmentId,
  status: 'not_started',
  late: false,
  mastery: 0,
  skillsMet: 0,
  skillsTotal: 2,
  doneAt: null,
  computedStatus: 'not_started',
  override: null,
  ...over,
});

const book: Gradebook = {
  classId: 'c',
  className: '7B',
  assignments: [assignment('a1', 'Warm-up'), assignment('a2', null)],
  learners: [
    {
      userId: 'u1',
      name: 'Noa',
      cells: [
        cell('a1', { status: 'done', computedStatus: 'done', mastery: 1, late: true }),
        cell('a2', { status: 'in_progress', computedStatus: 'in_progress', mastery: 0.5 }),
      ],
    },
    {
      userId: 'u2',
      name: '<b>Eve</b>',
      cells: [
        cell('a1', {
          status: 'done',
          override: {
            status: 'done',
            grade: 'B+',
            reason: '<i>on paper</i>',
            setByName: 'T',
            setAt: '2026-03-21T00:00:00Z',
          },
        }),
        cell('a2', { late: true }),
      ],
    },
  ],
};

function renderGrid(onEdit?: Parameters<typeof GradebookGrid>[0]['onEdit']) {
  render(
    <MantineProvider theme={theme}>
      <GradebookGrid book={book} {...(onEdit ? { onEdit } : {})} />
    </MantineProvider>,
  );
}

describe('GradebookGrid', () => {
  it('writes each status, late work, mastery and an override with its reason as text', () => {
    renderGrid();
    expect(screen.getByRole('columnheader', { name: /Warm-up/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Like terms/ })).toBeTruthy();
    const noa = within(screen.getByRole('row', { name: /Noa/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(noa).toEqual(['DoneLate100%', 'In progress50%']);
    const eve = within(screen.getByRole('row', { name: /<b>Eve<\/b>/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(eve).toEqual(['Done0%Overridden: <i>on paper</i>Grade: B+', 'Not startedLate0%']);
    expect(document.querySelector('b, i')).toBeNull();
  });

  it('offers an override button per cell, named by learner and assignment', async () => {
    const onEdit = vi.fn();
    renderGrid(onEdit);
    await userEvent.click(screen.getByRole('button', { name: 'Override Noa on Warm-up' }));
    expect(onEdit).toHaveBeenCalledWith(
      expect.objectContaining({ learner: expect.objectContaining({ userId: 'u1' }) }),
    );
    expect(onEdit.mock.calls[0]![0].assignment.id).toBe('a1');
  });
});
