import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import type { ComposeLessonAnswer, LessonWire } from './lessons-api.ts';
import { ModelNotesPanel } from './model-notes-panel.tsx';

type Notes = NonNullable<Extract<ComposeLessonAnswer, { status: 'composed' }>['modelNotes']>;

// Only what the panel reads: the phases' titles (to name a teacher-moves slot).
const lesson = {
  days: [{ day: 1, phases: [{ id: 'warm-up', title: { en: 'Warm-up', es: 'Calentamiento' } }] }],
  rubric: [],
} as unknown as LessonWire;
const note = (slot: string, outcome: 'accepted' | 'kept', reason: Notes[number]['reason']) => ({
  slot,
  locale: 'en' as const,
  outcome,
  reason,
  message: null,
  text: outcome === 'accepted' ? 'Today you will solve equations.' : null,
});

const show = (notes: Notes) =>
  renderAt(
    '/',
    <Route path="/" element={<ModelNotesPanel notes={notes} lesson={lesson} />} />,
    buildMe('teacher'),
  );

describe('the model phrasing panel', () => {
  it('lists each part kept offline with its reason in words', () => {
    show([
      note('day-1/goal', 'accepted', null),
      note('day-1/phases/warm-up/teacherMoves', 'kept', 'unknown_code'),
      note('version-below/directions', 'kept', 'reading_level'),
    ]);
    expect(screen.getByRole('heading', { name: 'Model phrasing' })).toBeTruthy();
    expect(screen.getByText(/rephrased 1 of 3 parts/)).toBeTruthy();
    expect(
      screen.getByText(
        'day 1, Teacher moves: Warm-up: The model cited a skill code that is not in your framework.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^the Below grade level version, Directions: .*harder to read/)).toBeTruthy();
    expect(screen.getByText(/^Saving keeps the lesson as shown: the model’s phrasing/)).toBeTruthy();
  });

  it('says it once when the model gave nothing usable', () => {
    show([
      note('day-1/goal', 'kept', 'unavailable'),
      note('version-below/directions', 'kept', 'unavailable'),
    ]);
    expect(
      screen.getByText('Every part keeps the assistant’s own text. The model could not be reached in time.'),
    ).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
