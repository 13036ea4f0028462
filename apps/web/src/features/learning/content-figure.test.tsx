import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { buildMe, renderAt } from '../../test/render-page.tsx';
import { decodeFigure } from './content-figure.tsx';
import { MathText } from './math-text.tsx';

const SHA = '2a0a623697335643b89f46589c83889b88f36b5be992ae27d03db2ca60e81736';
/** The reference the importer writes for figure `n` (hex digits as letters a–p). */
const marker = (sha: string, n: number) =>
  `[[figure:${[...(n.toString(16).padStart(2, '0') + sha)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('')}]]`;

const at = (text: string) =>
  renderAt(
    '/o/demo/learn/p/practice',
    <Route path="/o/:orgSlug/learn/:pathwayId/practice" element={<MathText text={text} />} />,
    buildMe('learner'),
  );

describe('figures in content text', () => {
  afterEach(() => applyLocale('en'));

  it('decodes the number and hash of a reference', () => {
    expect(decodeFigure(marker(SHA, 2).slice(9, -2))).toEqual({ ordinal: 2, sha256: SHA });
  });

  it('shows the organization’s figure as an image with its number as alt text, math around it intact', () => {
    at(`Refer to the image for $x + 1$.\n${marker(SHA, 2)} Then go on.`);
    const img = screen.getByRole('img', { name: 'Figure 2 of the problem' });
    expect(img.getAttribute('src')).toBe(`/api/orgs/00000000-0000-4000-8000-0000000000aa/figures/${SHA}`);
    expect(screen.getByText(/Then go on/)).toBeTruthy();
    expect(document.querySelector('.pw-math')).toBeTruthy();
  });

  it('says the alt text in Spanish', () => {
    applyLocale('es');
    at(marker(SHA, 1));
    expect(screen.getByRole('img', { name: 'Figura 1 del problema' })).toBeTruthy();
  });
});
