import { Button, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconCircleCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { CredentialNotice } from './credential-notice.tsx';
import { type EarnedCredential, learningPaths, type PathwayMap, type SkillRef } from './learning-api.ts';
import { learnPaths } from './use-learner-org.ts';

/** The placement's result, asset first: what the learner already knows, then what comes next. */
export function PlacementResult({
  membership,
  pathwayId,
  summary,
}: {
  membership: Membership;
  pathwayId: string;
  summary: { known: SkillRef[]; total: number; knownCount: number; credentials?: EarnedCredential[] };
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const map = useApiData<PathwayMap>(learningPaths.map(membership.orgId, pathwayId));
  const known = new Set(summary.known.map((k) => k.id));
  const gaps = (map.data?.skills ?? []).filter((s) => !known.has(s.id) && s.status !== 'mastered');
  const readyNext = gaps.filter((s) => s.status === 'ready');
  const later = gaps.length - readyNext.length;
  return (
    <Page
      title={t('learning.placement.resultTitle', { known: summary.knownCount, count: summary.total })}
      intro={t('learning.placement.resultIntro')}
    >
      <CredentialNotice credentials={summary.credentials ?? []} orgSlug={membership.orgSlug} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="strengths-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="strengths-heading">
              {t('learning.placement.strengths')}
            </Title>
            {summary.known.length === 0 ? (
              <Text>{t('learning.placement.noStrengths')}</Text>
            ) : (
              <List
                spacing={4}
                icon={
                  <ThemeIcon color="teal.8" size={20} radius="xl" aria-hidden="true">
                    <IconCircleCheck size={14} />
                  </ThemeIcon>
                }
              >
                {summary.known.map((s) => (
                  <List.Item key={s.id}>{pick(s.name)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="gaps-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="gaps-heading">
              {t('learning.placement.nextUp')}
            </Title>
            <List
              spacing={4}
              icon={
                <ThemeIcon color="pathwise.7" size={20} radius="xl" aria-hidden="true">
                  <IconPlayerPlay size={12} />
                </ThemeIcon>
              }
            >
              {readyNext.map((s) => (
                <List.Item key={s.id}>{pick(s.name)}</List.Item>
              ))}
            </List>
            {later > 0 ? <Text c="dimmed">{t('learning.placement.later', { count: later })}</Text> : null}
          </Stack>
        </Paper>
      </SimpleGrid>
      <Group>
        <Button component={Link} to={learnPaths.practice(membership.orgSlug, pathwayId)}>
          {t('learning.placement.startPractice')}
        </Button>
        <Button component={Link} to={learnPaths.pathway(membership.orgSlug, pathwayId)} variant="default">
          {t('learning.placement.seeMap')}
        </Button>
      </Group>
    </Page>
  );
}
