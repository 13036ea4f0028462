import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { WeekFigures } from './dashboards-api.ts';
import { DataFigure } from './data-figure.tsx';

/** Active learners and minutes on task per week (two lines), with the full weekly table behind it. */
export function EngagementChart({ weeks }: { weeks: WeekFigures[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const label = (w: string) => formatDate(w, locale);
  const data = weeks.map((w) => ({ ...w, label: label(w.week) }));
  return (
    <DataFigure
      caption={t('dashboards.dashboard.engagementCaption')}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            accessibilityLayer={false}
            tabIndex={-1}
            margin={{ top: 10, right: 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tickLine={false} />
            <YAxis yAxisId="learners" width={48} />
            <YAxis yAxisId="minutes" orientation="right" width={56} />
            <Legend />
            <Line
              yAxisId="learners"
              dataKey="activeLearners"
              name={t('dashboards.dashboard.activeLearners')}
              stroke="#0f6f80"
              strokeWidth={3}
              isAnimationActive={false}
            />
            <Line
              yAxisId="minutes"
              dataKey="minutes"
              name={t('dashboards.dashboard.minutes')}
              stroke="#b35900"
              strokeWidth={2}
              strokeDasharray="6 3"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      columns={[
        t('dashboards.dashboard.week'),
        t('dashboards.dashboard.activeLearners'),
        t('dashboards.dashboard.answers'),
        t('dashboards.dashboard.rightAnswers'),
        t('dashboards.dashboard.minutes'),
      ]}
      rows={weeks.map((w) => [label(w.week), w.activeLearners, w.attempts, w.correct, w.minutes])}
    />
  );
}
