import { readFileSync } from 'node:fs';
import { itemFamilies } from '@pathwise/core/content';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { sharedDataPath } from '../scripts/shared-data.ts';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn, uniqueEmail } from './support.ts';

const OATUTOR = `${sharedDataPath('oatutor-elementary-algebra')}/`;
const lines = readFileSync(`${OATUTOR}problems.jsonl`, 'utf8').split('\n');
// Record 702: LaTeX and a figure in its text, four steps with two hints each; record 31: LaTeX, no figure.
const GRAPH = lines[701]!;
const EVALUATE = lines[30]!;
const GRAPH_TITLE = 'Relationship between the Solutions of an Equation and its Graph';

/** Imports OATutor records with their figure files through the API and waits for the run to finish. */
async function importOatutor(request: APIRequestContext, orgId: string, records: string[]) {
  const csrf = ((await (await request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
  const files = records.flatMap((r) => Object.values(JSON.parse(r).figures ?? {}) as string[]);
  const figures = files.map((path) => ({
    name: path.split('/')[1]!,
    data: readFileSync(`${OATUTOR}${path}`).toString('base64'),
  }));
  const started = await request.post(`/api/orgs/${orgId}/imports`, {
    headers: { 'x-csrf-token': csrf },
    data: { format: 'oatutor', problems: records.join('\n'), figures },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/orgs/${orgId}/imports/${id}`)).json()) as { status: string }).status,
      {
        timeout: 60_000,
      },
    )
    .toBe('done');
}

test('an admin imports OATutor problems and finds them in the item bank: counts, source filter, LaTeX and figure, steps and hints', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // NOTE: on a fresh server the demo's background jobs may hold the embedded database for a while at first.
  await page.goto('/sign-up');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible({ timeout: 150_000 });
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bea Bank');
  await page.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('bea'));
  await page.getByRole('textbox', { name: 'Password' }).fill('a-long-password-1');
  await page.getByRole('radio', { name: 'I run a school or organization' }).check();
  await page.getByRole('textbox', { name: 'Name of your school or organization' }).fill('Item Bank Academy');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/o\/item-bank-academy[\w-]*\/admin$/, { timeout: 150_000 });
  const slug = /\/o\/([\w-]+)\/admin$/.exec(page.url())![1]!;
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === slug).orgId as string;
  await importOatutor(page.request, orgId, [GRAPH, EVALUATE]);

  // From the administrator's home to the bank: the count says the import landed.
  await page.getByRole('link', { name: 'Open the item bank' }).click();
  await expect(page).toHaveURL(`/o/${slug}/items`);
  await expect(page.getByRole('heading', { level: 1, name: 'Item bank' })).toBeVisible();
  await expect(page.getByTestId('item-bank-counts')).toContainText('OATutor (Elementary Algebra): 2 items');

  await page
    .getByRole('combobox', { name: 'Source' })
    .selectOption({ label: 'OATutor (Elementary Algebra)' });
  await expect(page).toHaveURL(`/o/${slug}/items?source=oatutor`);
  const table = page.getByRole('table', { name: 'Stored items: 1–2 of 2' });
  await expect(table).toBeVisible();
  const row = table.getByRole('row', { name: new RegExp(GRAPH_TITLE) });
  await expect(row).toContainText('OATutor: OpenStax Elementary Algebra (CC BY 4.0 licence)');
  // The problem's LaTeX is typeset and its figure is served and drawn.
  await expect(row.locator('.katex').first()).toBeVisible();
  const figure = row.getByRole('img', { name: 'Figure 1 of the problem' });
  await expect(figure).toBeVisible();
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(row.getByRole('cell').nth(2)).toHaveText('4');
  await expect(page.getByText(/Problems adapted from Elementary Algebra 2e/)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('item-bank-list'), fullPage: true });

  // Words narrow the list.
  await page.getByRole('searchbox', { name: 'Search the problem text' }).fill('evaluate');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Stored items: 1–1 of 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page
    .getByRole('combobox', { name: 'Source' })
    .selectOption({ label: 'OATutor (Elementary Algebra)' });

  // Open the item: its steps with their answers and hints, in a dialog that gives focus back when closed.
  const open = page.getByRole('button', { name: `Open the item ${GRAPH_TITLE}` });
  await open.click();
  const dialog = page.getByRole('dialog', { name: GRAPH_TITLE });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Step 1 of 4' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Step 4 of 4' })).toBeVisible();
  const first = dialog.getByRole('region', { name: 'Step 1 of 4' });
  await expect(first).toContainText('Answer:');
  await expect(first.getByRole('list').first().getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByRole('img', { name: 'Figure 1 of the problem' })).toBeVisible();
  await expect(dialog).toContainText('Attribution:');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('item-bank-item'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('the demo teacher sees the demo item families and opens a sample item with its answers', async ({
  page,
}) => {
  test.setTimeout(200_000);
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(page, demoEmail('teacher'));
  await page.goto('/o/demo/items?source=demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Item bank' })).toBeVisible();
  await expect(page.getByTestId('item-bank-counts')).toContainText(
    `Pathwise demo (generated): ${itemFamilies.length} item families`,
  );
  // The demo source lists only the families: no stored items table.
  await expect(page.getByRole('table', { name: /^Stored items/ })).toHaveCount(0);
  const families = page.getByRole('table', { name: `Demo item families (${itemFamilies.length})` });
  await expect(families.getByRole('row')).toHaveCount(itemFamilies.length + 1);
  await families.getByRole('button', { name: 'See a sample item of Find the slope from two points' }).click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText('A sample item generated by this family; each learner gets new numbers.'),
  ).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Step 1 of \d+$/ })).toBeVisible();
  await expect(dialog.getByText('Answer:').first()).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Hints' }).first()).toBeVisible();
  await expectNoA11yViolations(page);
});
