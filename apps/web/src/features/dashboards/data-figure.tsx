import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from './simple-table.tsx';

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
        <SimpleTable caption={caption} columns={columns} rows={rows} />
      </details>
    </figure>
  );
}
