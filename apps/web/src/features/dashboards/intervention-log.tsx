import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { Intervention } from './dashboards-api.ts';

/** What teachers recorded, newest first. */
export function InterventionLog({
  entries,
  showLearner = true,
}: {
  entries: Intervention[];
  showLearner?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  if (entries.length === 0) return <Text>{t('dashboards.dashboard.logEmpty')}</Text>;
  return (
    <Table withTableBorder>
      <Table.Caption>{t('dashboards.dashboard.logTitle')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboards.dashboard.when')}</Table.Th>
          {showLearner && <Table.Th scope="col">{t('dashboards.dashboard.learner')}</Table.Th>}
          <Table.Th scope="col">{t('dashboards.dashboard.action')}</Table.Th>
          <Table.Th scope="col">{t('dashboards.dashboard.note')}</Table.Th>
          <Table.Th scope="col">{t('dashboards.dashboard.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td>{formatDate(i.createdAt, locale, true)}</Table.Td>
            {showLearner && <Table.Td>{i.learnerName}</Table.Td>}
            <Table.Td>{t(`dashboards.dashboard.actions.${i.action}`, { defaultValue: i.action })}</Table.Td>
            <Table.Td>{i.note}</Table.Td>
            <Table.Td>{i.teacherName ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
