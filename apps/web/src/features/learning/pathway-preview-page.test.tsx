import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import type { AnswerResult, MapSkill, PathwayPreview, PublicItem } from './learning-api.ts';
import { PathwayPreviewView } from './pathway-preview-page.tsx';
import type { PreviewApi } from './preview-sample.tsx';

const skill = (
  id: string,
  en: string,
  es: string,
  status: MapSkill['status'],
  prerequisites: string[] = [],
) => ({
  id,
  name: { en, es },
  description: { en: `About ${en}`, es: `Sobre ${es}` },
  parentId: null,
  prerequisites,
  status,
  standing: 'not-started' as const,
  estimate: null,
  missing: status === 'locked' ? [{ id: prerequisites[0]!, name: { en: 'Counting', es: 'Contar' } }] : [],
  startWith: status === 'locked' ? [{ id: prerequisites[0]!, name: { en: 'Counting', es: 'Contar' } }] : [],
});

const PREVIEW: PathwayPreview = {
  pathway: {
    id: 'lines',
    name: { en: 'Lines', es: 'Rectas' },
    description: { en: 'Slopes', es: 'Pendientes' },
  },
  summary: { mastered: 0, total: 3 },
  skills: [
    skill('count', 'Counting', 'Contar', 'ready'),
    skill('add', 'Adding', 'Sumar', 'locked', ['count']),
    skill('slope', 'Slope', 'Pendiente', 'locked', ['add']),
  ],
  status: 'published',
  sampleSkillIds: ['count', 'add'],
};

const ITEM: PublicItem = {
  servedId: 'preview',
  itemId: 'count-family/42/2',
  skillId: 'count',
  source: 'demo',
  stem: { en: 'Ana has 3 apples and buys 4 more.', es: 'Ana tiene 3 manzanas y compra 4 más.' },
  steps: [{ id: 's1', prompt: { en: 'How many now?', es: '¿Cuántas tiene ahora?' }, answerType: 'number' }],
  currentStepId: 's1',
};

const RIGHT: AnswerResult = {
  result: 'correct',
  message: { en: 'Right! You finished this problem.', es: '¡Correcto! Terminaste este problema.' },
  misconception: null,
  stepDone: true,
  itemDone: true,
  nextStepId: null,
  mastery: null,
  credentials: [],
};

function show(preview: PathwayPreview = PREVIEW) {
  const api = {
    sample: vi.fn(async () => ({ skill: { id: 'count', name: PREVIEW.skills[0]!.name }, item: ITEM })),
    answer: vi.fn(async () => RIGHT),
  } satisfies PreviewApi;
  const me = buildMe('teacher', 'Tomás Teacher');
  renderAt(
    '/o/demo/pathways/lines/preview',
    <Route
      path="/o/:orgSlug/pathways/:pathwayId/preview"
      element={<PathwayPreviewView membership={me.memberships[0]!} preview={preview} api={api} />}
    />,
    me,
  );
  return api;
}

describe('the preview of a pathway as a learner', () => {
  afterEach(() => applyLocale('en'));

  it('is marked as a preview and shows the learner’s pathway view of a new learner, skills in order', () => {
    show();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Preview as a learner: Lines');
    const banner = document.querySelector('[data-preview-banner]') as HTMLElement;
    expect(banner.textContent).toContain('Preview: nothing is recorded');
    expect(banner.textContent).toContain('no attempt, progress or activity is saved');
    expect(screen.getByText('You have mastered 0 of the 3 skills on this path.')).toBeTruthy();
    // No enrolment or practice: the teacher is not a learner of it.
    expect(screen.queryByRole('button', { name: /Start|Pause/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Practise now' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'List' }));
    const table = screen.getByRole('table', { name: 'The skills of Lines, in learning order' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0]?.textContent ?? r.textContent)).toEqual([
      expect.stringContaining('Counting'),
      expect.stringContaining('Adding'),
      expect.stringContaining('Slope'),
    ]);
  });

  it('tries a sample problem of a skill through the preview’s own calls, and says it is done', async () => {
    const api = show();
    fireEvent.click(screen.getByRole('button', { name: 'Try a sample problem: Counting' }));
    const section = await screen.findByRole('region', { name: 'Sample problem: Counting' });
    await within(section).findByText('Ana has 3 apples and buys 4 more.');
    expect(api.sample).toHaveBeenCalledWith(expect.any(String), 'lines', 'count');
    expect(document.activeElement?.textContent).toBe('Sample problem: Counting');
    expect(within(section).getByText(/not recorded/)).toBeTruthy();
    fireEvent.change(within(section).getByRole('textbox'), { target: { value: '7' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Check' }));
    await within(section).findByText(
      'Problem finished. Try another one, or choose another skill on the map.',
    );
    expect(api.answer).toHaveBeenCalledWith(expect.any(String), 'lines', {
      itemId: 'count-family/42/2',
      stepId: 's1',
      answer: '7',
      locale: 'en',
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Close the sample' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Sample problem: Counting' })).toBeNull(),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Try a sample problem: Counting' }),
      ),
    );
  });

  it('says when a skill has nothing to try, and when the pathway is a draft', () => {
    show({ ...PREVIEW, status: 'draft' });
    expect(screen.getByText(/This pathway is a draft/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Slope,/ }));
    expect(screen.getByText('No problems for this skill yet, so learners cannot practise it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try a sample problem: Slope' })).toBeNull();
  });

  it('reads in Spanish, the content too', async () => {
    await applyLocale('es');
    show();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Vista previa como estudiante: Rectas',
    );
    expect(screen.getByText(/Vista previa: no se guarda nada/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Probar un problema de ejemplo: Contar' })).toBeTruthy();
    expect(screen.getByText('Sobre Contar')).toBeTruthy();
  });
});
