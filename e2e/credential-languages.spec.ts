import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { readCertificate } from '../apps/server/src/routes/credentials/certificate-test-kit.ts';
import {
  demoEmail,
  expectInOrder,
  expectNoA11yViolations,
  screenshotPath,
  signIn,
  signUpThroughApi,
  uniqueEmail,
} from './support.ts';

/** A real 96×96 PNG in two colours: what an administrator would upload as a badge. */
function badgePng(): Buffer {
  const image = new PNG({ width: 96, height: 96 });
  for (let i = 0; i < 96 * 96; i++) {
    const inner = Math.hypot((i % 96) - 48, Math.floor(i / 96) - 48) < 40;
    image.data.set(inner ? [0x1c, 0x3d, 0x7a, 0xff] : [0xf4, 0xc4, 0x30, 0xff], i * 4);
  }
  return PNG.sync.write(image);
}

/** The row of the learner's share links whose address is `url`. */
async function linkWithAddress(page: Page, url: string): Promise<Locator> {
  const rows = page.getByTestId('share-link');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const address = row.getByRole('textbox', { name: /^Dirección de/ });
    if ((await address.count()) > 0 && (await address.inputValue()) === url) return row;
  }
  throw new Error(`no share link with the address ${url}`);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// Issue 14's first "done when": an administrator gives an achievement an image and Spanish words; a learner who
