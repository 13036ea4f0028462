import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { DashboardSection } from './dashboard-section.tsx';
import { dashboardPaths, type Timeline } from './dashboards-api.ts';
import { DataFigure } from './data-figure.tsx';
import { TimelineEvents } from './timeline-events.tsx';

// NOTE: a day ('YYYY-MM-DD') read as midday local time, so no time zone shows it as the day before.
const dayAt = (day: string) => `${day}T12:00:00`;

/** One learner's timeline: daily activity, recent events, mastery changes and what teachers did. */
export function LearnerTimelinePage() {
  const { t } = useTranslation();
  const { locale, percent, pick } = useLocalized();
  const { classId = '', userId = '' } = useParams();
  const org = useStaffOrg();
  const base = org ? `/api/orgs/${org.orgId}/classes/${classId}` : null;
  const cls = useApiData<{ members: { userId: string; name: string }[] }>(base);
  const data = useApiData<Timeline>(base ? `${base}/learners/${userId}/timeline` : null);
  if (!org) return null;
  const name = cls.data?.members.find((m) => m.userId === userId)?.name ?? '';
  return (
    <Page title={t('dashboards.timeline.title', { name })}>
      <Group justify="space-between">
        <Anchor component={Link} to={dashboardPaths.classDashboard(org.orgSlug, classId)}>
          {t('dashboards.timeline.back')}
        </Anchor>
        {name ? (
          <Button
            component={Link}
            variant="light"
            to={credentialPagePaths.award(org.orgSlug, { classId, learnerId: userId })}
          >
            {t('credentials.award.link.forLearner', { name })}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={data.error} />
      {!data.data ? (
        <LoadingState />
      ) : (
        <Stack gap="lg">
          <DashboardSection title={t('dashboards.timeline.activityTitle')}>
            <DataFigure
              caption={t('dashboards.timeline.activityCaption')}
              chart={
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={data.data.days} accessibilityLayer={false} tabIndex={-1}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis
                      dataKey="day"
                      tick={{ fontSize: 11 }}
                      tickFormatter={(day: string) => formatDate(dayAt(day), locale)}
                    />
                    <YAxis width={40} />
                    <Bar dataKey="attempts" fill="#0f6f80" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              }
              columns={[
                t('dashboards.timeline.day'),
                t('dashboards.dashboard.answers'),
                t('dashboards.dashboard.rightAnswers'),
                t('dashboards.dashboard.minutes'),
              ]}
              rows={data.data.days.map((d) => [
                formatDate(dayAt(d.day), locale),
                d.attempts,
                d.correct,
                d.minutes,
              ])}
            />
          </DashboardSection>
          <DashboardSection title={t('dashboards.timeline.recentTitle')}>
            <TimelineEvents events={data.data.statements} interventions={data.data.interventions} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.timeline.masteryTitle')}>
            <Table withTableBorder>
              <Table.Caption>{t('dashboards.timeline.masteryTitle')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboards.dashboard.when')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.dashboard.skill')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.dashboard.meanEstimate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.data.mastery
                  .slice(-30)
                  .reverse()
                  .map((m) => (
                    <Table.Tr key={`${m.skillId}${m.at}${m.estimate}`}>
                      <Table.Td>{formatDate(m.at, locale, true)}</Table.Td>
                      <Table.Td>{pick(m.skillName)}</Table.Td>
                      <Table.Td>
                        {percent(m.estimate)}
                        {m.mastered ? ` (${t('dashboards.dashboard.mastered')})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </DashboardSection>
        </Stack>
      )}
    </Page>
  );
}
