import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learnPaths, useLearnerOrg } from '../learning/use-learner-org.ts';
import { type ProjectView, projectPaths } from './projects-api.ts';
import { RubricTable } from './rubric-table.tsx';
import { SubmissionForm } from './submission-form.tsx';
import { SubmissionHistory } from './submission-history.tsx';

/** The learner's project: the brief, the rubric, the hand-in form (while it may be handed in) and the history. */
export function MyProjectPage() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const org = useLearnerOrg();
  const { assignmentId = '' } = useParams();
  const { data, error, reload } = useApiData<ProjectView>(
    org ? projectPaths.mine(org.orgId, assignmentId) : null,
  );
  if (!org) return null;
  const open = !data?.submission || data.submission.canResubmit;
  return (
    <Page title={data?.title ?? t('projects.page.title')}>
      <Anchor component={Link} to={learnPaths.home(org.orgSlug)}>
        {t('projects.page.back')}
      </Anchor>
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : (
          <LoadingState />
        )
      ) : (
        <Stack gap="lg">
          <Stack gap={4} component="section" aria-labelledby="project-brief">
            <Title order={2} id="project-brief">
              {t('projects.page.brief')}
            </Title>
            <Text size="sm" c="dimmed">
              {data.className} · {t('projects.page.due', { date: formatDate(data.dueAt, locale, true) })}
            </Text>
            {data.instructions ? <Text style={{ whiteSpace: 'pre-wrap' }}>{data.instructions}</Text> : null}
            {data.achievementName ? (
              <Text>{t('projects.page.achievement', { name: data.achievementName })}</Text>
            ) : null}
          </Stack>
          {/* Not a section of its own: the rubric table is already a region named "Rubric". */}
          <Stack gap={4}>
            <Title order={2} id="project-rubric">
              {t('projects.rubric.title')}
            </Title>
            <RubricTable spec={data.project} />
          </Stack>
          <Stack gap={4} component="section" aria-labelledby="project-hand-in">
            <Title order={2} id="project-hand-in">
              {t('projects.page.handIn')}
            </Title>
            {open ? (
              <SubmissionForm orgId={org.orgId} view={data} onDone={() => void reload()} />
            ) : (
              <Text>{t('projects.page.passed')}</Text>
            )}
          </Stack>
          {data.submission ? (
            <Stack gap={4} component="section" aria-labelledby="project-history">
              <Title order={2} id="project-history">
                {t('projects.history.title')}
              </Title>
              <SubmissionHistory orgId={org.orgId} spec={data.project} submission={data.submission} />
            </Stack>
          ) : null}
        </Stack>
      )}
    </Page>
  );
}
