import { Button, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { type ClassDetail, messagesApi } from './messages-api.ts';

/** Writes to one learner, picked from the class roster; `onSent` gets the conversation's id. */
export function MessageLearnerForm({
  orgId,
  classId,
  onSent,
}: {
  orgId: string;
  classId: string;
  onSent: (threadId: string) => void;
}) {
  const { t } = useTranslation();
  const roster = useApiData<ClassDetail>(messagesApi.classDetail(orgId, classId));
  const send = useAction();
  const [learnerId, setLearnerId] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const learners = (roster.data?.members ?? []).filter((m) => m.role === 'learner');
  return (
    <form
      aria-labelledby="message-learner-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!learnerId) return;
        let threadId = '';
        const ok = await send.run(
          async () => {
            threadId = (await messagesApi.messageLearner(orgId, classId, { learnerId, body })).id;
          },
          () => t('messages.classPanel.sent'),
        );
        if (ok) {
          setBody('');
          onSent(threadId);
        }
      }}
    >
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h4" id="message-learner-title">
          {t('messages.classPanel.messageTitle')}
        </Title>
        {roster.data && learners.length === 0 ? <Text>{t('messages.classPanel.noLearners')}</Text> : null}
        <Select
          label={t('messages.classPanel.learner')}
          placeholder={t('messages.classPanel.pickLearner')}
          data={learners.map((l) => ({ value: l.userId, label: l.name }))}
          value={learnerId}
          onChange={setLearnerId}
          searchable
          required
          w="100%"
          maw={420}
        />
        <Textarea
          label={t('messages.classPanel.message')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={2}
          w="100%"
          required
        />
        <Button type="submit" loading={send.busy} disabled={!learnerId || body.trim() === ''}>
          {t('messages.classPanel.send')}
        </Button>
        <ErrorAlert error={send.error ?? roster.error} />
        <StatusMessage message={send.status} />
      </Stack>
    </form>
  );
}
