import { type Browser, expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  demoEmail,
  expectNoA11yViolations,
  screenshotPath,
  signIn,
  signUpThroughApi,
  uniqueEmail,
} from './support.ts';

/** A learner of the demo organization made for this test, holding one credential with a generated badge. */
interface ProfileLearner {
  email: string;
  password: string;
  achievementName: string;
}

/**
 * The demo administrator (through the API) makes an achievement with a generated badge design, a join code for a
 * new learner, and awards the achievement to that learner: the demo learner's own record, which other tests read,
 * stays as it is.
 */
async function learnerWithBadge(browser: Browser, tag: string): Promise<ProfileLearner> {
  const adminContext = await browser.newContext();
  const admin = adminContext.request;
  const signedIn = await admin.post('/api/auth/sign-in', {
    data: { email: demoEmail('admin'), password: DEMO_PASSWORD },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const me = await signedIn.json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const headers = { 'x-csrf-token': me.csrfToken as string };
  const achievementName = `Presenting solutions ${tag}`;
  const achievement = await admin.post(`/api/orgs/${orgId}/achievements`, {
    headers,
    data: {
      name: achievementName,
      description: 'Presents a worked solution to the class, step by step.',
      criteria: { evidence: { required: true } },
    },
  });
  expect(achievement.status(), await achievement.text()).toBe(201);
  const achievementId = (await achievement.json()).id as string;
  const design = await admin.put(`/api/orgs/${orgId}/achievements/${achievementId}/image/design`, {
    headers,
    data: {},
  });
  expect(design.status(), await design.text()).toBe(200);
  const code = await admin.post(`/api/orgs/${orgId}/join-codes`, {
    headers,
    data: { role: 'learner', maxUses: 1 },
  });
  expect(code.status(), await code.text()).toBe(201);
  const learner = { email: uniqueEmail('pia'), password: 'a-long-password-1', achievementName };
  const learnerContext = await browser.newContext();
  const signedUp = await signUpThroughApi(learnerContext.request, {
    email: learner.email,
    password: learner.password,
    name: `Pia Profilova ${tag}`,
    joinCode: (await code.json()).code,
  });
  await learnerContext.close();
  const award = await admin.post(`/api/orgs/${orgId}/achievements/${achievementId}/awards`, {
    headers,
    data: { learnerId: signedUp.user.id, narrative: 'Explained the solution of a system to the class.' },
  });
  expect(award.status(), await award.text()).toBe(201);
  await adminContext.close();
  return learner;
}

test('a learner turns on a public profile with a chosen credential; a signed-out visitor sees it verified until the learner turns it off', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const tag = Date.now().toString(36);
  const learner = await learnerWithBadge(browser, tag);
  const shownName = `Pia P. ${tag}`;

  // The learner turns the profile on, chooses a name, a headline and the credential, and copies the address.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, learner.email, learner.password);
  await page.goto('/o/demo/record');
  const section = page.getByRole('region', { name: 'Public profile' });
  // NOTE: the section loads after the record, which a loaded machine can take seconds to answer.
  await expect(section.getByTestId('public-profile-state')).toHaveText(
    'Off: there is no public page about you.',
    { timeout: 30_000 },
  );
  await section.getByRole('button', { name: 'Change my public profile' }).click();
  const toggle = section.getByRole('switch', { name: 'Anyone with the address can see my public profile' });
  await expect(toggle).toBeFocused();
  await toggle.check();
  await section.getByRole('radio', { name: 'Another name' }).check();
  await section.getByRole('textbox', { name: 'Name to show' }).fill(shownName);
  await section.getByRole('textbox', { name: 'Headline (optional)' }).fill('Explains maths out loud');
  await section.getByRole('checkbox', { name: learner.achievementName }).check();
  await expectNoA11yViolations(page);
  await section.getByRole('button', { name: 'Save public profile' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved: your public profile shows 1 credential.');
  await expect(section.getByTestId('public-profile-state')).toHaveText(
    'On: your public page shows 1 credential.',
  );
  const url = await section.getByRole('textbox', { name: 'Address of my public profile' }).inputValue();
  expect(url).toMatch(/\/profile\/[A-Za-z0-9_-]{22}$/);
  await section.getByRole('button', { name: 'Copy the address of my public profile' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied the address of your public profile.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expectNoA11yViolations(page);
  await section.screenshot({ path: screenshotPath('public-profile-settings') });

  // A signed-out visitor opens it: the name, the headline, the issuer, the badge and a verdict checked now.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const opened = await visitor.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1, name: shownName })).toBeVisible();
  await expect(visitor.getByText('Explains maths out loud')).toBeVisible();
  await expect(visitor.getByText('Credentials issued by Pathwise Demo School')).toBeVisible();
  const credential = visitor.getByRole('article', { name: learner.achievementName });
  await expect(credential.getByRole('heading', { level: 3, name: learner.achievementName })).toBeVisible();
  await expect(credential).toContainText('Presents a worked solution to the class, step by step.');
  const badge = credential.getByRole('img', { name: `Badge: ${learner.achievementName}` });
  await expect(badge).toBeVisible();
  expect(await badge.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  // Shown through <img> only, never inline: nothing in an SVG badge runs on the page.
  await expect(badge).toHaveJSProperty('tagName', 'IMG');
  const verdict = credential.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'verified');
  await expect(verdict).toContainText('Pathwise Demo School');
  await expect(visitor.getByTestId('profile-credential')).toHaveCount(1);
  await expect(visitor.locator('body')).not.toContainText(learner.email);
  await expect(visitor.locator('body')).not.toContainText('Pia Profilova');
  await expectNoA11yViolations(visitor);
  await visitor.screenshot({ path: screenshotPath('public-profile'), fullPage: true });

  // The learner turns it off: the visitor, opening the address again, gets the not-found page (and a 404).
  await section.getByRole('button', { name: 'Change my public profile' }).click();
  await toggle.uncheck();
  await section.getByRole('button', { name: 'Save public profile' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved: your public profile is off.');
  await expect(section.getByRole('textbox', { name: 'Address of my public profile' })).toHaveCount(0);
  const closed = await visitor.reload();
  expect(closed?.status()).toBe(404);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(visitor.getByText(shownName)).toHaveCount(0);
  await expectNoA11yViolations(visitor);
  await visitorContext.close();
});
