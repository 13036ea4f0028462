import { expect, test } from '@playwright/test';
import { rightAnswer } from './learning-answers.ts';
import { answerStep, currentStep, practiseUntilEarned, takePlacement } from './learning-support.ts';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn, uniqueEmail } from './support.ts';

const BADGE = 'Adding integers';

test('a badge the administrator revokes stays revoked while the learner keeps answering; only a re-award brings it back', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const learnerName = `Rae Revoked ${Date.now().toString(36).slice(-5)}`;
  // A learner made for this test (through the API: a join code of the demo school, then sign-up and sign-in).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demoEmail('admin'));
  const me = await (await admin.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const code = await admin.request.post(`/api/orgs/${orgId}/join-codes`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { role: 'learner', maxUses: 1 },
  });
  expect(code.status(), await code.text()).toBe(201);
  const email = uniqueEmail('rae');
  const joinCode = (await code.json()).code as string;
  const signUpContext = await browser.newContext();
  const signedUp = await signUpContext.request.post('/api/auth/sign-up', {
    data: { email, password: 'a-long-password-1', name: learnerName, joinCode },
  });
  expect([201, 202], await signedUp.text()).toContain(signedUp.status());
  await signUpContext.close();
  await signIn(page, email, 'a-long-password-1');
  await expect(page).toHaveURL('/o/demo/learner');

  // Placement credits adding and multiplying integers: their badges issue.
  await page
    .getByRole('article', { name: 'Algebra foundations' })
    .getByRole('button', { name: 'Start' })
    .click();
  await takePlacement(page, ['alg.integers-add', 'alg.integers-multiply']);
  await expect(
    page.getByTestId('credential-notice').getByRole('listitem').filter({ hasText: BADGE }),
  ).toHaveCount(1);

  // The demo administrator revokes the learner's badge on the achievements page; the dialog states the rule.
  await admin.goto('/o/demo/achievements');
  await admin.getByRole('tab', { name: 'Issued credentials' }).click();
  const mine = admin.getByTestId('issued-credential').filter({ hasText: learnerName });
  await expect(mine.filter({ hasText: BADGE })).toHaveCount(1);
  await admin.getByRole('button', { name: `Revoke ${BADGE} of ${learnerName}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Revoke “${BADGE}”?` });
  await expect(dialog).toContainText('It is not issued to them again unless an administrator re-awards it.');
  await expect(dialog).toContainText('Certificates that stack on it are revoked with it');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('placement taken by someone else');
  await dialog.getByRole('button', { name: 'Revoke credential' }).click();
  await expect(dialog).toBeHidden();
  await expect(mine.filter({ hasText: BADGE })).toContainText(/Revoked .+: placement taken by someone else/);
  await expect(admin.getByRole('button', { name: `Re-award ${BADGE} to ${learnerName}` })).toBeVisible();
  await expectNoA11yViolations(admin);

  // The learner keeps answering: the order of operations is mastered and its badge issues; the revoked badge
  // does not come back (before, that same answer issued a new active copy of it).
  await page.getByRole('link', { name: 'Start practising' }).click();
  await expect(page.locator('[data-practice-skill]')).toHaveText('Order of operations');
  const earned = await practiseUntilEarned(page);
  expect(earned.map((c) => c.achievementName)).toContain('Order of operations');
  expect(earned.map((c) => c.achievementName)).not.toContain(BADGE);
  // One more item on the mastered skill: each answer re-evaluates the criteria.
  await page.getByRole('button', { name: 'Next problem' }).click();
  for (let s = 0; s < 8; s++) {
    const { step } = await currentStep(page);
    const verdict = await answerStep(page, rightAnswer(step.answer));
    expect(verdict.credentials.map((c) => c.achievementName)).not.toContain(BADGE);
    if (verdict.itemDone) break;
  }

  // My record: the badge once, revoked, saying why and that practice will not issue it again.
  await page.goto('/o/demo/record');
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  const badge = page.getByTestId('credential').filter({ hasText: BADGE });
  await expect(badge).toHaveCount(1);
  await expect(badge).toContainText('Revoked');
  await expect(badge).toContainText(
    'Revoked: placement taken by someone else. It is not issued to you again by practice; only an administrator can re-award it.',
  );
  // The record says it as a visitor would: what it certifies, then the verdict in words.
  const revokedCard = page.getByRole('article', { name: BADGE });
  await expect(revokedCard.getByTestId('verdict')).toHaveText(
    /^This credential was revoked by its issuer on [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/,
  );
  await expect(page.getByRole('article', { name: 'Order of operations' }).getByTestId('verdict')).toHaveText(
    'Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log.',
  );
  await expect(page.getByTestId('credential').filter({ hasText: 'Order of operations' })).toHaveCount(1);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('revocation-final-record'), fullPage: true });

  // The administrator's list still has one (revoked) copy; the administrator re-awards it explicitly.
  await admin.reload();
  await admin.getByRole('tab', { name: 'Issued credentials' }).click();
  await expect(mine.filter({ hasText: BADGE })).toHaveCount(1);
  await admin.getByRole('button', { name: `Re-award ${BADGE} to ${learnerName}` }).click();
  const reissue = admin.getByRole('dialog', { name: `Re-award “${BADGE}”?` });
  await expect(reissue.getByRole('textbox', { name: 'Why it is re-awarded' })).toBeFocused();
  await expectNoA11yViolations(admin);
  await reissue.getByRole('textbox', { name: 'Why it is re-awarded' }).fill('the learner retook it in class');
  await reissue.getByRole('button', { name: 'Re-award credential' }).click();
  await expect(reissue).toBeHidden();
  await expect(
    admin.getByRole('status').filter({ hasText: `“${BADGE}” is re-awarded to ${learnerName}.` }),
  ).toBeVisible();
  await expect(mine.filter({ hasText: BADGE })).toHaveCount(2);
  await expect(mine.filter({ hasText: BADGE }).filter({ hasText: 'Active' })).toHaveCount(1);
  await expect(admin.getByRole('button', { name: `Re-award ${BADGE} to ${learnerName}` })).toHaveCount(0);
  await expectNoA11yViolations(admin);
  await adminContext.close();

  await page.reload();
  await expect(page.getByTestId('credential').filter({ hasText: BADGE })).toHaveCount(2);
});
