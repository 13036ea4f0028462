import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** The learner's own switch for early-warning risk scoring (off until they opt in). */
export function RiskConsentCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const data = useApiData<{ riskScoring: boolean }>(`/api/orgs/${orgId}/analytics-consent`);
  const change = useAction();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('dashboards.consent.title')}
        </Title>
        <Text size="sm">{t('dashboards.consent.text')}</Text>
        {data.data && (
          <Switch
            label={t('dashboards.consent.label')}
            checked={data.data.riskScoring}
            disabled={change.busy}
            onChange={async (e) => {
              const riskScoring = e.currentTarget.checked;
              await change.run(() => api('PATCH', `/api/orgs/${orgId}/analytics-consent`, { riskScoring }));
              await data.reload();
            }}
          />
        )}
        <ErrorAlert error={data.error ?? change.error} />
      </Stack>
    </Paper>
  );
}
