import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { Figure } from './learning-api.ts';

const PIE_COLORS = ['#0f6f80', '#e8590c', '#5f3dc4', '#2b8a3e', '#c2255c', '#1864ab'];

/**
 * A problem's figure drawn as the content describes it (a truncated axis stays truncated: spotting it may be the
 * task), with the same numbers as a table for screen readers and anyone who prefers one.
 */
export function FigureView({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = pick(figure.title);
  const data = figure.labels.map((label, i) => ({ name: pick(label), value: figure.values[i] ?? 0 }));
  const table = (
    <Table withTableBorder maw={420} data-figure={figure.kind}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('learning.figure.label')}</Table.Th>
          <Table.Th scope="col">
            {figure.axis ? pick(figure.axis.label) : t('learning.figure.value')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.map((row) => (
          <Table.Tr key={row.name}>
            <Table.Th scope="row" fw={500}>
              {row.name}
            </Table.Th>
            <Table.Td>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (figure.kind === 'table') return table;
  return (
    <figure style={{ margin: 0 }} data-figure={figure.kind}>
      <Text component="figcaption" fw={600} size="sm" mb="xs">
        {title}
      </Text>
      <Box h={240} maw={560} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {figure.kind === 'pie' ? (
            <PieChart
              accessibilityLayer={false}
              tabIndex={-1}
              margin={{ top: 20, right: 56, bottom: 20, left: 56 }}
            >
              <Pie
                rootTabIndex={-1}
                data={data}
                dataKey="value"
                nameKey="name"
                outerRadius="75%"
                label={({ name }) => String(name)}
                isAnimationActive={false}
              >
                {data.map((row, i) => (
                  <Cell key={row.name} fill={PIE_COLORS[i % PIE_COLORS.length]} />
                ))}
              </Pie>
            </PieChart>
          ) : figure.kind === 'line' ? (
            <LineChart
              data={data}
              accessibilityLayer={false}
              tabIndex={-1}
              margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis
                domain={figure.axis ? [figure.axis.min, figure.axis.max] : ['auto', 'auto']}
                allowDataOverflow
              />
              <Tooltip />
              <Line dataKey="value" stroke="#0f6f80" strokeWidth={3} isAnimationActive={false} />
            </LineChart>
          ) : (
            <BarChart
              data={data}
              accessibilityLayer={false}
              tabIndex={-1}
              margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis
                domain={figure.axis ? [figure.axis.min, figure.axis.max] : [0, 'auto']}
                allowDataOverflow
              />
              <Tooltip />
              <Bar dataKey="value" fill="#0f6f80" isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </Box>
      <details className="pw-data">
        <summary>{t('learning.figure.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
