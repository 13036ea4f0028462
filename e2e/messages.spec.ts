import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support.ts';
import { choose, openClassDashboard, teacherClassWithLearner } from './workspace-support.ts';

const TEACHER_NAME = 'Tomás Teacher';

// Issue 12: a teacher announces to a class and writes to one learner; the learner's inbox counts what is unread,
// the learner reads and replies; the teacher sees the reply. What people type is shown as text, never markup.
test('the teacher announces and messages a learner; the learner reads (unread count goes) and replies; the teacher sees the reply; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { className, learnerName, learner, learnerContext } = await teacherClassWithLearner(
    page,
    browser,
    'Message class',
  );
  const subject = `Quiz on Friday ${className.slice(-7)}`;
  const body = 'Bring a pencil. Is this <b>bold?</b> No: it is text.';
  const message = `Hello ${learnerName}, how is the practice going?`;
  const reply = 'Going well, I finished the integers.';

  await openClassDashboard(page, className);
  const panel = page.getByRole('region', { name: 'Messages and announcements' });
  await panel.getByRole('textbox', { name: 'Subject (optional)' }).fill(subject);
  await panel.getByRole('textbox', { name: 'Announcement' }).fill(body);
  await panel.getByRole('button', { name: 'Post announcement' }).click();
  await expect(panel.getByText('Announcement posted.')).toBeVisible();
  const posted = panel.getByRole('region', { name: 'Announcements to this class' });
  await expect(posted.getByRole('heading', { name: subject })).toBeVisible();
  await expect(posted.getByText(body, { exact: true })).toBeVisible();

  await choose(page, 'Learner', learnerName.slice(0, 12), learnerName, panel);
  await panel.getByRole('textbox', { name: 'Message', exact: true }).fill(message);
  await panel.getByRole('button', { name: 'Send message' }).click();
  await expect(panel.getByText('Message sent.').first()).toBeVisible();
  const teacherThread = panel.getByRole('region', {
    name: `Conversation with ${learnerName} (${className})`,
  });
  await expect(teacherThread.getByText(message, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // The learner's home: the announcement as typed, and the conversation with its unread count.
  await learner.reload();
  const inbox = learner.getByRole('region', { name: 'Messages', exact: true });
  await expect(inbox.getByText('2 unread', { exact: true })).toBeVisible();
  const announcements = inbox.getByRole('region', { name: 'Announcements' });
  await expect(announcements.getByRole('heading', { name: subject })).toBeVisible();
  await expect(announcements.getByText(body, { exact: true })).toBeVisible();
  await expect(announcements.getByTestId('message-text').locator('b')).toHaveCount(0);
  const threadButton = inbox
    .getByRole('region', { name: 'Conversations' })
    .getByRole('button', { name: new RegExp(`${TEACHER_NAME} · ${className}`) });
  await expect(threadButton).toContainText('1 unread');
  await expect(threadButton).toContainText(`Last: ${message}`);
  await expectNoA11yViolations(learner);

  // Opening the conversation marks it read; the learner replies.
  await threadButton.click();
  const learnerThread = inbox.getByRole('region', {
    name: `Conversation with ${TEACHER_NAME} (${className})`,
  });
  await expect(learnerThread.getByText(message, { exact: true })).toBeVisible();
  // Only the announcement is unread now.
  await expect(inbox.getByText('1 unread', { exact: true })).toBeVisible();
  await learnerThread.getByRole('textbox', { name: 'Your reply' }).fill(reply);
  await learnerThread.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(learnerThread.getByText('Message sent.')).toBeVisible();
  await expect(learnerThread.getByText(reply, { exact: true })).toBeVisible();
  await inbox.getByRole('button', { name: 'Back to messages' }).click();
  await expect(threadButton).not.toContainText('unread');
  await expect(threadButton).toContainText(`Last: ${reply}`);
  await learnerContext.close();

  // The teacher sees the reply in the class's messages panel.
  await page.reload();
  const threads = panel.getByRole('region', { name: 'Your conversations in this class' });
  const fromLearner = threads.getByRole('button', { name: new RegExp(`${learnerName} · ${className}`) });
  await expect(fromLearner).toContainText('1 unread');
  await expect(fromLearner).toContainText(`Last: ${reply}`);
  await fromLearner.click();
  await expect(teacherThread.getByText(reply, { exact: true })).toBeVisible();
  await expect(teacherThread.getByText(message, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
});
