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
  await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible();
  const verdict = page.getByRole('status').filter({ hasText: /Signature valid, issuer unknown/ });
  await expect(verdict).toBeVisible();
  await expect(verdict).toHaveAttribute('data-verdict', 'unknown_issuer');
  await expect(page.getByText('Verified: every check passed.')).toHaveCount(0);
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  const known = page.locator('[data-check="issuer-known"]');
  await expect(known).toHaveAttribute('data-ok', 'false');
  await expect(known).toContainText('Known issuer: failed');
  await expect(known).toContainText(`"Pathwise Demo School" is only the credential's own claim`);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('verify-unknown-issuer'), fullPage: true });

  // In Spanish: the result is said again in Spanish.
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Firma válida, emisor desconocido/ }),
  ).toBeVisible();
  await expect(known).toContainText('Emisor conocido: fallida');
  await expectNoA11yViolations(page);
});
