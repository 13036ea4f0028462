import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import { LessonPage } from './lesson-page.tsx';
import type { LessonBlock, LessonWire, SavedLesson } from './lessons-api.ts';

const l = (en: string, es = `${en} (es)`) => ({ en, es });
const measured = (locale: 'en' | 'es') => ({
  locale,
  formula: locale === 'en' ? ('flesch-kincaid' as const) : ('fernandez-huerta' as const),
  words: 40,
  sentences: 4,
  syllables: 60,
  tooShort: false,
  grade: locale === 'en' ? 5.2 : null,
  ease: 71.3,
});

const lesson: LessonWire = {
  format: 1,
  seed: 1,
  topic: 'linear equations',
  periodMinutes: 50,
  standards: [
    { code: 'alg.two-step', name: l('Solve two-step equations'), description: l('d'), source: 'framework' },
  ],
  design: { goals: [], finalCheck: l('the quiz'), source: 'framework' },
  days: [
    {
      day: 1,
      skeleton: 'gradual-release',
      skillIds: ['alg.two-step'],
      goal: l('Solve <b>two-step</b> equations'),
      phases: [
        {
          id: 'i-do',
          title: l('I do'),
          minutes: 20,
          teacherMoves: l('Model $2x+3=7$'),
          activities: [],
          source: 'template',
        },
        {
          id: 'you-do',
          title: l('You do'),
          minutes: 30,
          teacherMoves: l('Practise'),
          activities: [],
          source: 'template',
        },
      ],
      source: 'template',
    },
  ],
  quiz: {
    title: l('Final check'),
    items: [
      {
        number: 1,
        itemId: 'f/1/1',
        skillId: 'alg.two-step',
        stem: l('Solve $2x+3=7$'),
        parts: [{ prompt: l('x = ?'), format: 'open', answerKey: 'x=2' }],
        source: 'bank',
      },
    ],
    source: 'bank',
  },
  rubric: [
    {
      skillId: 'alg.two-step',
      skill: l('Solve two-step equations'),
      levels: { beginning: l('b'), developing: l('d'), proficient: l('p'), advanced: l('a') },
      source: 'template',
    },
  ],
  versions: [
    {
      level: 'on',
      skillIds: ['alg.two-step'],
      itemIds: ['f/1/1'],
      directions: l('Read each problem.'),
      scaffolds: [],
      readability: { en: measured('en'), es: measured('es') },
      source: 'template',
    },
  ],
};

const block = (id: string, kind: LessonBlock['kind'], reviewed: boolean): LessonBlock => ({
  id,
  kind,
  source: kind === 'quiz' ? 'bank' : 'template',
  reviewed,
  reviewedAt: reviewed ? '2026-12-07T10:00:00Z' : null,
  fields: [],
});

function saved(reviewed: readonly string[]): SavedLesson {
  const blocks = [
    block('day-1', 'day', reviewed.includes('day-1')),
    block('quiz', 'quiz', reviewed.includes('quiz')),
    block('rubric', 'rubric', reviewed.includes('rubric')),
    block('version-on', 'version', reviewed.includes('version-on')),
  ];
  return {
    id: '00000000-0000-4000-8000-000000000123',
    title: 'linear equations',
    status: 'draft',
    author: { id: 'u', name: 'Tomás Teacher' },
    version: 2,
    versions: [1, 2],
    request: 'a lesson on linear equations',
    seed: 1,
    form: {
      topic: 'linear equations',
      skillIds: ['alg.two-step'],
      days: 1,
      periodMinutes: 50,
      readingLevels: ['on'],
      visualActivities: 0,
      quizLength: 1,
      locale: 'en',
    },
    lesson,
    blocks,
    unreviewed: blocks.filter((b) => !b.reviewed).map((b) => b.id),
    canEdit: true,
    createdAt: '2026-12-07T09:00:00Z',
    updatedAt: '2026-12-07T10:00:00Z',
    publishedAt: null,
  };
}

const show = (initial: SavedLesson) =>
  renderAt(
    `/o/demo/lessons/${initial.id}`,
    <Route path="/o/:orgSlug/lessons/:lessonId" element={<LessonPage initial={initial} />} />,
    buildMe('teacher', 'Tomás Teacher'),
  );

describe('the lesson page', () => {
  it('keeps Publish disabled, with the reason in words, until every block is reviewed', () => {
    show(saved(['day-1', 'rubric']));
    const publish = screen.getByRole('button', { name: 'Publish' });
    expect(publish.hasAttribute('disabled')).toBe(true);
    const reason = document.getElementById(publish.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'Review every part before publishing. Not reviewed yet: the quiz, the On grade level version.',
    );
    expect(screen.getByRole('button', { name: 'Mark the quiz reviewed' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark day 1 reviewed' })).toBeNull();
    expect(screen.getByText('Version 2')).toBeTruthy();
  });

  it('enables Publish once all blocks are reviewed; shows sources, keys and typed text as text', () => {
    show(saved(['day-1', 'quiz', 'rubric', 'version-on']));
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getAllByText('Source: Item bank').length).toBeGreaterThan(0);
    expect(screen.getByText(/Answer key:/)).toBeTruthy();
    expect(screen.getByText('Solve <b>two-step</b> equations')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });
});
