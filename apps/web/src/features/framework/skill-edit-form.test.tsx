import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import type { FrameworkSkill } from './framework-api.ts';
import { SkillEditForm } from './skill-edit-form.tsx';

// NOTE: jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it for font loads.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {} },
  });
}
// NOTE: nor scrollIntoView, which an open option list calls on the selected option.
Element.prototype.scrollIntoView ??= () => {};

const skill = (id: string, en: string, parentId: string | null = null): FrameworkSkill => ({
  id,
  framework: 'test',
  parentId,
  name: { en, es: `es ${en}` },
  description: { en: '', es: '' },
  prerequisites: [],
});
const skills = [
  skill('alg', 'Algebra'),
  skill('alg.slope', 'Slope', 'alg'),
  skill('alg.slope.fields', 'Slope fields', 'alg.slope'),
  skill('data', 'Data'),
];

function renderForm(edited: FrameworkSkill | null) {
  const onSaved = vi.fn();
  renderAt(
    '/f',
    <Route
      path="/f"
      element={
        <SkillEditForm orgId="o" skill={edited} skills={skills} onSaved={onSaved} onCancel={() => {}} />
      }
    />,
  );
  return onSaved;
}

describe('the skill form', () => {
  it('creates: asks for an id the server accepts and not taken, at the id field', async () => {
    const onSaved = renderForm(null);
    expect(screen.getByRole('heading', { name: 'New skill' })).toBeTruthy();
    const id = screen.getByRole('textbox', { name: /Skill id/ });
    fireEvent.change(id, { target: { value: 'alg.slope' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Name in English/ }), { target: { value: 'X' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Name in Spanish/ }), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create skill' }));
    await waitFor(() => expect(id.getAttribute('aria-invalid')).toBe('true'));
    const said = document.getElementById(
      id
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((d) => d.includes('error'))!,
    );
    expect(said?.textContent).toBe('This id is already taken. Choose another id.');
    fireEvent.change(id, { target: { value: 'geo angles' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create skill' }));
    await waitFor(() => expect(screen.getByText(/without spaces or slashes\./)).toBeTruthy());
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits: shows where the skill sits and offers no place inside itself', async () => {
    renderForm(skills[1]!);
    expect(screen.queryByRole('textbox', { name: /Skill id/ })).toBeNull();
    const parent = screen.getByRole('combobox', { name: /Part of/ }) as HTMLInputElement;
    expect(parent.value).toBe('Algebra');
    fireEvent.click(parent);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['None: a strand of its own', 'Algebra', 'Data']);
  });
});
