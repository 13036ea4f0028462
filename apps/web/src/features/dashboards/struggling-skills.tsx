import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { ClassDashboard } from './dashboards-api.ts';
import { DataFigure } from './data-figure.tsx';

/** The class's weakest skills first: a bar per skill, with the counts in the table. */
export function StrugglingSkills({ skills }: { skills: ClassDashboard['struggling'] }) {
  const { t } = useTranslation();
  const { pick, percent } = useLocalized();
  const data = skills
    .slice(0, 8)
    .map((s) => ({ name: pick(s.name), value: Math.round(s.meanEstimate * 100) }));
  return (
    <DataFigure
      caption={t('dashboards.dashboard.strugglingCaption')}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            accessibilityLayer={false}
            tabIndex={-1}
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
            <Bar dataKey="value" fill="#0f6f80" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      columns={[
        t('dashboards.dashboard.skill'),
        t('dashboards.dashboard.meanEstimate'),
        t('dashboards.dashboard.practised'),
        t('dashboards.dashboard.masteredBy'),
        t('dashboards.dashboard.strugglingCount'),
      ]}
      rows={skills.map((s) => [pick(s.name), percent(s.meanEstimate), s.practised, s.mastered, s.struggling])}
    />
  );
}
