import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type LearnedSkill, learningPaths, type MyLearning, type PathwaySummary } from './learning-api.ts';
import { SkillEvidence } from './skill-evidence.tsx';
import { STANDING_COLOR, STANDING_KEY, StandingIcon } from './skill-status-icon.tsx';
import { learnPaths, useLearnerOrg } from './use-learner-org.ts';

/** `/o/:orgSlug/learning`: the learner's own model, skill by skill, with the evidence and its history. */
export function MyLearningPage() {
  const membership = useLearnerOrg();
  if (!membership) return <NotFoundPage />;
  return <MyLearningView membership={membership} />;
}

/** Items answered on a skill, every mode together (what really happened, never the model's synthetic counts). */
function answered(skill: LearnedSkill): number {
  const e = skill.evidence;
  return e.placementAnswered + e.practiceAnswered + e.reviewAnswered;
}

/** The one-line summary of what happened on a skill: counts by mode, or why there are none. */
function useEvidenceLine(): (skill: LearnedSkill) => string {
  const { t } = useTranslation();
  return (skill) => {
    const e = skill.evidence;
    const parts = [
      e.placementAnswered > 0
        ? t('learning.standing.placement', { count: e.placementAnswered, right: e.placementRight })
        : null,
      e.practiceAnswered > 0
        ? t('learning.standing.practice', { count: e.practiceAnswered, right: e.practiceRight })
        : null,
      e.reviewAnswered > 0
        ? t('learning.standing.review', { count: e.reviewAnswered, right: e.reviewRight })
        : null,
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) return parts.join(' · ');
    return skill.status === 'credited'
      ? t('learning.standing.creditedLine')
      : t('learning.myLearning.noAnswers');
  };
}

function MyLearningView({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { pick, percent } = useLocalized();
  const evidenceLine = useEvidenceLine();
  const mine = useApiData<MyLearning>(learningPaths.myLearning(membership.orgId));
  const list = useApiData<{ pathways: PathwaySummary[] }>(learningPaths.pathways(membership.orgId));
  const [pathway, setPathway] = useState('all');
  const enrolled = (list.data?.pathways ?? []).filter((p) => p.enrollment);
  const skills = (mine.data?.skills ?? []).filter((s) => pathway === 'all' || s.pathwayIds.includes(pathway));
  const mastered = skills.filter((s) => s.mastered).length;
  const practised = skills.filter((s) => answered(s) > 0).length;
  return (
    <Page
      title={t('learning.myLearning.title')}
      intro={
        <>
          <Anchor component={Link} to={learnPaths.home(membership.orgSlug)} size="sm" display="block" mb={4}>
            {t('learning.backHome')}
          </Anchor>
          {t('learning.myLearning.intro')}
        </>
      }
    >
      <ErrorAlert error={mine.error} />
      {mine.loading && !mine.data ? <LoadingState /> : null}
      {mine.data ? (
        <>
          {mine.data.reviewsDue > 0 ? (
            <Alert color="grape" variant="light" icon={<IconRepeat aria-hidden="true" />}>
              {t('learning.myLearning.reviewsDue', { count: mine.data.reviewsDue })}
            </Alert>
          ) : null}
          {enrolled.length > 1 ? (
            <SegmentedControl
              aria-label={t('learning.myLearning.filter')}
              value={pathway}
              onChange={setPathway}
              data={[
                { value: 'all', label: t('learning.myLearning.allPathways') },
                ...enrolled.map((p) => ({ value: p.id, label: pick(p.name) })),
              ]}
              style={{ alignSelf: 'start' }}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <Stat label={t('learning.myLearning.statMastered')} value={`${mastered} / ${skills.length}`} />
            <Stat label={t('learning.myLearning.statPractised')} value={String(practised)} />
            <Stat label={t('learning.myLearning.statReviews')} value={String(mine.data.reviewsDue)} />
          </SimpleGrid>
          {skills.length === 0 ? <Text>{t('learning.myLearning.empty')}</Text> : null}
          <Accordion
            variant="separated"
            radius="md"
            multiple
            chevronPosition="right"
            keepMounted={false}
            order={2}
          >
            {skills.map((skill) => {
              const name = pick(skill.name);
              return (
                <Accordion.Item key={skill.id} value={skill.id} bg="white">
                  <Accordion.Control>
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text fw={600}>{name}</Text>
                        <Text size="sm" c="dimmed">
                          {evidenceLine(skill)}
                        </Text>
                      </Stack>
                      <Stack gap={4} align="end" style={{ flexShrink: 0 }} w={{ base: 110, sm: 170 }}>
                        <Group gap={6} wrap="nowrap">
                          <Badge
                            variant="outline"
                            color={STANDING_COLOR[skill.status]}
                            radius="sm"
                            size="sm"
                            leftSection={<StandingIcon status={skill.status} size={12} />}
                          >
                            {t(STANDING_KEY[skill.status])}
                          </Badge>
                          {skill.estimate !== null ? (
                            <Text fw={700} size="sm">
                              {percent(skill.estimate)}
                            </Text>
                          ) : null}
                        </Group>
                        {skill.estimate !== null ? (
                          <Progress
                            value={skill.estimate * 100}
                            color={skill.mastered ? 'teal.8' : 'pathwise.7'}
                            w="100%"
                            aria-hidden="true"
                          />
                        ) : null}
                      </Stack>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <SkillEvidence skill={skill} />
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        </>
      ) : null}
    </Page>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}
