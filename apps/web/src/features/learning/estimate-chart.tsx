import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';

/** How a skill's estimate changed, answer by answer: a line chart, and the same points as a table. */
export function EstimateChart({
  history,
  skillName,
}: {
  history: { at: string; estimate: number }[];
  skillName: string;
}) {
  const { t } = useTranslation();
  const { locale, percent } = useLocalized();
  const data = history.map((h, i) => ({ n: i + 1, value: Math.round(h.estimate * 100), at: h.at }));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="pw-figcaption">
        {t('learning.myLearning.chartCaption', { skill: skillName })}
      </figcaption>
      <Box h={200} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            accessibilityLayer={false}
            tabIndex={-1}
            margin={{ top: 10, right: 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="n" tickLine={false} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={56} />
            <Line
              type="monotone"
              dataKey="value"
              stroke="#0f6f80"
              strokeWidth={3}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <details className="pw-data">
        <summary>{t('learning.figure.showTable')}</summary>
        <Table withTableBorder>
          <Table.Caption>{t('learning.myLearning.chartCaption', { skill: skillName })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('learning.myLearning.colWhen')}</Table.Th>
              <Table.Th scope="col">{t('learning.myLearning.colEstimate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.at + h.estimate}>
                <Table.Td>{formatDate(h.at, locale, true)}</Table.Td>
                <Table.Td>{percent(h.estimate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </figure>
  );
}
