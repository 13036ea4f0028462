import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../theme.ts';
import { AnnouncementList } from './announcement-list.tsx';
import type { Announcement, Message, ThreadSummary } from './messages-api.ts';
import { ThreadList } from './thread-list.tsx';
import { ThreadMessages } from './thread-messages.tsx';

const HOSTILE = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true"> & <b>bold</b>';

const show = (node: ReactNode) => render(<MantineProvider theme={theme}>{node}</MantineProvider>);

const message = (seq: number, body: string, mine: boolean, senderName: string): Message => ({
  seq,
  senderId: mine ? 'me' : 'them',
  senderName,
  body,
  createdAt: '2026-12-07T10:00:00.000Z',
  mine,
});

describe('messages are shown as text', () => {
  it('a thread shows each sender by display name and a body with <script> as the characters typed', () => {
    const { container } = show(
      <ThreadMessages
        messages={[message(1, HOSTILE, false, 'Ms <Alvarez>'), message(2, 'Line one\nLine two', true, 'Ana')]}
      />,
    );
    const texts = screen.getAllByTestId('message-text').map((el) => el.textContent);
    expect(texts).toEqual([HOSTILE, 'Line one\nLine two']);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^Ms <Alvarez> · /);
    expect(items[1]!.textContent).toMatch(/^You · /);
  });

  it('announcements show subject and body as text, with "Mark as read" only on unread ones', () => {
    const base: Announcement = {
      id: 'a1',
      classId: 'c',
      className: '7A',
      authorName: 'Ms Alvarez',
      subject: '<i>Quiz</i>',
      body: HOSTILE,
      createdAt: '2026-12-07T10:00:00.000Z',
      read: false,
    };
    const { container } = show(
      <AnnouncementList
        announcements={[base, { ...base, id: 'a2', subject: '', read: true }]}
        onMarkRead={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: '<i>Quiz</i>' })).toBeTruthy();
    expect(screen.getAllByTestId('message-text').map((el) => el.textContent)).toEqual([HOSTILE, HOSTILE]);
    expect(container.querySelector('script, img, i, b')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Mark as read' })).toHaveLength(1);
  });

  it('a thread list names the other person and shows the unread count', () => {
    const thread: ThreadSummary = {
      id: 't1',
      classId: 'c',
      className: '7A',
      teacherId: 'teacher',
      teacherName: 'Ms Alvarez',
      learnerId: 'learner',
      learnerName: 'Ana',
      lastMessageAt: '2026-12-07T10:00:00.000Z',
      lastBody: HOSTILE,
      unread: 3,
    };
    const { container } = show(
      <ThreadList threads={[thread]} viewerRole="learner" selected={null} onOpen={() => {}} empty="none" />,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toContain('Ms Alvarez · 7A');
    expect(button.textContent).toContain('3 unread');
    expect(button.textContent).toContain(HOSTILE);
    expect(container.querySelector('script, img')).toBeNull();
  });
});
