import type {
  JobProfileBody,
  OccupationPreview,
  OccupationSearchResult,
  PreviewSkill,
} from '@pathwise/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import { ByHandForm } from './job-profile-by-hand-page.tsx';
import { JobProfileOccupationView } from './job-profile-occupation-page.tsx';
import type { OccupationsApi } from './job-profiles-api.ts';

const me = buildMe('employer', 'Emma Employer');
const membership = me.memberships[0]!;

const answer = (over: Partial<OccupationSearchResult>): OccupationSearchResult => ({
  query: 'bookkeeping',
  results: [],
  total: 0,
  broader: [],
  missing: [],
  note: null,
  ...over,
});

const FOUND = answer({
  results: [
    {
      source: 'onet',
      code: '43-3031.00',
      uri: null,
      title: 'Bookkeeping, Accounting, and Auditing Clerks',
      matchedTitle: null,
      description: 'Compute, classify, and record numerical data.',
      skillCount: 3,
    },
  ],
  total: 1,
});

const skill = (over: Partial<PreviewSkill> & Pick<PreviewSkill, 'code' | 'name'>): PreviewSkill => ({
  description: null,
  group: 'skill',
  importance: 3.38,
  uri: null,
  suggested: 'required',
  crosswalk: [],
  ...over,
});

const PREVIEW: OccupationPreview = {
  source: 'onet',
  code: '43-3031.00',
  uri: null,
  title: 'Bookkeeping, Accounting, and Auditing Clerks',
  description: 'Compute, classify, and record numerical data.',
  skills: [
    skill({
      code: '2.A.1.e',
      name: 'Mathematics',
      description: 'Using mathematics to solve problems.',
      crosswalk: ['Adding integers', 'Multiplying integers', 'Order of operations', 'Mean'].map((en, i) => ({
        skillId: `s${i}`,
        name: { en, es: `${en} (es)` },
        relation: 'broadMatch' as const,
      })),
    }),
    skill({ code: '2.A.1.a', name: 'Reading Comprehension', importance: 2.5, suggested: 'omit' }),
    skill({ code: '2.C.4.a', name: 'Mathematics', group: 'knowledge', importance: 3.82 }),
  ],
};

function show(search: OccupationsApi['search']) {
  const api = {
    search: vi.fn(search),
    preview: vi.fn(async () => PREVIEW),
    save: vi.fn(async (_orgId: string, body: JobProfileBody) => ({
      id: 'p1',
      name: body.name ?? '',
      source: 'onet' as const,
      sourceCode: '43-3031.00',
      skills: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    })),
  } satisfies OccupationsApi;
  renderAt(
    '/o/demo/job-profiles/new',
    <Route
      path="/o/:orgSlug/job-profiles/new"
      element={<JobProfileOccupationView membership={membership} api={api} />}
    />,
    me,
  );
  return api;
}

async function searchFor(words: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: /Occupation|Ocupación/ }), {
    target: { value: words },
  });
  fireEvent.click(screen.getByRole('button', { name: /^(Search|Buscar)$/ }));
}

