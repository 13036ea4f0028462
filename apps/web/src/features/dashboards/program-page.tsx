import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { CsvLink } from './csv-links.tsx';
import { DashboardSection } from './dashboard-section.tsx';
import type { ProgramFigures } from './dashboards-api.ts';
import { DataFigure } from './data-figure.tsx';
import { EarlyWarningPanel } from './early-warning-panel.tsx';
import { SimpleTable } from './simple-table.tsx';

/** The administrator's program dashboard. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const org = useStaffOrg();
  const base = org?.role === 'admin' ? `/api/orgs/${org.orgId}/analytics/program` : null;
  const data = useApiData<ProgramFigures>(base);
  if (!org || !base) return null;
  const csv = (table: string) => `${base}.csv?table=${table}`;
  const f = data.data;
  return (
    <Page title={t('dashboards.program.title')} intro={t('dashboards.program.intro')}>
      <ErrorAlert error={data.error} />
      {!f ? (
        <LoadingState />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl">
            {(
              [
                ['learners', f.totals.learners],
                ['active', f.totals.activeLearners7d],
                ['enrolments', f.totals.enrolments],
                ['completed', f.totals.completed],
                ['credentials', f.totals.credentials],
              ] as const
            ).map(([k, v]) => (
              <Paper key={k} withBorder radius="md" p="sm">
                <Text component="dt" size="sm">
                  {t(`dashboards.program.${k}`)}
                </Text>
                <Text component="dd" fw={700} size="xl" m={0}>
                  {v}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <CsvLink href={csv('totals')} label={t('dashboards.program.title')} />
          <DashboardSection title={t('dashboards.program.riskTitle')}>
            <DataFigure
              caption={t('dashboards.program.riskCaption')}
              chart={
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart
                    data={f.riskOverTime.map((r) => ({ ...r, label: formatDate(r.week, locale) }))}
                    accessibilityLayer={false}
                    tabIndex={-1}
                  >
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis width={40} />
                    <Line dataKey="atRisk" stroke="#c92a2a" strokeWidth={3} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              }
              columns={[
                t('dashboards.dashboard.week'),
                t('dashboards.program.atRisk'),
                t('dashboards.program.scored'),
              ]}
              rows={f.riskOverTime.map((r) => [formatDate(r.week, locale), r.atRisk, r.scored])}
            />
            <CsvLink href={csv('risk')} label={t('dashboards.program.riskTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.program.classesTitle')}>
            <SimpleTable
              caption={t('dashboards.program.classesTitle')}
              columns={[
                t('dashboards.program.class'),
                t('dashboards.program.learners'),
                t('dashboards.program.active'),
                t('dashboards.program.atRisk'),
                t('dashboards.program.scored'),
              ]}
              rows={f.classes.map((c) => [c.name, c.learners, c.active7d, c.atRisk, c.scored])}
            />
            <CsvLink href={csv('classes')} label={t('dashboards.program.classesTitle')} />
          </DashboardSection>
          <DashboardSection title={t('dashboards.program.pathwaysTitle')}>
            <SimpleTable
              caption={t('dashboards.program.pathwaysTitle')}
              columns={[
                t('dashboards.program.pathway'),
                t('dashboards.program.enrolled'),
                t('dashboards.program.active'),
                t('dashboards.program.completed'),
              ]}
              rows={f.pathways.map((p) => [pick(p.name), p.enrolled, p.active7d, p.completed])}
            />
            <CsvLink href={csv('pathways')} label={t('dashboards.program.pathwaysTitle')} />
          </DashboardSection>
          <Paper withBorder radius="lg" p="md">
            <EarlyWarningPanel orgId={org.orgId} />
          </Paper>
        </Stack>
      )}
    </Page>
  );
}
