import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { renderLearning } from '../learning/test-render.tsx';
import { type AuthoredItemInput, blankItem, fieldErrorsOf } from './item-authoring-api.ts';
import { ItemEditorForm } from './item-editor-form.tsx';
import { ItemPreview, previewOfForm } from './item-preview.tsx';

const SKILLS = [
  {
    id: 'alg.two-step-equations',
    framework: 'pathwise-demo',
    parentId: null,
    name: { en: 'Two-step equations', es: 'Ecuaciones de dos pasos' },
    description: { en: '', es: '' },
    prerequisites: [],
  },
];

const ITEM: AuthoredItemInput = {
  ...blankItem('alg.two-step-equations'),
  stem: { en: 'Three tickets and a 4-euro fee cost 19 euros.' },
  steps: [
    {
      prompt: { en: 'How much is one ticket?' },
      answer: { kind: 'number', key: 'five' },
      hints: [{ en: 'Take away the fee first.' }],
      misconceptions: [{ answer: '6.33', feedback: { en: 'Take away the fee before dividing.' } }],
    },
    {
      prompt: { en: 'Which operation undoes the fee?' },
      answer: {
        kind: 'choice',
        key: 'b',
        options: [
          { id: 'a', text: { en: 'Adding 4' } },
          { id: 'b', text: { en: 'Subtracting 4' } },
        ],
      },
      hints: [],
      misconceptions: [],
    },
  ],
};

describe('ItemEditorForm', () => {
  it('shows each server field problem next to its own field', () => {
    const error = new ApiError(400, 'validation_failed', 'The item has errors', [
      { field: 'body/steps/0/answer/key', message: '"five" is not a number (not-a-number)' },
      { field: 'body/steps/0/misconceptions/0/answer', message: '"6.33" cannot be recognised' },
    ]);
    renderLearning(
      <ItemEditorForm form={ITEM} onChange={() => {}} skills={SKILLS} errors={fieldErrorsOf(error)} />,
    );
    const step = screen.getByRole('region', { name: 'Step 1 of 2' });
    const key = within(step).getByRole('textbox', { name: 'Answer key' });
    expect(key.getAttribute('aria-invalid')).toBe('true');
    const described = (key.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('"five" is not a number');
    const wrong = within(step).getByRole('textbox', { name: 'Wrong answer 1' });
    expect(wrong.getAttribute('aria-invalid')).toBe('true');
    const other = screen.getByRole('region', { name: 'Step 2 of 2' });
    expect(within(other).queryByText(/is not a number/)).toBeNull();
  });

  it('adds a step', () => {
    const onChange = vi.fn();
    renderLearning(<ItemEditorForm form={ITEM} onChange={onChange} skills={SKILLS} errors={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    const [[next]] = onChange.mock.calls as [[AuthoredItemInput]];
    expect(next.steps).toHaveLength(3);
  });
});

describe('the preview of an item being written', () => {
  it('shows the problem and options as a learner sees them, and no key, hint or wrong answer', () => {
    const preview = previewOfForm(ITEM);
    const wire = JSON.stringify(preview);
    for (const secret of ['five', 'Take away the fee', '6.33', '"key"']) expect(wire).not.toContain(secret);
    renderLearning(<ItemPreview item={preview} />);
    expect(screen.getByText('Three tickets and a 4-euro fee cost 19 euros.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Subtracting 4' })).toHaveProperty('disabled', true);
  });
});
