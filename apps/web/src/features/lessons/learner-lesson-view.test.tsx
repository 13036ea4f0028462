import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import { LearnerLessonView } from './learner-lesson-view.tsx';
import { LessonDownloads } from './lesson-downloads.tsx';
import type { LearnerLesson } from './lessons-api.ts';

const l = (en: string, es = `${en} (es)`) => ({ en, es });
const measured = (locale: 'en' | 'es') => ({
  locale,
  formula: locale === 'en' ? ('flesch-kincaid' as const) : ('fernandez-huerta' as const),
  words: 40,
  sentences: 4,
  syllables: 60,
  tooShort: false,
  grade: 5.2,
  ease: 71.3,
});

const lesson: LearnerLesson = {
  id: '00000000-0000-4000-8000-000000000123',
  title: 'linear equations',
  topic: 'linear equations',
  version: {
    level: 'on',
    skillIds: ['alg.two-step'],
    itemIds: ['f/1/1'],
    directions: l('Read each <b>problem</b>.'),
    scaffolds: [
      {
        kind: 'glossary',
        title: l('Word list'),
        lines: [l('equation: two sides that are equal')],
        source: 'template',
      },
    ],
    readability: { en: measured('en'), es: measured('es') },
    source: 'template',
  },
  quiz: {
    title: l('Final check'),
    items: [
      { number: 1, stem: l('Solve 2x + 3 = 7'), parts: [{ prompt: l('x = ?'), format: 'open' }] },
      {
        number: 2,
        stem: l('Which is a solution of x + 1 = 3?'),
        parts: [
          {
            prompt: l('Choose one'),
            format: 'choice',
            options: [
              { id: 'a', text: l('2') },
              { id: 'b', text: l('4') },
            ],
          },
        ],
      },
    ],
  },
  skills: [{ id: 'alg.two-step', name: l('Solve two-step equations') }],
  practicePathwayId: 'algebra-foundations',
};

const show = (node: React.ReactNode) =>
  renderAt(
    '/o/demo/my/lessons/x',
    <Route path="/o/:orgSlug/my/lessons/x" element={node} />,
    buildMe('learner'),
  );

describe('the learner lesson view', () => {
  it('shows directions, scaffolds and the quiz read-only, typed text as text, and the practice link', () => {
    show(<LearnerLessonView lesson={lesson} practiceHref="/o/demo/learn/algebra-foundations" />);
    expect(screen.getByRole('heading', { name: 'Directions' })).toBeTruthy();
    expect(screen.getByText('Read each <b>problem</b>.')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Word list' })).toBeTruthy();
    expect(screen.getByText('equation: two sides that are equal')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Final check' })).toBeTruthy();
    const fields = screen.getAllByRole('textbox');
    expect(fields.length).toBe(1);
    expect(fields[0]?.hasAttribute('disabled')).toBe(true);
    const radios = screen.getAllByRole('radio');
    expect(radios.length).toBe(2);
    expect(radios.every((r) => r.hasAttribute('disabled'))).toBe(true);
    expect(screen.queryByText(/Answer key/)).toBeNull();
    const practise = screen.getByRole('link', { name: 'Practise these skills' });
    expect(practise.getAttribute('href')).toBe('/o/demo/learn/algebra-foundations');
  });

  it("in a teacher's preview names the practice link without one", () => {
    show(<LearnerLessonView lesson={lesson} practiceHref={null} />);
    expect(screen.queryByRole('link', { name: 'Practise these skills' })).toBeNull();
    expect(screen.getByText(/A learner sees a “Practise these skills” link here/)).toBeTruthy();
  });

  it('offers the four downloads as plain download links', () => {
    show(<LessonDownloads orgId="org-1" lessonId={lesson.id} />);
    const hrefs = [
      'Teacher copy (DOCX)',
      'Teacher copy (PDF)',
      'Student copy (DOCX)',
      'Student copy (PDF)',
    ].map((name) => {
      const link = screen.getByRole('link', { name });
      expect(link.hasAttribute('download')).toBe(true);
      return link.getAttribute('href');
    });
    expect(hrefs).toEqual([
      `/api/orgs/org-1/lessons/${lesson.id}/export?format=docx&copy=teacher`,
      `/api/orgs/org-1/lessons/${lesson.id}/export?format=pdf&copy=teacher`,
      `/api/orgs/org-1/lessons/${lesson.id}/export?format=docx&copy=student`,
      `/api/orgs/org-1/lessons/${lesson.id}/export?format=pdf&copy=student`,
    ]);
  });
});
