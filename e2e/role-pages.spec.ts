import { expect, type Page, test } from '@playwright/test';
import { type DemoRole, demoEmail, expectNoA11yViolations, signIn } from './support.ts';

/**
 * Issue 9: a signed-in person who opens an address outside their role gets a page that says so, with a link to
 * their home, never a blank one. Every role page of the web app, as each demo role: either the page itself (a
 * main with its heading) or the "not available to your role" page; axe clean either way.
 */
const ROLES: DemoRole[] = ['learner', 'teacher', 'admin', 'employer'];

/** The role pages and who may open them (written here from the product's rules, not read from the app). */
const PAGES: { path: (ids: Ids) => string; roles: DemoRole[] }[] = [
  { path: () => '/o/demo/learn/algebra-foundations', roles: ['learner'] },
  // NOTE: a pathway that does not exist, so that opening the page starts no placement or practice for the demo
  // learner (other tests read their record); the page still shows itself, with the refusal of the server.
  { path: () => '/o/demo/learn/no-such-pathway/placement', roles: ['learner'] },
  { path: () => '/o/demo/learn/no-such-pathway/practice', roles: ['learner'] },
  { path: () => '/o/demo/learning', roles: ['learner'] },
  { path: () => '/o/demo/record', roles: ['learner'] },
  { path: () => '/o/demo/classes', roles: ['teacher', 'admin'] },
  { path: (ids) => `/o/demo/classes/${ids.classId}`, roles: ['teacher', 'admin'] },
  { path: (ids) => `/o/demo/classes/${ids.classId}/learners/${ids.learnerId}`, roles: ['teacher', 'admin'] },
  { path: () => '/o/demo/award', roles: ['teacher', 'admin'] },
  { path: () => '/o/demo/items', roles: ['teacher', 'admin'] },
  { path: () => '/o/demo/program', roles: ['admin'] },
  { path: () => '/o/demo/achievements', roles: ['admin'] },
  { path: () => '/o/demo/framework', roles: ['admin'] },
  { path: () => '/o/demo/match', roles: ['employer', 'admin'] },
  { path: () => '/o/demo/candidates', roles: ['employer'] },
];

interface Ids {
  classId: string;
  learnerId: string;
}

/** A class of the demo teacher (made here: the demo cohort's classes come later, from a background job). */
async function demoIds(page: Page): Promise<Ids> {
  await signIn(page, demoEmail('teacher'));
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const res = await page.request.post(`/api/orgs/${orgId}/classes`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { name: `Role pages ${Date.now().toString(36)}` },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { classId: (await res.json()).id, learnerId: me.user.id };
}

let ids: Ids;
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  ids = await demoIds(await context.newPage());
  await context.close();
});

for (const role of ROLES) {
  test(`the demo ${role} opens every role page: the page or "not available to your role", never a blank one; axe clean`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, demoEmail(role));
    for (const p of PAGES) {
      const path = p.path(ids);
      await page.goto(path);
      const main = page.getByRole('main');
      const heading = main.getByRole('heading', { level: 1 });
      await expect(heading, `${path} as ${role}`).toBeVisible({ timeout: 30_000 });
      await expect(heading, `${path} as ${role}`).not.toHaveText(/^\s*$/);
      await expect(heading, `${path} as ${role}`).not.toHaveText('Page not found');
      if (p.roles.includes(role)) {
        await expect(heading, `${path} as ${role}`).not.toHaveText('Not available to your role');
      } else {
        await expect(heading, `${path} as ${role}`).toHaveText('Not available to your role');
        await expect(
          main.getByText(/^This page is for: .+\. Your role in Pathwise Demo School is /),
        ).toBeVisible();
        await expect(main.getByRole('link', { name: 'Go to your home' })).toHaveAttribute(
          'href',
          `/o/demo/${role}`,
        );
      }
      await expectNoA11yViolations(page);
    }
  });
}

test('the "not available" page names the roles the page is for, and its link leads home', async ({
  page,
}) => {
  await signIn(page, demoEmail('learner'));
  await page.goto('/o/demo/classes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available to your role');
  await expect(page.getByRole('main')).toContainText(
    'This page is for: Teacher, Administrator. Your role in Pathwise Demo School is Learner',
  );
  await page.getByRole('link', { name: 'Go to your home' }).click();
  await expect(page).toHaveURL('/o/demo/learner');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Lucía');
});
