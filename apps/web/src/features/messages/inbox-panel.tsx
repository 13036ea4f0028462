import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { AnnouncementList } from './announcement-list.tsx';
import { type Inbox, messagesApi } from './messages-api.ts';
import { ThreadList } from './thread-list.tsx';
import { ThreadView } from './thread-view.tsx';

/**
 * The learner's messages on their home page: the latest announcements of their classes and their conversations
 * with teachers, with unread counts; a conversation opens here to read and reply.
 */
export function InboxPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const inbox = useApiData<Inbox>(messagesApi.inbox(orgId));
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = inbox.reload;
  const refresh = useCallback(() => void reload(), [reload]);
  const unread = inbox.data ? inbox.data.unread.announcements + inbox.data.unread.messages : 0;
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="inbox-title"
    >
      <Group gap="sm" mb="sm">
        <Title order={2} size="h3" id="inbox-title">
          {t('messages.inbox.title')}
        </Title>
        {unread > 0 ? <Badge color="blue.9">{t('messages.inbox.unread', { count: unread })}</Badge> : null}
      </Group>
      <ErrorAlert error={inbox.error ?? error} />
      {!inbox.data ? (
        inbox.error ? null : (
          <LoadingState />
        )
      ) : open ? (
        <Stack gap="sm">
          <Button variant="subtle" onClick={() => setOpen(null)} style={{ alignSelf: 'flex-start' }}>
            {t('messages.thread.back')}
          </Button>
          <ThreadView orgId={orgId} threadId={open} viewerRole="learner" onChanged={refresh} />
        </Stack>
      ) : (
        <Stack gap="lg">
          <section aria-labelledby="inbox-threads">
            <Title order={3} size="h4" id="inbox-threads" mb="xs">
              {t('messages.inbox.threadsTitle')}
            </Title>
            <ThreadList
              threads={inbox.data.threads}
              viewerRole="learner"
              selected={open}
              onOpen={setOpen}
              empty={t('messages.inbox.noThreads')}
            />
          </section>
          <section aria-labelledby="inbox-announcements">
            <Title order={3} size="h4" id="inbox-announcements" mb="xs">
              {t('messages.inbox.announcementsTitle')}
            </Title>
            <AnnouncementList
              announcements={inbox.data.announcements}
              onMarkRead={(id) => {
                messagesApi.markAnnouncementRead(orgId, id).then(refresh, setError);
              }}
            />
          </section>
        </Stack>
      )}
    </Paper>
  );
}
