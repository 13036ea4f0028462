import { expect, type Page, test } from '@playwright/test';
import { rightAnswer } from './learning-answers.ts';
import { answerStep, currentStep, takePlacement } from './learning-support.ts';
import { expectNoA11yViolations } from './support.ts';
import {
  adminMakesStackedCertificate,
  chooseAssignmentKind,
  dayFromToday,
  downloadFrom,
  openClassDashboard,
  openGradebook,
  readPdf,
  teacherClassWithLearner,
} from './workspace-support.ts';

const REQUEST =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';
/**
 * What the learner knows at placement: every skill of the demo pathway short of the sample lesson's (one- and
 * two-step equations) and what follows them, so that the lesson's first skills are what is left to practise.
 */
const KNOWN = [
  'alg.integers-add',
  'alg.integers-multiply',
  'alg.order-of-operations',
  'alg.evaluate-expressions',
  'alg.write-expressions',
  'alg.like-terms',
  'alg.distributive',
  'alg.simplify-expressions',
  'alg.slope',
  'alg.slope-intercept',
];
const CRITERIA = ['Reasoning', 'Presentation'];
const LEVELS = ['Beginning', 'Developing', 'Proficient', 'Advanced'];
/** The first thing of a page to appear may wait for the server on a busy machine. */
const LOAD = { timeout: 60_000 };
/**
 * Practises with right answers until `wanted` items of the lesson's skills (their names, as the page shows them)
 * are answered; items of other skills the pathway serves are answered too. Returns how many lesson skills became
 * mastered.
 */
async function practiseLessonSkills(page: Page, skills: readonly string[], wanted: number): Promise<number> {
  let answered = 0;
  let mastered = 0;
  for (let items = 0; items < 15; items++) {
    await expect(page.locator('[data-step-state="current"]')).toHaveCount(1);
    const ofLesson = skills.includes((await page.locator('[data-practice-skill]').textContent()) ?? '');
    let done = false;
    for (let s = 0; s < 8 && !done; s++) {
      const verdict = await answerStep(page, rightAnswer((await currentStep(page)).step.answer));
      expect(verdict.result).toBe('correct');
      done = verdict.itemDone;
      if (ofLesson && verdict.mastery?.newlyMastered) mastered++;
    }
    if (ofLesson && ++answered >= wanted) return mastered;
    await page.getByRole('button', { name: 'Next problem' }).click();
  }
  throw new Error(`fewer than ${wanted} items of the lesson's skills within 15 items`);
}

