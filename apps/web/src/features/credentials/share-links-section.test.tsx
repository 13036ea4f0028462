import { MantineProvider } from '@mantine/core';
import type { ShareLinkSummary } from '@pathwise/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../theme.ts';
import { ShareLinksSection } from './share-links-section.tsx';

const URL_OF_LIVE = 'https://pathwise.example/verify/share/pws_live-token';

function link(overrides: Partial<ShareLinkSummary>): ShareLinkSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    label: 'Job fair',
    credentialIds: ['a', 'b'],
    createdAt: '2026-05-01T10:00:00.000Z',
    expiresAt: '2026-06-01T10:00:00.000Z',
    revokedAt: null,
    state: 'active',
    views: 3,
    url: URL_OF_LIVE,
    ...overrides,
  };
}

const links: ShareLinkSummary[] = [
  link({}),
  link({ id: '2', label: 'Old link', url: null }),
  link({ id: '3', label: 'Withdrawn', state: 'revoked', revokedAt: '2026-05-02T10:00:00.000Z', url: null }),
  link({ id: '4', label: 'Past', state: 'expired', url: null }),
];

function renderSection(handlers: Partial<Parameters<typeof ShareLinksSection>[0]> = {}) {
  const onRename = vi.fn(async () => {});
  const onRevoke = vi.fn(async () => {});
  render(
    <MantineProvider theme={theme}>
      <ShareLinksSection links={links} onRename={onRename} onRevoke={onRevoke} {...handlers} />
    </MantineProvider>,
  );
  return { onRename, onRevoke };
}

const item = (name: string) => screen.getByRole('article', { name });

describe('the share links list', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await i18next.changeLanguage('en');
  });

  it('shows the address and Copy only on live links the server can give back', () => {
    renderSection();
    const live = item('Job fair');
    expect(
      (within(live).getByRole('textbox', { name: 'Address of Job fair' }) as HTMLInputElement).value,
    ).toBe(URL_OF_LIVE);
    expect(within(live).getByRole('textbox', { name: 'Address of Job fair' }).hasAttribute('readonly')).toBe(
      true,
    );
    expect(within(live).getByRole('button', { name: 'Copy the address of Job fair' })).toBeTruthy();
    expect(within(item('Old link')).queryByRole('button', { name: /^Copy/ })).toBeNull();
    expect(within(item('Old link')).getByText(/made before links could be copied again/)).toBeTruthy();
    for (const name of ['Withdrawn', 'Past']) {
      expect(within(item(name)).queryByRole('textbox')).toBeNull();
      expect(within(item(name)).queryByRole('button', { name: /^Copy|^Revoke/ })).toBeNull();
      expect(within(item(name)).queryByText(/made before/)).toBeNull();
    }
  });

  it('copies the address again and says "Copied" in a live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderSection();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Copy the address of Job fair' }));
    expect(writeText).toHaveBeenCalledWith(URL_OF_LIVE);
    expect(status.textContent).toBe('Copied the address of “Job fair”.');
    expect(within(item('Job fair')).getByRole('button', { name: /Copy the address/ }).textContent).toBe(
      'Copied',
    );
  });

  it('says so when the clipboard refuses, and the field stays to copy by hand', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderSection();
    await user.click(screen.getByRole('button', { name: 'Copy the address of Job fair' }));
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
  });

  it('renames: checks the name first, saves it trimmed, announces it and gives the focus back', async () => {
    const user = userEvent.setup();
    const { onRename } = renderSection();
    const open = screen.getByRole('button', { name: 'Rename link Job fair' });
    await user.click(open);
    const field = screen.getByRole('textbox', { name: /New name for Job fair/ });
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(screen.getByText('Fill in this field.')).toBeTruthy();
    await user.paste('x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(screen.getByText('Use at most 100 characters.')).toBeTruthy();
    expect(onRename).not.toHaveBeenCalled();
    await user.clear(field);
    await user.paste('  Spring applications  ');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(onRename).toHaveBeenCalledWith(links[0]?.id, 'Spring applications');
    expect(screen.getByRole('status').textContent).toBe('Renamed to “Spring applications”.');
    expect(screen.queryByRole('textbox', { name: /New name/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename link Job fair' }));
  });

  it('speaks Spanish', async () => {
    await i18next.changeLanguage('es');
    renderSection();
    expect(screen.getByRole('button', { name: 'Copiar la dirección de Job fair' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cambiar el nombre del enlace Job fair' })).toBeTruthy();
    expect(screen.getByText(/se creó antes de que los enlaces pudieran copiarse/)).toBeTruthy();
  });
});
