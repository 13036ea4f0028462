import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportedItemsLink } from '../item-bank/item-bank-link.tsx';
import type { ImportReport } from './upload-import.ts';

/** Every record of the file accounted for: imported as items, as steps of an earlier item, or skipped by reason. */
export function ImportAccountTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('importers.account.items'), report.imported],
    [t('importers.account.steps'), report.importedAsSteps],
    // NOTE: the stored report (JSONB) keeps no key order: the most frequent reasons first, then by name.
    ...Object.entries(report.skippedByReason)
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([reason, n]): [string, number] => [t('importers.account.skipped', { reason }), n]),
  ];
  return (
    <Table maw={640} captionSide="top" data-testid="import-account">
      <Table.Caption>{t('importers.account.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('importers.account.outcome')}</Table.Th>
          <Table.Th ta="right">{t('importers.account.records')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, n]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t('importers.account.total')}</Table.Th>
          <Table.Th ta="right">{report.records}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The report of an import: what was written, every record accounted for, each rejected record, the attribution. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="md">
      <Alert color={report.written ? 'teal' : 'red'} variant="light">
        {report.written
          ? t('importers.imported', {
              imported: report.imported,
              records: report.records,
              skills: report.skills,
              figures: report.figures,
              pathway: report.pathwayId,
            })
          : t('importers.nothingWritten', { count: report.rejectedCount, records: report.records })}
      </Alert>
      {report.written && report.pathwayStatus === 'draft' ? (
        <Text size="sm">{t('importers.draftNotice', { pathway: report.pathwayId })}</Text>
      ) : null}
      <ImportAccountTable report={report} />
      {report.rejected.length > 0 ? (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped captionSide="top">
            <Table.Caption>{t('importers.rejectedTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('importers.line')}</Table.Th>
                <Table.Th>{t('importers.field')}</Table.Th>
                <Table.Th>{t('importers.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a record may have the same field twice; the list never moves
                <Table.Tr key={i}>
                  <Table.Td>{p.line}</Table.Td>
                  <Table.Td>
                    <code>{p.field}</code>
                  </Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="sm" c="dimmed">
        <strong>{t('importers.attribution')}:</strong> {report.attribution.text}
      </Text>
      {report.written ? <ImportedItemsLink source={report.source} /> : null}
    </Stack>
  );
}
