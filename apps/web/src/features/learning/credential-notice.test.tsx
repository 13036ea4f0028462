import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CredentialNotice } from './credential-notice.tsx';
import { renderLearning } from './test-render.tsx';

describe('CredentialNotice', () => {
  it('keeps an empty status region until something is earned', () => {
    renderLearning(<CredentialNotice credentials={[]} orgSlug="demo" />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('names every credential earned and links to the record', () => {
    renderLearning(
      <CredentialNotice
        credentials={[
          { id: '1', achievementName: 'Order of operations' },
          { id: '2', achievementName: 'Integer Skills Certificate' },
        ]}
        orgSlug="demo"
      />,
    );
    const notice = screen.getByRole('status');
    expect(within(notice).getByText('You earned 2 credentials')).toBeTruthy();
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Order of operations', 'Integer Skills Certificate']);
    expect(
      within(notice).getByRole('link', { name: 'Open My record to download or share' }).getAttribute('href'),
    ).toBe('/o/demo/record');
  });
});
