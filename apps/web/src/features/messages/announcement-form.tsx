import { Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { messagesApi } from './messages-api.ts';

/** Posts an announcement (optional subject, plain-text body) to every learner of the class. */
export function AnnouncementForm({
  orgId,
  classId,
  onPosted,
}: {
  orgId: string;
  classId: string;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  const post = useAction();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  return (
    <form
      aria-labelledby="announce-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const input = subject.trim() ? { subject: subject.trim(), body } : { body };
        const ok = await post.run(
          () => messagesApi.announce(orgId, classId, input),
          () => t('messages.classPanel.posted'),
        );
        if (ok) {
          setSubject('');
          setBody('');
          onPosted();
        }
      }}
    >
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h4" id="announce-title">
          {t('messages.classPanel.announceTitle')}
        </Title>
        <TextInput
          label={t('messages.classPanel.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          maxLength={200}
          w="100%"
        />
        <Textarea
          label={t('messages.classPanel.body')}
          description={t('messages.classPanel.bodyHelp')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={3}
          w="100%"
          required
        />
        <Button type="submit" loading={post.busy} disabled={body.trim() === ''}>
          {t('messages.classPanel.post')}
        </Button>
        <ErrorAlert error={post.error} />
        <StatusMessage message={post.status} />
      </Stack>
    </form>
  );
}