// Issue 12, "Done when": the whole teacher workspace in one go, every step a person takes through the pages.
test('a teacher journey: class and code, lesson composed, reviewed, published and assigned, practised, graded; a project assessed with the rubric stacks a certificate; DOCX and PDF download; axe clean', async ({
  page,
  browser,
}) => {
  // About 4 minutes alone on this machine; room for a loaded CI machine (a retry doubles it).
  test.setTimeout(600_000);
  // A teacher makes a class and its code; a new learner signs up with the code.
  const { className, classId, learnerName, learner, learnerContext } = await teacherClassWithLearner(
    page,
    browser,
    'Journey class',
  );
  const tag = classId.slice(0, 6);
  const lessonTitle = `Linear equations ${tag}`;
  const projectTitle = `Equation poster ${tag}`;
  const names = {
    skillBadge: `Equation skills ${tag}`,
    projectBadge: `Equation poster badge ${tag}`,
    certificate: `Equations certificate ${tag}`,
  };
  await expectNoA11yViolations(page);
  const due = learner.getByRole('region', { name: 'Due', exact: true });
  await expect(due.getByText('Nothing is due. Your teachers’ assignments will appear here.')).toBeVisible();
  await expectNoA11yViolations(learner);
  // The administrator's part: the achievements the certificate stacks on.
  await adminMakesStackedCertificate(browser, names);

  let lessonUrl = '';
  await test.step('the teacher composes the sample lesson, reviews every block and publishes it', async () => {
    await page.goto('/o/demo/teacher');
    await page.getByRole('link', { name: 'Open the planning assistant' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planning assistant' })).toBeVisible(LOAD);
    await page.getByRole('textbox', { name: 'What lesson do you need?' }).fill(REQUEST);
    await page.getByRole('button', { name: 'Compose', exact: true }).click();
    await expect(page.getByText('The lesson is composed. Review it below.')).toBeVisible(LOAD);
    const form = page.getByRole('region', { name: 'Confirm what the assistant understood' });
    await expect(form.getByRole('textbox', { name: 'Days' })).toHaveValue('3');
    await expect(page.getByText('Visual', { exact: true })).toHaveCount(3);
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page).toHaveURL(/\/o\/demo\/lessons\/(?!compose)[^/]+$/, LOAD);
    lessonUrl = new URL(page.url()).pathname;
    await expect(page.getByText('Version 1', { exact: true })).toBeVisible(LOAD);
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await expect(publish).toBeDisabled();
    await expectNoA11yViolations(page);
    const marks = page.getByRole('button', { name: /^Mark .+ reviewed$/ });
    const count = await marks.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let left = count; left > 0; left--) {
      await marks.first().click();
      await expect(marks).toHaveCount(left - 1);
    }
    await expect(page.getByText('✓ Reviewed')).toHaveCount(count);
    await publish.click();
    await expect(page.getByText('The lesson is published.')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the teacher assigns the lesson with a due date from the gradebook', async () => {
    await openGradebook(page, className);
    await expectNoA11yViolations(page);
    await chooseAssignmentKind(page, 'Lesson');
    const lessonId = lessonUrl.split('/').pop() ?? '';
    const lessons = page.getByRole('combobox', { name: 'Published lesson' });
    await expect(lessons.locator(`option[value="${lessonId}"]`)).toBeAttached();
    await lessons.selectOption({ value: lessonId });
    await page.getByLabel(/^Due date/).fill(dayFromToday(5));
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill(lessonTitle);
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByText('Assignment created.')).toBeVisible();
  });

  await test.step('the learner sees the lesson due, opens it and practises part of its skills', async () => {
    await learner.reload();
    const item = due.getByRole('listitem').filter({ hasText: lessonTitle });
    await expect(item).toContainText(`Class: ${className}`, LOAD);
    await expect(item).toContainText('Not started');
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await item.getByRole('link', { name: `Open the lesson: ${lessonTitle}` }).click();
    await expect(learner.getByRole('heading', { level: 2, name: 'Directions' })).toBeVisible(LOAD);
    await expect(learner.getByText(/Answer key/)).toHaveCount(0);
    // The lesson's skills, one a day; KNOWN leaves the first two ready to practise after the placement.
    const skills = await learner
      .getByRole('region', { name: 'Skills in this lesson' })
      .getByRole('listitem')
      .allTextContents();
    expect(skills).toEqual([
      'Solve one-step equations (add and subtract)',
      'Solve one-step equations (multiply and divide)',
      'Solve two-step equations',
    ]);
    await expectNoA11yViolations(learner);
    await learner.getByRole('link', { name: 'Practise these skills' }).click();
    await expect(learner).toHaveURL('/o/demo/learn/algebra-foundations');
    await expect(learner.getByRole('heading', { level: 1, name: 'Algebra foundations' })).toBeVisible(LOAD);
    await expectNoA11yViolations(learner);
    await learner.getByRole('button', { name: 'Start', exact: true }).click();
    await learner.getByRole('link', { name: 'Continue the placement' }).click();
    await expect(learner.locator('[data-step-state="current"]')).toHaveCount(1, LOAD);
    await expectNoA11yViolations(learner);
    await takePlacement(learner, KNOWN);
    await expectNoA11yViolations(learner);
    await learner.getByRole('link', { name: 'Start practising' }).click();
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText(
      'Practice: Algebra foundations',
      LOAD,
    );
    await expectNoA11yViolations(learner);
    const mastered = await practiseLessonSkills(learner, skills, 2);
    expect(mastered).toBeLessThan(skills.length);

    // The gradebook shows the learner in progress on the lesson, with the share of its skills mastered.
    await openGradebook(page, className);
    const row = page.getByRole('row', { name: new RegExp(learnerName) });
    const cell = row.getByRole('cell').filter({
      has: page.getByRole('button', { name: `Override ${learnerName} on ${lessonTitle}` }),
    });
    await expect(cell).toHaveAttribute('data-status', 'in_progress');
    await expect(cell).toContainText('In progress');
    await expect(cell).not.toContainText('Late');
    await expect(cell).toContainText(`${Math.round((100 * mastered) / skills.length)}%`);
  });

  await test.step('the teacher assigns a project for the badge; the learner hands it in', async () => {
    await chooseAssignmentKind(page, 'Project');
    await page
      .getByRole('combobox', { name: 'Achievement it is evidence for' })
      .selectOption({ label: names.projectBadge });
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    for (const [i, criterion] of CRITERIA.entries()) {
      await page.getByRole('textbox', { name: `Criterion ${i + 1}`, exact: true }).fill(criterion);
      for (const level of LEVELS) {
        await page
          .getByRole('textbox', { name: `${level} (criterion ${i + 1})` })
          .fill(`${level} ${criterion}`);
      }
    }
    await page
      .getByRole('combobox', { name: 'Pass rule' })
      .selectOption({ label: 'passes when every criterion is at least Proficient' });
    await page.getByLabel(/^Due date/).fill(dayFromToday(7));
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill(projectTitle);
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByText('Assignment created.')).toBeVisible();

    await learner.goto('/o/demo/learner');
    await expect(due.getByRole('listitem').filter({ hasText: lessonTitle })).toContainText(
      'In progress',
      LOAD,
    );
    await due.getByRole('link', { name: `Open the project ${projectTitle}` }).click();
    await expect(learner.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible(LOAD);
    await expect(learner.getByText(`Passing this project earns “${names.projectBadge}”.`)).toBeVisible();
    await learner
      .getByRole('textbox', { name: 'Your text' })
      .fill('My poster solves 3x + 4 = 19 step by step.');
    await learner.locator('input[type="file"]').setInputFiles({
      name: 'poster.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n'),
    });
    await learner.getByRole('button', { name: 'Hand in', exact: true }).click();
    await expect(learner.getByRole('heading', { level: 2, name: 'What you handed in' })).toBeVisible();
    await expectNoA11yViolations(learner);
  });

  await test.step('the teacher awards the skill badge, then assesses the project: the certificate stacks', async () => {
    await openClassDashboard(page, className);
    await page.getByRole('link', { name: 'Award a credential to a learner of this class' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Award a credential' })).toBeVisible(LOAD);
    await page.getByRole('combobox', { name: /^Achievement/ }).selectOption({ label: names.skillBadge });
    await page.getByRole('combobox', { name: /^Learner/ }).selectOption({ label: learnerName });
    await page
      .getByRole('textbox', { name: /^Evidence/ })
      .fill('Solved one- and two-step equations at the board.');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Award the credential' }).click();
    const result = page.getByTestId('award-result');
    await expect(result.getByText(`“${names.skillBadge}” was issued to ${learnerName}.`)).toBeVisible();
    await expect(page.getByTestId('award-stacked')).toHaveCount(0);
    await expectNoA11yViolations(page);

    await openGradebook(page, className);
    await page
      .getByRole('columnheader', { name: new RegExp(`^${projectTitle}`) })
      .getByRole('link', { name: 'Assess' })
      .click();
    await page.getByRole('button', { name: `Open the work of ${learnerName}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: learnerName })).toBeVisible(LOAD);
    const form = page.getByRole('form', { name: 'Assess with the rubric' });
    for (const criterion of CRITERIA) {
      const level = form.getByRole('radio', { name: `Proficient: Proficient ${criterion}` });
      await level.focus();
      await page.keyboard.press('Space');
      await expect(level).toBeChecked();
    }
    await expect(form.getByText('With these levels the project passes.')).toBeVisible();
    await form.getByRole('textbox', { name: 'Feedback for the learner' }).fill('Each step is explained.');
    await expectNoA11yViolations(page);
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(
      page.getByText(`Assessment saved. Awarded: ${names.projectBadge}, ${names.certificate}.`),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Back to the gradebook' }).click();
    const row = page.getByRole('row', { name: new RegExp(learnerName) });
    await expect(row).toContainText('Assessed: passed', LOAD);

    await learner.goto('/o/demo/learner');
    await learner.getByRole('link', { name: 'My record and sharing' }).click();
    await expect(learner.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible(LOAD);
    const held = learner.getByTestId('credential');
    // Each card by its own download link: a certificate's card also names the parts it holds.
    for (const name of Object.values(names)) {
      const download = learner.getByRole('link', { name: `Download ${name}`, exact: true });
      await expect(held.filter({ has: download })).toHaveCount(1);
    }
    await expect(
      learner.getByRole('region', { name: 'New' }).getByText(`You earned “${names.certificate}”.`),
    ).toBeVisible();
    await expectNoA11yViolations(learner);
  });

  await test.step('the teacher downloads the lesson as DOCX and PDF; the PDF renders', async () => {
    await page.goto(lessonUrl);
    const docx = await downloadFrom(page, 'Teacher copy (DOCX)');
    expect(docx.file.suggestedFilename()).toBe('lesson-linear-equations-teacher.docx');
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.bytes.includes('word/document.xml')).toBe(true);
    const pdf = await downloadFrom(page, 'Student copy (PDF)');
    expect(pdf.file.suggestedFilename()).toBe('lesson-linear-equations-student.pdf');
    const read = await readPdf(pdf.bytes);
    expect(read.pages).toBeGreaterThanOrEqual(1);
    expect(read.text).toContain('Lesson: linear equations');
    expect(read.text).toContain('Question 1');
    expect(read.text).not.toContain('Answer key');
  });
  await learnerContext.close();
});