describe('a job profile from an occupation', () => {
  afterEach(() => applyLocale('en'));

  it('says when nothing matches and offers broader words, then previews, picks and saves', async () => {
    const api = show(async (_org, q) =>
      q === 'bookkeepers' ? answer({ query: q, broader: ['bookkeeping'] }) : FOUND,
    );
    await searchFor('bookkeepers');
    await screen.findByText('No occupation matches “bookkeepers”. Try fewer or broader words.');
    fireEvent.click(screen.getByRole('button', { name: 'Search for “bookkeeping”' }));
    expect(api.search).toHaveBeenLastCalledWith(membership.orgId, 'bookkeeping', 'onet');
    await screen.findByText('1 occupation matches “bookkeeping”.');
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Look at the skills of Bookkeeping, Accounting, and Auditing Clerks',
      }),
    );
    const heading = await screen.findByRole('heading', {
      name: 'Bookkeeping, Accounting, and Auditing Clerks',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(api.preview).toHaveBeenCalledWith(membership.orgId, 'onet', '43-3031.00');
    const skills = screen.getByRole('region', { name: 'Skills' });
    const maths = within(skills).getByRole('radiogroup', { name: 'Mathematics' });
    expect(within(maths).getByRole('radio', { name: 'Required' })).toHaveProperty('checked', true);
    expect(maths.getAttribute('aria-describedby')).toBeTruthy();
    expect(skills.textContent).toContain(
      'Your 4 framework skills that count for it: Adding integers, Multiplying integers, Order of operations and 1 more. Each is part of it.',
    );
    expect(skills.textContent).toContain('Importance 3.38 of 5');
    const reading = within(skills).getByRole('radiogroup', { name: 'Reading Comprehension' });
    expect(within(reading).getByRole('radio', { name: 'Leave out' })).toHaveProperty('checked', true);
    expect(reading.parentElement?.textContent).toContain('No skill of your framework maps to it yet.');
    fireEvent.click(within(reading).getByRole('radio', { name: 'Nice to have' }));
    const knowledge = screen.getByRole('region', { name: 'Knowledge' });
    fireEvent.click(within(knowledge).getByRole('radio', { name: 'Leave out' }));
    expect(screen.getByText('Chosen: 1 required, 1 nice to have.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Profile name/ }), {
      target: { value: 'Bookkeeper' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the profile' }));
    await screen.findByText('Saved “Bookkeeper”.');
    expect(api.save).toHaveBeenCalledWith(membership.orgId, {
      name: 'Bookkeeper',
      onetCode: '43-3031.00',
      skills: [
        { name: 'Mathematics', code: '2.A.1.e', required: true },
        { name: 'Reading Comprehension', code: '2.A.1.a', required: false },
      ],
    });
    expect(screen.getByRole('link', { name: 'Match a shared record against it' }).getAttribute('href')).toBe(
      '/o/demo/match?profile=p1',
    );
  });

  it('without occupation data on the server says so and offers to write the profile by hand', async () => {
    show(async () => answer({ missing: ['onet'], note: 'no data' }));
    await searchFor('bookkeeping');
    await screen.findByText(/This server has no occupation data from O\*NET/);
    expect(screen.getByRole('link', { name: 'New by hand' }).getAttribute('href')).toBe(
      '/o/demo/job-profiles/new-by-hand',
    );
  });

  it('speaks Spanish', async () => {
    applyLocale('es');
    show(async () => answer({ query: 'zzz' }));
    await searchFor('zzz');
    await screen.findByText(
      'Ninguna ocupación coincide con «zzz». Prueba con menos palabras o con palabras más generales.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Ocupaciones de' })).toBeTruthy();
  });
});

describe('a job profile by hand', () => {
  it('lists the framework skills by strand and saves those chosen, required or nice to have', async () => {
    const save = vi.fn(async (body: JobProfileBody) => ({
      id: 'p2',
      name: body.name ?? '',
      source: 'manual' as const,
      sourceCode: null,
      skills: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    const text = (en: string) => ({ en, es: `${en} (es)` });
    renderAt(
      '/o/demo/job-profiles/new-by-hand',
      <Route
        path="/o/:orgSlug/job-profiles/new-by-hand"
        element={
          <ByHandForm
            membership={membership}
            save={save}
            skills={[
              { id: 'num', parentId: null, name: text('Numbers'), description: text('Number sense') },
              { id: 'add', parentId: 'num', name: text('Adding integers'), description: text('Add them') },
              { id: 'mul', parentId: 'num', name: text('Multiplying integers'), description: text('Times') },
            ]}
          />
        }
      />,
      me,
    );
    const strand = screen.getByRole('region', { name: 'Numbers' });
    fireEvent.click(
      within(within(strand).getByRole('radiogroup', { name: 'Adding integers' })).getByRole('radio', {
        name: 'Required',
      }),
    );
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Multiplying integers' })).getByRole('radio', {
        name: 'Nice to have',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save the profile' }));
    await screen.findByText('Give the profile a name.');
    expect(save).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('textbox', { name: /Profile name/ }), { target: { value: 'Cashier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the profile' }));
    await screen.findByText('Saved “Cashier”.');
    expect(save).toHaveBeenCalledWith({
      name: 'Cashier',
      skills: [
        { name: 'Adding integers', skillIds: ['add'], required: true },
        { name: 'Multiplying integers', skillIds: ['mul'], required: false },
      ],
    });
  });
});
