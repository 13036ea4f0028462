import { Anchor } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { EnrollmentActions } from './enrollment-actions.tsx';
import { learningPaths, type PathwayMap, type PathwaySummary } from './learning-api.ts';
import { PathwayOverview } from './pathway-overview.tsx';
import { SkillDetail } from './skill-detail.tsx';
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
  if (!map.data) {
    return (
      <Page title={t('learning.pathway.loadingTitle')}>
        {map.loading ? <LoadingState /> : <ErrorAlert error={map.error} />}
      </Page>
    );
  }
  const { pathway } = map.data;
  const status = list.data?.pathways.find((p) => p.id === pathwayId)?.enrollment?.status ?? null;
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
      <PathwayOverview
        map={map.data}
        actions={
          <EnrollmentActions
            membership={membership}
            pathwayId={pathwayId}
            status={status}
            onChanged={reload}
          />
        }
        detail={(skill) => (
          <SkillDetail
            skill={skill}
            practiceHref={status === 'active' ? learnPaths.practice(membership.orgSlug, pathwayId) : null}
          />
        )}
      />
    </Page>
  );
}
