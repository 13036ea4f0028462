import { Button, Divider, Paper, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnnouncementForm } from './announcement-form.tsx';
import { AnnouncementList } from './announcement-list.tsx';
import { MessageLearnerForm } from './message-learner-form.tsx';
import {
  type AnnouncementList as Announcements,
  messagesApi,
  type ThreadList as Threads,
} from './messages-api.ts';
import { ThreadList } from './thread-list.tsx';
import { ThreadView } from './thread-view.tsx';

/**
 * The teacher's messages for one class (on the class dashboard): post an announcement and see the class's
 * announcements; write to a learner of the class; the teacher's conversations in the class with unread counts,
 * opened here to read and reply.
 */
export function ClassMessagesPanel({ orgId, classId }: { orgId: string; classId: string }) {
  const { t } = useTranslation();
  const announcements = useApiData<Announcements>(messagesApi.classAnnouncements(orgId, classId));
  const threads = useApiData<Threads>(messagesApi.classThreads(orgId, classId));
  const [open, setOpen] = useState<string | null>(null);
  // A new message from the form reloads the open conversation even when it is the same one.
  const [sentCount, setSentCount] = useState(0);
  const reloadThreads = threads.reload;
  const refreshThreads = useCallback(() => void reloadThreads(), [reloadThreads]);
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="class-messages"
    >
      <Title order={2} size="h3" id="class-messages" mb="sm">
        {t('messages.classPanel.title')}
      </Title>
      <ErrorAlert error={announcements.error ?? threads.error} />
      <Stack gap="lg">
        <AnnouncementForm orgId={orgId} classId={classId} onPosted={() => void announcements.reload()} />
        <section aria-labelledby="class-announcements">
          <Title order={3} size="h4" id="class-announcements" mb="xs">
            {t('messages.classPanel.listTitle')}
          </Title>
          {announcements.data ? <AnnouncementList announcements={announcements.data.announcements} /> : null}
        </section>
        <Divider />
        <MessageLearnerForm
          orgId={orgId}
          classId={classId}
          onSent={(threadId) => {
            setOpen(threadId);
            setSentCount((n) => n + 1);
            refreshThreads();
          }}
        />
        <section aria-labelledby="class-threads">
          <Title order={3} size="h4" id="class-threads" mb="xs">
            {t('messages.classPanel.threadsTitle')}
          </Title>
          {open ? (
            <Stack gap="sm">
              <Button variant="subtle" onClick={() => setOpen(null)} style={{ alignSelf: 'flex-start' }}>
                {t('messages.thread.back')}
              </Button>
              <ThreadView
                key={`${open}-${sentCount}`}
                orgId={orgId}
                threadId={open}
                viewerRole="staff"
                onChanged={refreshThreads}
              />
            </Stack>
          ) : threads.data ? (
            <ThreadList
              threads={threads.data.threads}
              viewerRole="staff"
              selected={open}
              onOpen={setOpen}
              empty={t('messages.inbox.noThreads')}
            />
          ) : null}
        </section>
      </Stack>
    </Paper>
  );
}
