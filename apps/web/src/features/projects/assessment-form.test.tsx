import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../../theme.ts';
import { AssessmentForm } from './assessment-form.tsx';
import { passesRule } from './pass-rule.ts';
import type { ProjectSpec } from './projects-api.ts';

const levels = (name: string) => ({
  beginning: `${name} missing`,
  developing: `${name} partly`,
  proficient: `${name} complete`,
  advanced: `${name} checked`,
});

const spec: ProjectSpec = {
  accepts: ['text'],
  achievementId: null,
  criteria: [
    { name: 'Budget table', levels: levels('Table') },
    { name: 'Explanation', levels: levels('Explanation') },
  ],
  passRule: { kind: 'every_criterion_at_least', level: 'proficient' },
};

describe('the rubric assessment form', () => {
  it('computes "passed" from the levels before saving, and saves one level per criterion', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <MantineProvider theme={theme}>
        <AssessmentForm spec={spec} onSave={onSave} />
      </MantineProvider>,
    );
    const user = userEvent.setup();
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/every criterion/i);
    expect((screen.getByRole('button', { name: /save/i }) as HTMLButtonElement).disabled).toBe(true);
    const table = screen.getByRole('radiogroup', { name: /Budget table/ });
    const explanation = screen.getByRole('radiogroup', { name: /Explanation/ });
    await user.click(within(table).getByRole('radio', { name: /Advanced/ }));
    await user.click(within(explanation).getByRole('radio', { name: /Developing/ }));
    expect(status.textContent).toMatch(/does not pass/i);
    await user.click(within(explanation).getByRole('radio', { name: /Proficient/ }));
    expect(status.textContent).toMatch(/passes/i);
    expect(status.textContent).not.toMatch(/does not/i);
    await user.type(screen.getByLabelText(/feedback/i), 'Well argued.');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(onSave).toHaveBeenCalledWith({ levels: ['advanced', 'proficient'], feedback: 'Well argued.' });
  });

  it('applies a minimum-total rule (Beginning 1 … Advanced 4)', () => {
    const rule = { kind: 'minimum_total', total: 6 } as const;
    expect(passesRule(rule, ['advanced', 'developing'])).toBe(true);
    expect(passesRule(rule, ['proficient', 'developing'])).toBe(false);
    expect(passesRule(rule, ['advanced', null])).toBe(null);
  });
});
