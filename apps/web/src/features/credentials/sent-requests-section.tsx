import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SentContactRequest } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { shortReference } from './discovery-api.ts';

const STATUS_COLOR = { pending: 'blue.9', accepted: 'teal.9', declined: 'gray.7' } as const;

/**
 * The employer's contact requests, newest first: waiting, declined (and nothing more), or accepted with the
 * record the candidate shared, while its link is open.
 */
export function SentRequestsSection({ requests }: { requests: readonly SentContactRequest[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="sent-requests">
      <Title order={2} size="h3" id="sent-requests" mb="sm">
        {t('credentials.discovery.employer.requestsTitle')}
      </Title>
      {requests.length === 0 ? <Text>{t('credentials.discovery.employer.requestsNone')}</Text> : null}
      <Stack gap="sm">
        {requests.map((r) => {
          const candidate = shortReference(r.candidate);
          const date = formatDate(r.createdAt, i18n.language);
          return (
            <Paper key={r.id} withBorder p="sm" data-testid="sent-request">
              <Group justify="space-between" gap="xs">
                <Text>
                  {r.jobName
                    ? t('credentials.discovery.employer.requestLine', { candidate, job: r.jobName, date })
                    : t('credentials.discovery.employer.requestLineNoJob', { candidate, date })}
                </Text>
                <Badge color={STATUS_COLOR[r.status]}>
                  {t(`credentials.discovery.employer.requestStatus.${r.status}`)}
                </Badge>
              </Group>
              {r.status === 'accepted' && r.shareUrl ? (
                <Anchor href={r.shareUrl} display="block" mt={4}>
                  {t('credentials.discovery.employer.open', { candidate })}
                </Anchor>
              ) : null}
              {r.status === 'accepted' && !r.shareUrl ? (
                <Text size="sm" mt={4}>
                  {t('credentials.discovery.employer.linkClosed')}
                </Text>
              ) : null}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