// reads Spanish earns it and sees it in Spanish, downloads the PDF (it renders; its QR code decodes to the
// verification address), shares a link and copies it again later; a signed-out visitor sees image, name, criteria,
// skills and the plain verdict first, in the visitor's own language.
test('an achievement with an image and Spanish words: earned, seen in Spanish, printed, shared and verified', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36).slice(-5);
  const english = `Budget planner ${tag}`;
  const spanish = `Planificador de presupuestos ${tag}`;
  const spanishDescription = 'Planifica un presupuesto mensual con ganancias y pérdidas.';

  // The administrator: a teacher-approved achievement (so nothing is issued to the demo learner) with Spanish words.
  await signIn(page, demoEmail('admin'));
  await page.getByRole('link', { name: 'Open achievements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Achievements and credentials' })).toBeVisible();
  await page.getByRole('button', { name: 'New achievement' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(english);
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Plans a monthly budget.');
  // A Spanish description without a Spanish name is not saved: the form says which field to fill.
  await page.getByRole('textbox', { name: 'Description in Spanish' }).fill(spanishDescription);
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('textbox', { name: 'Name in Spanish' })).toHaveAccessibleDescription(
    /Give the Spanish name too/,
  );
  await page.getByRole('textbox', { name: 'Name in Spanish' }).fill(spanish);
  const skills = page.getByRole('combobox', { name: 'Skills to master' });
  await skills.click();
  await skills.fill('add and subtract integers');
  const option = page.getByRole('option', { name: 'Add and subtract integers', exact: true });
  await expect(option).toBeVisible();
  // NOTE: see achievements-admin.spec.ts: a pointer click can land on the field's wrapper on a loaded machine.
  await option.dispatchEvent('click');
  await skills.press('Escape');
  await page.getByRole('checkbox', { name: 'Evidence a teacher approves' }).check();
  await page.getByRole('textbox', { name: 'What evidence' }).fill('a family budget for a month');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${english}”.` })).toBeVisible();

  // Its image: a PNG uploaded.
  await page.getByRole('button', { name: `Image of ${english}` }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'budget.png',
    mimeType: 'image/png',
    buffer: badgePng(),
  });
  await page.getByRole('button', { name: 'Upload image' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `The image of “${english}” is saved.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  // A learner who reads Spanish joins with a code; the administrator awards the achievement (the teacher's approval).
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const csrf = me.csrfToken as string;
  const code = await page.request.post(`/api/orgs/${orgId}/join-codes`, {
    headers: { 'x-csrf-token': csrf },
    data: { role: 'learner', maxUses: 1 },
  });
  expect(code.status()).toBe(201);
  const learnerContext = await browser.newContext({ locale: 'es-ES' });
  await learnerContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const signedUp = await signUpThroughApi(learnerContext.request, {
    email: uniqueEmail('lucia'),
    password: 'a-long-password-1',
    name: `Lucía Presupuesto ${tag}`,
    joinCode: (await code.json()).code,
    locale: 'es',
  });
  const achievements = (await (await page.request.get(`/api/orgs/${orgId}/achievements`)).json())
    .achievements as { id: string; name: string; translations: { es?: { name: string } } }[];
  const made = achievements.find((a) => a.name === english)!;
  expect(made.translations.es?.name).toBe(spanish);
  const award = await page.request.post(`/api/orgs/${orgId}/achievements/${made.id}/awards`, {
    headers: { 'x-csrf-token': csrf },
    data: { learnerId: signedUp.user.id, narrative: 'Presentó el presupuesto de su familia en clase.' },
  });
  expect(award.status(), await award.text()).toBe(201);

  // The learner sees it in Spanish: the news, the card's name and description, the badge.
  const learner = await learnerContext.newPage();
  await learner.goto('/');
  await learner.getByRole('link', { name: 'Mi expediente y compartir' }).click();
  await expect(learner.getByRole('heading', { level: 1, name: 'Mi expediente' })).toBeVisible();
  await expect(learner.getByText(`Obtuviste «${spanish}».`)).toBeVisible();
  const card = learner.getByRole('article', { name: spanish });
  await expect(card.getByText(spanishDescription)).toBeVisible();
  await expect(
    card.getByText(/^Domina «Sumar y restar enteros» \(estimación de al menos el 85 %\)/),
  ).toBeVisible();
  await expect(card.getByRole('link', { name: 'Sumar y restar enteros', exact: true })).toBeVisible();
  await expect(card.getByRole('img', { name: `Insignia de ${spanish}` })).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
  await expect(card.getByTestId('verdict')).toHaveText(/^Emitida por Pathwise Demo School/);
  await expect(learner.getByText(english)).toHaveCount(0);
  await expectNoA11yViolations(learner);
  await learner.screenshot({ path: screenshotPath('credential-languages-record-es'), fullPage: true });

  // The PDF: it renders (PDF.js reads it), in Spanish, with a QR code that decodes to the verification address.
  const [download] = await Promise.all([
    learner.waitForEvent('download'),
    card.getByRole('link', { name: `Descargar el certificado de ${spanish} (PDF)` }).click(),
  ]);
  const pdf = await readCertificate(await readFile(await download.path()));
  expect(pdf.pages).toBe(1);
  expect(String(pdf.language)).toMatch(/^es/);
  expect(pdf.text).toContain(spanish);
  expect(pdf.text).toContain(spanishDescription);
  const qr = pdf.images.map((image) => image.qr).find((decoded) => decoded !== null);
  expect(qr).toMatch(/\/verify\/share\/pws_/);
  expect(pdf.text.replace(/\s+/g, '')).toContain(qr);

  // A share link of the credential, created, then copied again later from the list of links.
  await learner.getByRole('checkbox', { name: spanish }).check();
  await learner.getByRole('textbox', { name: 'Días que funciona el enlace' }).fill('30');
  await learner.getByRole('button', { name: 'Crear el enlace' }).click();
  const url = await learner.getByRole('textbox', { name: /Enlace creado/ }).inputValue();
  expect(url).toMatch(/\/verify\/share\/pws_/);
  await learner.reload();
  const row = await linkWithAddress(learner, url);
  await row.getByRole('button', { name: /^Copiar la dirección de/ }).click();
  await expect(
    learner.getByRole('status').filter({ hasText: /^Dirección de «.+» copiada\.$/ }),
  ).toBeVisible();
  expect(await clipboard(learner)).toBe(url);

  // Signed-out visitors, one reading English and one Spanish: image, name, criteria and skills (in the reader's
  // language: the criteria worded again from the achievement's, which are still what was issued), then the plain
  // verdict, then the checks.
  const readers = [
    {
      locale: 'en-US',
      name: english,
      imageName: `Badge of ${english}`,
      criteria:
        /^Mastered "Add and subtract integers" \(estimate at least 85%\)\. Evidence approved by a teacher/,
      skill: 'Add and subtract integers',
      verdict: /^Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log\.$/,
    },
    {
      locale: 'es-ES',
      name: spanish,
      imageName: `Insignia de ${spanish}`,
      criteria:
        /^Domina «Sumar y restar enteros» \(estimación de al menos el 85 %\)\. Evidencia aprobada por un docente/,
      skill: 'Sumar y restar enteros',
      verdict:
        /^Emitida por Pathwise Demo School, no revocada, no caducada, anotada en su registro público\.$/,
    },
  ];
  for (const reader of readers) {
    const visitorContext = await browser.newContext({ locale: reader.locale });
    const visitor = await visitorContext.newPage();
    await visitor.goto(url);
    const shared = visitor.getByRole('article', { name: reader.name });
    const image = shared.getByRole('img', { name: reader.imageName });
    const criteria = shared.getByText(reader.criteria);
    const skill = shared.getByRole('link', { name: reader.skill, exact: true });
    await expectInOrder([
      shared.getByRole('heading', { name: reader.name }),
      criteria,
      skill,
      shared.getByTestId('verdict'),
    ]);
    await expect(skill).toHaveAttribute('href', '/skills/demo/alg.integers-add');
    await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await expect(shared.getByTestId('verdict')).toHaveText(reader.verdict);
    await expectNoA11yViolations(visitor);
    await visitor.screenshot({
      path: screenshotPath(`credential-languages-visitor-${reader.locale}`),
      fullPage: true,
    });
    await visitorContext.close();
  }
  await learnerContext.close();
});
