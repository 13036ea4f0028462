import { Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { LabelledProgress } from './labelled-progress.tsx';
import type { MapSkill, PathwayMap } from './learning-api.ts';
import { SkillMap } from './skill-map.tsx';
import { SkillStatusIcon } from './skill-status-icon.tsx';
import { SkillTable } from './skill-table.tsx';

interface PathwayOverviewProps {
  map: PathwayMap;
  /** Below the progress: the learner's enrolment actions (none in the staff's preview). */
  actions?: ReactNode;
  /** The side column for the chosen skill (the first ready one until another is chosen). */
  detail: (skill: MapSkill) => ReactNode;
}

/**
 * The body of a learner's pathway page: progress and the colours' legend, the skills as a map and as a table in
 * learning order, and the chosen skill's details. The learner's page and the staff's preview both show it.
 */
export function PathwayOverview({ map, actions, detail }: PathwayOverviewProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [selected, setSelected] = useState<string | null>(null);
  const { pathway, summary, skills } = map;
  const chosen = skills.find((s) => s.id === selected) ?? skills.find((s) => s.status === 'ready') ?? null;
  const counts = { mastered: 0, ready: 0, locked: 0 };
  for (const s of skills) counts[s.status]++;
  return (
    <>
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
          {actions}
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
          <div aria-live="polite">{chosen ? detail(chosen) : null}</div>
        </Grid.Col>
      </Grid>
    </>
  );
}
