import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type Download,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { signUpWithCode } from './learning-support.ts';
import { demoEmail, signIn } from './support.ts';

/** The demo pathway's name, as the class form and the assignment form list it. */
export const DEMO_PATHWAY = 'Algebra foundations';

/** A class of the demo teacher with one new learner in it, made through the pages. */
export interface ClassWithLearner {
  className: string;
  classId: string;
  learnerName: string;
  /** The new learner, signed in on their home in their own browser context. */
  learner: Page;
  learnerContext: BrowserContext;
}

/** A day `offset` days from today as a date input's `YYYY-MM-DD`, in the browser's (and this process's) time zone. */
export function dayFromToday(offset: number): string {
  const at = new Date();
  at.setDate(at.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Picks an option of a Mantine select or multi-select (inside `scope`, the page by default) by typing part of it. */
export async function choose(
  page: Page,
  label: string,
  search: string,
  option: string | RegExp,
  scope: Page | Locator = page,
) {
  const input = scope.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Signs the demo teacher in on `page`, creates a class on the demo pathway and its class code on the classes page,
 * and signs a new learner up with the code in another browser context.
 */
export async function teacherClassWithLearner(
  page: Page,
  browser: Browser,
  prefix: string,
): Promise<ClassWithLearner> {
  const tag = `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`;
  const className = `${prefix} ${tag}`;
  const learnerName = `Lena ${prefix} ${tag}`;
  // NOTE: on a fresh server the demo's background jobs may hold the embedded database for a while at first.
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(page, demoEmail('teacher'));
  await page.goto('/o/demo/classes');
  await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Class name' }).fill(className);
  const pathway = page.getByRole('combobox', { name: 'Pathway' });
  await expect(pathway.getByRole('option', { name: DEMO_PATHWAY })).toBeAttached();
  await pathway.selectOption({ label: DEMO_PATHWAY });
  await page.getByRole('button', { name: 'Create class', exact: true }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: className }) });
  await expect(card.getByText('Learners: 0')).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: `Create class code: ${className}` }).click();
  const codeField = card.getByRole('textbox', { name: `Class code: ${className}` });
  await expect(codeField).toHaveValue(/^[A-Z0-9]{8}$/, { timeout: 60_000 });
  const code = await codeField.inputValue();
  const href = await card.getByRole('link', { name: `Open dashboard: ${className}` }).getAttribute('href');
  const classId = /\/classes\/([^/?#]+)$/.exec(href ?? '')?.[1];
  if (!classId) throw new Error(`no class id in ${href}`);

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signUpWithCode(learner, code, learnerName);
  return { className, classId, learnerName, learner, learnerContext };
}

/** Opens the class's dashboard from the classes page, as a teacher does. */
export async function openClassDashboard(page: Page, className: string): Promise<void> {
  await page.goto('/o/demo/classes');
  await page.getByRole('link', { name: `Open dashboard: ${className}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible({ timeout: 60_000 });
}

/** Opens the class's gradebook from its dashboard, as a teacher does. */
export async function openGradebook(page: Page, className: string): Promise<void> {
  await openClassDashboard(page, className);
  await page.getByRole('link', { name: 'Gradebook and assignments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gradebook: ${className}` })).toBeVisible({
    timeout: 60_000,
  });
}

const ASSIGNMENT_KINDS = ['A pathway', 'Skills', 'Lesson', 'Project', 'A set of items'] as const;

/**
 * Chooses the kind of a new assignment on a freshly opened gradebook page (where "A pathway" is chosen). The kind is
 * a segmented control (native radios, visually hidden): chosen with the keyboard.
 */
export async function chooseAssignmentKind(
  page: Page,
  kind: (typeof ASSIGNMENT_KINDS)[number],
): Promise<void> {
  await page.getByRole('radio', { name: 'A pathway' }).focus();
  for (let i = 0; i < ASSIGNMENT_KINDS.indexOf(kind); i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: kind })).toBeChecked();
}

/** The names of a certificate that stacks on a skill badge and a project badge (both awarded for evidence). */
export interface StackedCertificate {
  skillBadge: string;
  projectBadge: string;
  certificate: string;
}

/**
 * The demo administrator's part, through the API in their own browser context: a skill badge and a project badge
 * of the demo school, each awarded for evidence a teacher approves, and a certificate that stacks on both (as in
 * apps/server/src/routes/projects/projects.test.ts).
 */
export async function adminMakesStackedCertificate(
  browser: Browser,
  names: StackedCertificate,
): Promise<void> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, demoEmail('admin'));
  const me = (await (await admin.request.get('/api/me')).json()) as {
    csrfToken: string;
    memberships: { orgId: string; orgSlug: string }[];
  };
  const csrf = me.csrfToken;
  const orgId = me.memberships.find((m) => m.orgSlug === 'demo')?.orgId;
  if (!orgId) throw new Error('the demo administrator is not in the demo school');
  const make = async (name: string, criteria: object) => {
    const res = await admin.request.post(`/api/orgs/${orgId}/achievements`, {
      headers: { 'x-csrf-token': csrf },
      data: { name, criteria },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const skill = await make(names.skillBadge, {
    evidence: { required: true, narrative: 'the skills, seen in class' },
  });
  const project = await make(names.projectBadge, { evidence: { required: true, narrative: 'a project' } });
  await make(names.certificate, { achievements: [skill, project] });
  await context.close();
}

/** Clicks a download link of the page; returns the download and the file's bytes. */
export async function downloadFrom(page: Page, link: string): Promise<{ file: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: link, exact: true }).click();
  const file = await downloading;
  return { file, bytes: await readFile((await file.path()) ?? '') };
}

/**
 * What PDF.js reads in a PDF (its page count and its text, a line per text line), opened as the server's export
 * tests open it (apps/server/src/lessons/export/export-test-kit.ts). PDF.js is loaded only when a test needs it.
 */
export async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = join(
    dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  );
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${fonts}/`,
    isEvalSupported: false,
  }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
      if ('str' in item) text += item.hasEOL ? `${item.str}\n` : item.str;
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}
