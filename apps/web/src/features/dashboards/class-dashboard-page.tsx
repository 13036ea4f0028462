import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { GradebookLink } from '../assignments/gradebook-link.tsx';
import { ClassMessagesPanel } from '../messages/class-messages-panel.tsx';
import { AtRiskList } from './at-risk-list.tsx';
import { CsvLink } from './csv-links.tsx';
import { DashboardSection } from './dashboard-section.tsx';
import { type ClassDashboard, dashboardPaths } from './dashboards-api.ts';
import { EngagementChart } from './engagement-chart.tsx';
import { InterventionLog } from './intervention-log.tsx';
import { MasteryHeatmap } from './mastery-heatmap.tsx';
import { StrugglingSkills } from './struggling-skills.tsx';

/** The teacher's class dashboard. */
export function ClassDashboardPage() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { classId = '' } = useParams();
  const org = useStaffOrg();
  const [offset, setOffset] = useState(0);
  const base = org ? `/api/orgs/${org.orgId}/classes/${classId}` : null;
  const cls = useApiData<{ name: string }>(base);
  const dash = useApiData<ClassDashboard>(base ? `${base}/dashboard?offset=${offset}` : null);
  const title = cls.data?.name ?? t('dashboards.classes.title');
  if (!org) return null;
  const csv = (table: string) => `${base}/dashboard.csv?table=${table}`;
  return (
    <Page
      title={title}
      intro={
        dash.data?.freshAsOf
          ? t('dashboards.dashboard.freshAsOf', { when: formatDate(dash.data.freshAsOf, locale, true) })
          : undefined
      }
    >
      <Group justify="space-between">
        <Anchor component={Link} to={dashboardPaths.classes(org.orgSlug)}>
          {t('dashboards.dashboard.back')}
        </Anchor>
        <GradebookLink orgSlug={org.orgSlug} classId={classId} />
        <Button component={Link} variant="light" to={credentialPagePaths.award(org.orgSlug, { classId })}>
          {t('credentials.award.link.forClass')}
        </Button>
      </Group>
      <ErrorAlert error={dash.error ?? cls.error} />
      {!dash.data ? (
        <LoadingState />
      ) : (
        <Stack gap="lg">
          <DashboardSection title={t('dashboards.dashboard.riskTitle')}>
            <AtRiskList
              risk={dash.data.risk}
              orgId={org.orgId}
              orgSlug={org.orgSlug}
              classId={classId}
              onRecorded={() => void dash.reload()}
            />
            <CsvLink href={csv('risk')} label={t('dashboards.dashboard.riskTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.dashboard.heatmapTitle')}>
            <MasteryHeatmap data={dash.data} onPage={setOffset} />
            <CsvLink href={csv('heatmap')} label={t('dashboards.dashboard.heatmapTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.dashboard.engagementTitle')}>
            {dash.data.engagement.length === 0 ? (
              <Text>{t('dashboards.noData')}</Text>
            ) : (
              <EngagementChart weeks={dash.data.engagement} />
            )}
            <CsvLink href={csv('engagement')} label={t('dashboards.dashboard.engagementTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.dashboard.strugglingTitle')}>
            {dash.data.struggling.length === 0 ? (
              <Text>{t('dashboards.noData')}</Text>
            ) : (
              <StrugglingSkills skills={dash.data.struggling} />
            )}
            <CsvLink href={csv('skills')} label={t('dashboards.dashboard.strugglingTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.dashboard.logTitle')}>
            <InterventionLog entries={dash.data.interventions} />
            <CsvLink href={csv('interventions')} label={t('dashboards.dashboard.logTitle')} />
          </DashboardSection>
          <ClassMessagesPanel orgId={org.orgId} classId={classId} />
        </Stack>
      )}
    </Page>
  );
}
