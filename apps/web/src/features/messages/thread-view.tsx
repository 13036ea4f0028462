import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { messagesApi, type Thread } from './messages-api.ts';
import { ThreadMessages } from './thread-messages.tsx';

/**
 * One conversation: its messages, oldest first, each with the sender's name, and a reply box. Opening it marks it
 * read (then `onChanged` lets the list refresh its unread counts).
 */
export function ThreadView({
  orgId,
  threadId,
  viewerRole,
  onChanged,
}: {
  orgId: string;
  threadId: string;
  /** Which side the reader is on, to name the other person in the heading. */
  viewerRole: 'learner' | 'staff';
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const thread = useApiData<Thread>(messagesApi.thread(orgId, threadId));
  const send = useAction();
  const [reply, setReply] = useState('');
  const unread = thread.data?.thread.unread ?? 0;
  useEffect(() => {
    if (unread > 0) void messagesApi.markThreadRead(orgId, threadId).then(onChanged, () => {});
  }, [orgId, threadId, unread, onChanged]);
  if (!thread.data) return thread.error ? <ErrorAlert error={thread.error} /> : <LoadingState />;
  const { thread: summary, messages } = thread.data;
  const other = viewerRole === 'learner' ? summary.teacherName : summary.learnerName;
  const headingId = `thread-${threadId}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('messages.thread.with', { name: other, className: summary.className })}
      </Title>
      {messages.length === 0 ? <Text>{t('messages.thread.empty')}</Text> : null}
      <ThreadMessages messages={messages} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await send.run(
            () => messagesApi.reply(orgId, threadId, reply),
            () => t('messages.thread.sent'),
          );
          if (ok) {
            setReply('');
            await thread.reload();
            onChanged();
          }
        }}
      >
        <Stack gap="xs" align="flex-start">
          <Textarea
            label={t('messages.thread.reply')}
            value={reply}
            onChange={(e) => setReply(e.currentTarget.value)}
            maxLength={5000}
            autosize
            minRows={2}
            w="100%"
            required
          />
          <Button type="submit" loading={send.busy} disabled={reply.trim() === ''}>
            {t('messages.thread.send')}
          </Button>
        </Stack>
      </form>
      <ErrorAlert error={send.error} />
      <StatusMessage message={send.status} />
    </Stack>
  );
}
