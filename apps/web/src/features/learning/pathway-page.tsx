import { Anchor, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { EnrollmentActions } from './enrollment-actions.tsx';
import { LabelledProgress } from './labelled-progress.tsx';
import { learningPaths, type PathwayMap, type PathwaySummary } from './learning-api.ts';
import { SkillDetail } from './skill-detail.tsx';
import { SkillMap } from './skill-map.tsx';
import { SkillStatusIcon } from './skill-status-icon.tsx';
import { SkillTable } from './skill-table.tsx';
import { learnPaths, useLearnerOrg } from './use-learner-org.ts';

/** `/o/:orgSlug/learn/:pathwayId`: the pathway as a map of skills (and as a table), with the enrolment's actions. */
export function PathwayPage() {
  const membership = useLearnerOrg();
  const { pathwayId = '' } = useParams();
  if (!membership) return <NotFoundPage />;
  return <PathwayView membership={membership} pathwayId={pathwayId} />;
}

function PathwayView({ membership, pathwayId }: { membership: Membership; pathwayId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const map = useApiData<PathwayMap>(learningPaths.map(membership.orgId, pathwayId));
  const list = useApiData<{ pathways: PathwaySummary[] }>(learningPaths.pathways(membership.orgId));
  const [selected, setSelected] = useState<string | null>(null);
  if (!map.data) {
    return (
      <Page title={t('learning.pathway.loadingTitle')}>
        {map.loading ? <LoadingState /> : <ErrorAlert error={map.error} />}
      </Page>
    );
  }
  const { pathway, summary, skills } = map.data;
  const status = list.data?.pathways.find((p) => p.id === pathwayId)?.enrollment?.status ?? null;
  const chosen = skills.find((s) => s.id === selected) ?? skills.find((s) => s.status === 'ready') ?? null;
  const counts = { mastered: 0, ready: 0, locked: 0 };
  for (const s of skills) counts[s.status]++;
  const reload = async () => {
    await Promise.all([map.reload(), list.reload()]);
  };
  return (
    <Page
      title={pick(pathway.name)}
      intro={
        <>
          <Anchor component={Link} to={learnPaths.home(membership.orgSlug)} size="sm" display="block" mb={4}>
            {t('learning.backHome')}
          </Anchor>
          {pick(pathway.description)}
        </>
      }
    >
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Text fw={600} id="pathway-progress">
            {t('learning.pathway.summary', { mastered: summary.mastered, count: summary.total })}
          </Text>
          <LabelledProgress
            value={summary.total ? (100 * summary.mastered) / summary.total : 0}
            size="lg"
            label={t('learning.pathway.summary', { mastered: summary.mastered, count: summary.total })}
          />
          <Group gap="lg" aria-label={t('learning.pathway.legend')} role="group">
            {(['mastered', 'ready', 'locked'] as const).map((s) => (
              <Group key={s} gap={6} wrap="nowrap">
                <span className={`pw-swatch pw-skill--${s}`}>
                  <SkillStatusIcon status={s} />
                </span>
                <Text size="sm">{t(`learning.pathway.count.${s}`, { count: counts[s] })}</Text>
              </Group>
            ))}
          </Group>
          <EnrollmentActions
            membership={membership}
            pathwayId={pathwayId}
            status={status}
            onChanged={reload}
          />
        </Stack>
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Tabs defaultValue="map" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="map">{t('learning.pathway.tabMap')}</Tabs.Tab>
              <Tabs.Tab value="list">{t('learning.pathway.tabList')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="map" pt="md">
              <Title order={2} size="h4" mb="xs">
                {t('learning.pathway.mapHeading')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('learning.pathway.mapHelp')}
              </Text>
              <SkillMap skills={skills} selectedId={chosen?.id ?? null} onSelect={setSelected} />
            </Tabs.Panel>
            <Tabs.Panel value="list" pt="md">
              <SkillTable
                skills={skills}
                caption={t('learning.pathway.tableCaption', { name: pick(pathway.name) })}
              />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <div aria-live="polite">
            {chosen ? (
              <SkillDetail
                skill={chosen}
                practiceHref={status === 'active' ? learnPaths.practice(membership.orgSlug, pathwayId) : null}
              />
            ) : null}
          </div>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
