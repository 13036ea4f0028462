import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learnPaths } from '../learning/use-learner-org.ts';
import { lessonPagePaths } from '../lessons/lessons-api.ts';
import { projectPagePaths } from '../projects/projects-api.ts';
import {
  assignmentPagePaths,
  assignmentPaths,
  assignmentTitle,
  type MyAssignments,
} from './assignments-api.ts';
import { StatusBadge } from './status-badge.tsx';

/** The learner home's "Due" section: their assignments across their classes, work not done first, soonest due. */
export function DueList({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { locale, pick, percent } = useLocalized();
  const { data, error } = useApiData<MyAssignments>(assignmentPaths.mine(membership.orgId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="due-heading">
      <Title order={2} size="h3" id="due-heading">
        {t('assignments.due.title')}
      </Title>
      <ErrorAlert error={error} />
      {data && data.assignments.length === 0 ? <Text>{t('assignments.due.empty')}</Text> : null}
      {data && data.assignments.length > 0 ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.assignments.map(({ assignment: a, progress: p }) => {
            const title = assignmentTitle(a, pick);
            return (
              <Paper component="li" key={a.id} withBorder radius="md" p="sm">
                <Group justify="space-between" align="start" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{title}</Text>
                    <Text size="sm" c="dimmed">
                      {t('assignments.due.className', { name: a.className })} ·{' '}
                      <time dateTime={a.dueAt}>
                        {t('assignments.due.dueOn', { date: formatDate(a.dueAt, locale, true) })}
                      </time>
                    </Text>
                    {a.instructions ? <Text size="sm">{a.instructions}</Text> : null}
                    <Text size="sm">
                      {p.items
                        ? t('assignments.due.items', { ...p.items })
                        : t('assignments.due.mastery', { value: percent(p.mastery) })}
                    </Text>
                  </Stack>
                  <Stack gap={6} align="end">
                    <StatusBadge status={p.status} late={p.late} />
                    {a.lesson ? (
                      <Anchor
                        component={Link}
                        to={lessonPagePaths.mine(membership.orgSlug, a.lesson.id)}
                        aria-label={t('assignments.due.openLessonLabel', { title })}
                      >
                        {t('assignments.due.openLesson')}
                      </Anchor>
                    ) : null}
                    {a.kind === 'item_set' ? (
                      <Anchor
                        component={Link}
                        to={assignmentPagePaths.itemSet(membership.orgSlug, a.id)}
                        aria-label={t('assignments.due.openItemSetLabel', { title })}
                      >
                        {t(
                          p.status === 'done'
                            ? 'assignments.due.reviewItemSet'
                            : 'assignments.due.openItemSet',
                        )}
                      </Anchor>
                    ) : null}
                    {a.kind === 'project' ? (
                      <Anchor
                        component={Link}
                        to={projectPagePaths.mine(membership.orgSlug, a.id)}
                        aria-label={t('projects.due.openLabel', { title })}
                      >
                        {t('projects.due.open')}
                      </Anchor>
                    ) : null}
                    {a.practicePathwayId && p.status !== 'done' ? (
                      <Anchor
                        component={Link}
                        to={learnPaths.pathway(membership.orgSlug, a.practicePathwayId)}
                        aria-label={t('assignments.due.practiseLabel', { title })}
                      >
                        {t('assignments.due.practise')}
                      </Anchor>
                    ) : null}
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
