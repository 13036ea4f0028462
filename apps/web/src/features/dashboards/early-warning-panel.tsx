import { Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { EarlyWarning } from './dashboards-api.ts';

/** The administrator's view of the early-warning model: the switch, its held-out quality and its weights. */
export function EarlyWarningPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { locale, percent } = useLocalized();
  const data = useApiData<EarlyWarning>(`/api/orgs/${orgId}/early-warning`);
  const change = useAction();
  const m = data.data?.model;
  const fixed = (x: number) => x.toFixed(2);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('dashboards.earlyWarning.title')}
      </Title>
      <Text size="sm">{t('dashboards.earlyWarning.intro')}</Text>
      {data.data && (
        <Text size="sm">{t('dashboards.earlyWarning.outcome', { days: data.data.horizonDays })}</Text>
      )}
      <ErrorAlert error={data.error ?? change.error} />
      {data.data && m && (
        <>
          <Switch
            label={t('dashboards.earlyWarning.enabled')}
            checked={data.data.enabled}
            onChange={async (e) => {
              const enabled = e.currentTarget.checked;
              await change.run(() => api('PATCH', `/api/orgs/${orgId}/early-warning/settings`, { enabled }));
              await data.reload();
            }}
          />
          <Text size="sm">
            {t('dashboards.earlyWarning.source', {
              source:
                m.source === 'trained' && m.trainedAt
                  ? t('dashboards.earlyWarning.sourceTrained', {
                      when: formatDate(m.trainedAt, locale, true),
                    })
                  : t('dashboards.earlyWarning.sourceDefault'),
            })}
          </Text>
          <Text size="sm">
            {t('dashboards.earlyWarning.threshold', { value: Math.round(m.threshold * 100) })}
          </Text>
          {m.metrics && (
            <>
              <Text size="sm">
                {t('dashboards.earlyWarning.auc', {
                  auc: fixed(m.metrics.auc),
                  baseline: fixed(m.metrics.baselineAuc),
                })}
              </Text>
              <Text size="sm">
                {t('dashboards.earlyWarning.brier', {
                  brier: m.metrics.brier.toFixed(3),
                  n: m.metrics.testRows,
                })}
              </Text>
              {m.metrics.ece !== null && (
                <Text size="sm">{t('dashboards.earlyWarning.ece', { ece: m.metrics.ece.toFixed(3) })}</Text>
              )}
              {m.metrics.flaggedShare !== null && m.metrics.precision !== null && (
                <Text size="sm">
                  {t('dashboards.earlyWarning.thresholdHeldOut', {
                    share: percent(m.metrics.flaggedShare),
                    precision: percent(m.metrics.precision),
                  })}
                </Text>
              )}
              <Table withTableBorder>
                <Table.Caption>{t('dashboards.earlyWarning.calibrationCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboards.earlyWarning.predicted')}</Table.Th>
                    <Table.Th scope="col">{t('dashboards.earlyWarning.observed')}</Table.Th>
                    <Table.Th scope="col">{t('dashboards.earlyWarning.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.metrics.calibration.map((b) => (
                    <Table.Tr key={b.from}>
                      <Table.Td>{percent(b.meanPredicted)}</Table.Td>
                      <Table.Td>{percent(b.observed)}</Table.Td>
                      <Table.Td>{b.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Table withTableBorder>
            <Table.Caption>{t('dashboards.earlyWarning.weightsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.earlyWarning.feature')}</Table.Th>
                <Table.Th scope="col">{t('dashboards.earlyWarning.weight')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.weights.map((w) => (
                <Table.Tr key={w.feature}>
                  <Table.Td>
                    {t(`dashboards.earlyWarning.features.${w.feature}`, { defaultValue: w.feature })}
                  </Table.Td>
                  <Table.Td>{w.weight.toFixed(3)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button
              variant="default"
              loading={change.busy}
              onClick={() =>
                void change.run(
                  () => api('POST', `/api/orgs/${orgId}/early-warning/train`),
                  () => t('dashboards.earlyWarning.trainQueued'),
                )
              }
            >
              {t('dashboards.earlyWarning.train')}
            </Button>
          </Group>
          <StatusMessage message={change.status} />
        </>
      )}
    </Stack>
  );
}
