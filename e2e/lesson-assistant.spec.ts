import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support.ts';
import { dayFromToday, openClassDashboard, teacherClassWithLearner } from './workspace-support.ts';

const REQUEST =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';

/** Clicks a download link of the lesson page and returns the download. */
async function download(page: Page, name: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name, exact: true }).click();
  return downloading;
}

/** The first bytes of a downloaded file, as Latin-1 text. */
async function head(file: Download, length: number): Promise<string> {
  const bytes = await readFile((await file.path()) ?? '');
  return bytes.subarray(0, length).toString('latin1');
}

// Issue 12: the planning assistant composes a lesson from a teacher's words; the teacher reviews every block,
// publishes, downloads it, and assigns it; the learner reads the student copy (no answer key).
test('the teacher composes, reviews, publishes, downloads and assigns a lesson; the learner opens it without the key; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { className, classId, learner, learnerContext } = await teacherClassWithLearner(
    page,
    browser,
    'Lesson class',
  );

  // From the teacher home to the assistant.
  await page.goto('/o/demo/teacher');
  await page.getByRole('link', { name: 'Open the planning assistant' }).click();
  await expect(page).toHaveURL('/o/demo/lessons/compose');
  await expect(page.getByRole('heading', { level: 1, name: 'Planning assistant' })).toBeVisible();
  await page.getByRole('textbox', { name: 'What lesson do you need?' }).fill(REQUEST);
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  await expect(page.getByText('The lesson is composed. Review it below.')).toBeVisible({ timeout: 60_000 });

  // The parsed form: what the assistant understood.
  const form = page.getByRole('region', { name: 'Confirm what the assistant understood' });
  await expect(form.getByRole('textbox', { name: 'Topic' })).toHaveValue(/linear equations/i);
  await expect(form.getByRole('textbox', { name: 'Days' })).toHaveValue('3');
  await expect(form.getByRole('textbox', { name: 'Visual activities' })).toHaveValue('3');
  // The composed lesson: three days, three visual activities.
  for (const day of [1, 2, 3]) {
    await expect(page.getByRole('region', { name: `Day ${day}`, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Day 4', exact: true })).toHaveCount(0);
  await expect(page.getByText('Visual', { exact: true })).toHaveCount(3);
  await expectNoA11yViolations(page);

  // Saved as a draft: version 1, Publish disabled until every block is reviewed.
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/\/o\/demo\/lessons\/(?!compose)[^/]+$/, { timeout: 60_000 });
  const lessonId = /\/lessons\/([^/?#]+)$/.exec(page.url())?.[1] ?? '';
  await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeDisabled();
  await expect(page.getByText(/^Review every part before publishing\./)).toBeVisible();
  await expect(page.getByText('Visual', { exact: true })).toHaveCount(3);
  await expectNoA11yViolations(page);

  const marks = page.getByRole('button', { name: /^Mark .+ reviewed$/ });
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let left = count; left > 0; left--) {
    await marks.first().click();
    await expect(marks).toHaveCount(left - 1);
  }
  await expect(page.getByText('✓ Reviewed')).toHaveCount(count);
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(page.getByText('The lesson is published.')).toBeVisible();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // The downloads: the teacher's DOCX (a zip) and the student's PDF.
  const docx = await download(page, 'Teacher copy (DOCX)');
  expect(docx.suggestedFilename()).toBe('lesson-linear-equations-teacher.docx');
  expect(await head(docx, 2)).toBe('PK');
  const pdf = await download(page, 'Student copy (PDF)');
  expect(pdf.suggestedFilename()).toBe('lesson-linear-equations-student.pdf');
  expect(await head(pdf, 4)).toBe('%PDF');

  // Assigned to the class from the gradebook.
  const title = `Linear equations ${classId.slice(0, 6)}`;
  await openClassDashboard(page, className);
  await page.getByRole('link', { name: 'Gradebook and assignments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gradebook: ${className}` })).toBeVisible();
  // The kind is a segmented control (native radios, visually hidden): chosen with the keyboard.
  await page.getByRole('radio', { name: 'A pathway' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Lesson' })).toBeChecked();
  const lessons = page.getByRole('combobox', { name: 'Published lesson' });
  await expect(lessons.locator(`option[value="${lessonId}"]`)).toBeAttached();
  await lessons.selectOption({ value: lessonId });
  await page.getByLabel(/^Due date/).fill(dayFromToday(5));
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('Assignment created.')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: new RegExp(`^${title}`) })).toBeVisible();

  // The learner: the lesson is due; the student copy has no answer key.
  await learner.reload();
  const due = learner.getByRole('region', { name: 'Due', exact: true });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due.getByRole('listitem')).toContainText(title);
  await expect(due.getByRole('listitem')).toContainText(`Class: ${className}`);
  await due.getByRole('link', { name: `Open the lesson: ${title}` }).click();
  await expect(learner).toHaveURL(`/o/demo/my/lessons/${lessonId}`);
  await expect(learner.getByRole('heading', { level: 2, name: 'Directions' })).toBeVisible();
  await expect(learner.getByText(/Question 1\./)).toBeVisible();
  await expect(learner.getByText(/Answer key/)).toHaveCount(0);
  await expect(learner.getByText('correct answer')).toHaveCount(0);
  await expectNoA11yViolations(learner);
  await learnerContext.close();
});
