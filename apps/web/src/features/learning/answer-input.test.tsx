import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentProps, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { AnswerInput } from './answer-input.tsx';
import type { PublicStep } from './learning-api.ts';
import { StepBlock } from './step-block.tsx';
import { renderLearning } from './test-render.tsx';

const CHOICE: PublicStep = {
  id: 'verdict',
  prompt: { en: 'Is this graph misleading?', es: '¿Es engañoso este gráfico?' },
  answerType: 'choice',
  choices: [
    { en: 'No: drawn to scale.', es: 'No: está a escala.' },
    { en: 'Yes: the axis starts at $80$.', es: 'Sí: el eje empieza en $80$.' },
  ],
};
const NUMBER: PublicStep = {
  id: 's1',
  prompt: { en: 'What is $3 + 4$?', es: '¿Cuánto es $3 + 4$?' },
  answerType: 'number',
};

/** The props of the current, only step of a practice item with no verdict yet; tests override what they vary. */
const CURRENT: ComponentProps<typeof StepBlock> = {
  step: NUMBER,
  index: 0,
  count: 1,
  state: 'current',
  feedback: null,
  placement: false,
  busy: false,
  error: null,
  onAnswer: () => {},
  autoFocus: false,
};

function Controlled({ step, onValue }: { step: PublicStep; onValue: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <p id="prompt">{step.prompt.en}</p>
      <AnswerInput
        step={step}
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
        labelledBy="prompt"
      />
    </>
  );
}

afterEach(() => applyLocale('en'));

describe('AnswerInput', () => {
  it('offers a choice as radio buttons named by the prompt, and answers with the English option text', async () => {
    const onValue = vi.fn();
    renderLearning(<Controlled step={CHOICE} onValue={onValue} />);
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-labelledby')).toBe('prompt');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    // NOTE: KaTeX's MathML trips jsdom's style computation, so options are found by position, not by name.
    expect(radios[1]?.closest('label, .mantine-Radio-root')?.textContent).toContain(
      'Yes: the axis starts at',
    );
    await userEvent.click(radios[1] as HTMLElement);
    expect(onValue).toHaveBeenLastCalledWith('Yes: the axis starts at $80$.');
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    // The math in an option is typeset (KaTeX), not shown with its dollar signs.
    expect(document.querySelector('.katex')).not.toBeNull();
    expect(screen.queryByText(/\$80\$/)).toBeNull();
  });

  it('shows choices in Spanish and still answers with the text the server matches', async () => {
    await applyLocale('es');
    const onValue = vi.fn();
    renderLearning(<Controlled step={CHOICE} onValue={onValue} />);
    const first = screen.getAllByRole('radio')[0] as HTMLElement;
    expect(first.closest('.mantine-Radio-root')?.textContent).toContain('No: está a escala.');
    await userEvent.click(first);
    expect(onValue).toHaveBeenLastCalledWith('No: drawn to scale.');
  });

  it('takes a number in a labelled text field with an example of the format', async () => {
    const onValue = vi.fn();
    renderLearning(<Controlled step={NUMBER} onValue={onValue} />);
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(box.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent,
    ).toBe('A number, like 12 or -3.5');
    await userEvent.type(box, '-7');
    expect(onValue).toHaveBeenLastCalledWith('-7');
    expect(box.getAttribute('autocomplete')).toBe('off');
  });
});

describe('StepBlock', () => {
  it('refuses an empty answer with a message next to the field, without sending it', () => {
    const onAnswer = vi.fn();
    renderLearning(<StepBlock {...CURRENT} count={2} onAnswer={onAnswer} />);
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Your answer' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type an answer first.')).toBeTruthy();
  });

  it('sends what was typed, and explains an unreadable answer as not counted', () => {
    const onAnswer = vi.fn();
    const { rerender } = renderLearning(<StepBlock {...CURRENT} onAnswer={onAnswer} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Your answer' }), { target: { value: '2x+' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswer).toHaveBeenCalledWith('2x+');
    rerender(
      <StepBlock
        {...CURRENT}
        feedback={{
          result: 'invalid',
          message: {
            en: 'Write your answer as a single number.',
            es: 'Escribe tu respuesta como un solo número.',
          },
          misconception: null,
          stepDone: false,
          itemDone: false,
          nextStepId: 's1',
          mastery: null,
          credentials: [],
        }}
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByText('We could not read that answer')).toBeTruthy();
    expect(screen.getByText(/It did not count as an attempt\./)).toBeTruthy();
  });

  it('opens the tutor from the step, saying whether it is open', () => {
    const onOpen = vi.fn();
    renderLearning(<StepBlock {...CURRENT} tutor={{ open: false, onOpen }} />);
    const button = screen.getByRole('button', { name: 'Ask the tutor' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalled();
  });
});
