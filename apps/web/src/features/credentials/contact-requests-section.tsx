import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReceivedContactRequest, ReceivedContactRequestList } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { discoveryPaths } from './discovery-api.ts';

const STATUS_COLOR = { pending: 'blue.9', accepted: 'teal.9', declined: 'gray.7' } as const;

/**
 * The contact requests employers sent the learner, newest first: who asks (name and organization), about which
 * job, their message as typed (text, never markup); a pending one is accepted (a share link of the credentials
 * the learner made discoverable) or declined.
 */
export function ContactRequestsSection({ orgId, onShared }: { orgId: string; onShared(): Promise<void> }) {
  const { t } = useTranslation();
  const requests = useApiData<ReceivedContactRequestList>(discoveryPaths.received(orgId));
  const action = useAction();
  const [answering, setAnswering] = useState<string | null>(null);
  async function answer(request: ReceivedContactRequest, choice: 'accept' | 'decline') {
    const name = request.employerName || t('credentials.discovery.requests.someone');
    setAnswering(request.id);
    await action.run(
      async () => {
        await api('POST', discoveryPaths.answer(orgId, request.id, choice));
        await requests.reload();
        if (choice === 'accept') await onShared();
      },
      () =>
        t(
          choice === 'accept'
            ? 'credentials.discovery.requests.accepted'
            : 'credentials.discovery.requests.declined',
          { name },
        ),
    );
  }
  // NOTE: accepting is refused (409) when none of the chosen credentials is active: the one conflict worth words.
  const nothingToShare = action.error instanceof ApiError && action.error.code === 'conflict';
  return (
    <section aria-labelledby="record-contact-requests">
      <Title order={2} size="h3" id="record-contact-requests" mb="sm">
        {t('credentials.discovery.requests.title')}
      </Title>
      <ErrorAlert error={requests.error} />
      <StatusMessage message={action.status} />
      {nothingToShare ? (
        <Alert role="alert" color="red" variant="light">
          {t('credentials.discovery.requests.nothingToShare')}
        </Alert>
      ) : (
        <ErrorAlert error={action.error} />
      )}
      {requests.data?.requests.length === 0 ? <Text>{t('credentials.discovery.requests.none')}</Text> : null}
      <Stack gap="sm">
        {requests.data?.requests.map((request) => (
          <ReceivedRequest
            key={request.id}
            request={request}
            busy={action.busy && answering === request.id}
            onAnswer={(choice) => void answer(request, choice)}
          />
        ))}
      </Stack>
    </section>
  );
}

interface ReceivedRequestProps {
  request: ReceivedContactRequest;
  busy: boolean;
  onAnswer(choice: 'accept' | 'decline'): void;
}

function ReceivedRequest({ request, busy, onAnswer }: ReceivedRequestProps) {
  const { t, i18n } = useTranslation();
  const name = request.employerName || t('credentials.discovery.requests.someone');
  const from = t('credentials.discovery.requests.from', { name, org: request.organizationName });
  return (
    <Paper component="article" aria-label={from} withBorder p="sm" data-testid="contact-request">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <div>
            <Text fw={600}>{from}</Text>
            <Text size="sm" c="dimmed">
              {[
                ...(request.jobName
                  ? [t('credentials.discovery.requests.about', { job: request.jobName })]
                  : []),
                t('credentials.discovery.requests.sent', {
                  date: formatDate(request.createdAt, i18n.language),
                }),
              ].join(' · ')}
            </Text>
          </div>
          <Badge color={STATUS_COLOR[request.status]}>
            {t(`credentials.discovery.requests.status.${request.status}`)}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{request.message}</Text>
        {request.status === 'pending' ? (
          <>
            <Text size="sm">{t('credentials.discovery.requests.acceptHint', { name })}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                onClick={() => onAnswer('accept')}
                loading={busy}
                aria-label={t('credentials.discovery.requests.acceptLabel', { name })}
              >
                {t('credentials.discovery.requests.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => onAnswer('decline')}
                disabled={busy}
                aria-label={t('credentials.discovery.requests.declineLabel', { name })}
              >
                {t('credentials.discovery.requests.decline')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
