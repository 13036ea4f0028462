import { writeFile } from 'node:fs/promises';
import {
  buildOpenBadgeCredential,
  createDocumentLoader,
  generateIssuerKey,
  signCredential,
} from '@pathwise/open-badges';
import { sampleBadgeInput } from '@pathwise/open-badges/testing';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, screenshotPath } from './support.ts';

test("a credential signed with an outsider's own key in the demo school's name is not shown as verified", async ({
  page,
}) => {
  // Made the way anyone could: a did:key of one's own, the demo school's name written in as the issuer.
  const key = await generateIssuerKey();
  const input = sampleBadgeInput(key.controller, 0, 'https://outsider.example/status/1');
  const unsigned = buildOpenBadgeCredential({
    ...input,
    issuer: { id: key.controller, name: 'Pathwise Demo School' },
    status: undefined,
  });
  const forged = await signCredential(unsigned, {
    key,
    documentLoader: createDocumentLoader(),
    created: new Date(Date.now() - 60_000),
  });
  const path = test.info().outputPath('self-made.json');
  await writeFile(path, JSON.stringify(forged));

  await page.goto('/verify');
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Verify' }).click();
  // NOTE: the first verification starts the server's verifier thread: seconds on a loaded machine.
  await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible({ timeout: 30_000 });
  // What it claims to be, first: the issuer's name only as its own claim, with no link; skills elsewhere as text.
  await expect(page.getByRole('heading', { level: 3, name: 'Linear equations' })).toBeVisible();
  await expect(page.locator('dt:text-is("Issued by") + dd')).toHaveText(
    'Pathwise Demo School (its own claim: nobody this site trusts vouches for it)',
  );
  const card = page.getByRole('article', { name: 'Linear equations' });
  await expect(card.getByTestId('credential-skills')).toContainText(
    'Solve one-step equations (https://pathwise.example/skills/one-step)',
  );
  await expect(card.getByRole('link', { name: /Solve/ })).toHaveCount(0);
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveText(
    'The signature is valid, but nobody this site trusts vouches for the issuer: the name “Pathwise Demo School” is only the credential’s own claim, and anyone can make a key and sign in any name.',
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'unknown_issuer');
  await expect(page.getByText(/^Issued by .*not revoked/)).toHaveCount(0);
  await page.getByText(/^How this was checked/).click();
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  const known = page.locator('[data-check="issuer-known"]');
  await expect(known).toHaveAttribute('data-ok', 'false');
  await expect(known).toContainText('Issuer known here: failed');
  await expect(known).toContainText(`"Pathwise Demo School" is only the credential's own claim`);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('verify-unknown-issuer'), fullPage: true });

  // In Spanish: the result is said again in Spanish.
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(verdict).toContainText(
    'La firma es válida, pero nadie de confianza para este sitio respalda al emisor',
  );
  await expect(known).toContainText('Emisor conocido aquí: fallida');
  await expectNoA11yViolations(page);
});
