import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render-page.tsx';
import { SignUpPage } from './sign-up-page.tsx';

const routes = <Route path="/sign-up" element={<SignUpPage />} />;

describe('sign-up page', () => {
  it('a learner may give a join code, filled in from ?code=', () => {
    renderAt('/sign-up?code=ABCD1234', routes);
    expect(screen.getByRole('radio', { name: /I want to learn/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: /Join code/ })).toHaveProperty('value', 'ABCD1234');
  });

  it('running a school asks for its name instead of a code', () => {
    renderAt('/sign-up', routes);
    fireEvent.click(screen.getByRole('radio', { name: /I run a school or organization/ }));
    expect(screen.queryByRole('textbox', { name: /Join code/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: /Name of your school or organization/ })).toBeTruthy();
  });

  it('hiring needs neither', () => {
    renderAt('/sign-up', routes);
    fireEvent.click(screen.getByRole('radio', { name: /I hire or check skills/ }));
    expect(screen.queryByRole('textbox', { name: /Join code/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Name of your school/ })).toBeNull();
  });

  it('a short password is refused before anything is sent', () => {
    renderAt('/sign-up', routes);
    fireEvent.change(screen.getByRole('textbox', { name: /Your name/ }), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Email/ }), {
      target: { value: 'ana@example.org' },
    });
    fireEvent.change(screen.getByLabelText(/^Password/, { selector: 'input' }), {
      target: { value: 'short' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
    expect(screen.queryByText('Fill in this field.')).toBeNull();
  });

  it('a password of ten spaces is refused before anything is sent, saying why', () => {
    renderAt('/sign-up', routes);
    fireEvent.change(screen.getByRole('textbox', { name: /Your name/ }), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Email/ }), {
      target: { value: 'ana@example.org' },
    });
    fireEvent.change(screen.getByLabelText(/^Password/, { selector: 'input' }), {
      target: { value: ' '.repeat(10) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText('A password of spaces only is not accepted.')).toBeTruthy();
  });
});
