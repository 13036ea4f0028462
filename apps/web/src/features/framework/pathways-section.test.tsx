import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import type { Framework, FrameworkSkill } from './framework-api.ts';
import { PathwaysSection } from './pathways-section.tsx';

// NOTE: jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it for font loads.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {} },
  });
}

const skill = (id: string, en: string, prerequisites: string[] = []): FrameworkSkill => ({
  id,
  framework: 'test',
  parentId: null,
  name: { en, es: `es ${en}` },
  description: { en: '', es: '' },
  prerequisites,
});
const framework: Framework = {
  skills: [skill('a', 'Counting'), skill('b', 'Adding', ['a']), skill('c', 'Slope', ['b', 'a'])],
  pathways: [
    {
      id: 'p',
      framework: 'test',
      name: { en: 'Lines', es: 'Rectas' },
      description: { en: '', es: '' },
      goalSkillIds: ['c'],
    },
  ],
};

function renderSection() {
  renderAt(
    '/f',
    <Route
      path="/f"
      element={<PathwaysSection orgId="o" orgSlug="demo" framework={framework} onSaved={async () => {}} />}
    />,
  );
}

describe('the pathways section', () => {
  it('shows each pathway’s goal skills and how many skills it covers with their prerequisites', () => {
    renderSection();
    const row = screen.getByRole('row', { name: /Lines/ });
    expect(within(row).getByTestId('pathway-goals-p').textContent).toBe('Slope');
    expect(within(row).getByTestId('pathway-covered-p').textContent).toBe('3');
    expect(within(row).getByRole('button', { name: 'Edit Lines' })).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Preview as a learner: Lines' }).getAttribute('href')).toBe(
      '/o/demo/pathways/p/preview',
    );
  });

  it('creates a pathway only with an id, both names and at least one goal skill', async () => {
    renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'New pathway' }));
    expect(screen.getByRole('heading', { name: 'New pathway' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Pathway id/ }), { target: { value: 'p' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create pathway' }));
    await waitFor(() => expect(screen.getByText('Choose at least one goal skill.')).toBeTruthy());
    expect(screen.getByText('This id is already taken. Choose another id.')).toBeTruthy();
    expect(screen.getAllByText('Enter a name.')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: /Goal skills/ }).getAttribute('aria-invalid')).toBe('true');
  });
});
