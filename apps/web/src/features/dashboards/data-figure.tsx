import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with the same data as a table for screen readers and keyboard users: the chart is hidden from
 * assistive technology, and the table (behind a disclosure) carries the caption.
 */
export function DataFigure({
  caption,
  chart,
  columns,
  rows,
}: {
  caption: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
}) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="pw-figcaption">{caption}</figcaption>
      <Box h={240} aria-hidden="true">
        {chart}
      </Box>
      <details className="pw-data">
        <summary>{t('dashboards.showTable')}</summary>
        <Table withTableBorder>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.join('|')}>
                {r.map((v, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed column order
                  <Table.Td key={i}>{v}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </figure>
  );
}
