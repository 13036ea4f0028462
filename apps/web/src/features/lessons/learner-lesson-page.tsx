import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { learnPaths, useLearnerOrg } from '../learning/use-learner-org.ts';
import { LearnerLessonView } from './learner-lesson-view.tsx';
import { type LearnerLesson, lessonPaths } from './lessons-api.ts';

/** A lesson assigned to the learner: its student copy (no key), and the link to practise its skills. */
export function LearnerLessonPage() {
  const { t } = useTranslation();
  const org = useLearnerOrg();
  const { lessonId = '' } = useParams();
  const { data, error } = useApiData<LearnerLesson>(org ? lessonPaths.mine(org.orgId, lessonId) : null);
  if (!org) return null;
  return (
    <Page title={data ? data.title : t('lessons.learner.title')}>
      <Anchor component={Link} to={learnPaths.home(org.orgSlug)}>
        {t('lessons.learner.back')}
      </Anchor>
      <ErrorAlert error={error} />
      {data ? (
        <LearnerLessonView
          lesson={data}
          practiceHref={
            data.practicePathwayId ? learnPaths.pathway(org.orgSlug, data.practicePathwayId) : null
          }
        />
      ) : error ? null : (
        <LoadingState />
      )}
    </Page>
  );
}
