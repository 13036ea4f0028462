import { Anchor, Button, Paper, Text } from '@mantine/core';
import type { AchievementList, AwardResult, ClassList } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { homePathOf } from '../../session/home-path.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { dashboardPaths } from '../dashboards/dashboards-api.ts';
import { AwardForm } from './award-form.tsx';
import { AwardResultPanel } from './award-result-panel.tsx';
import { credentialAdminPaths } from './credentials-api.ts';

type Awarded = { result: AwardResult; who: { classId: string; learnerId: string; learnerName: string } };

/**
 * `/o/:orgSlug/award?class=&learner=`, for teachers (and administrators): award an achievement to a learner of
 * one of their classes with the evidence they approved, then see what was issued, stacked credentials included.
 */
export function AwardPage() {
  const { t } = useTranslation();
  const org = useStaffOrg();
  const [params] = useSearchParams();
  const achievements = useApiData<AchievementList>(org ? credentialAdminPaths.achievements(org.orgId) : null);
  const classes = useApiData<ClassList>(org ? `/api/orgs/${org.orgId}/classes` : null);
  const [awarded, setAwarded] = useState<Awarded | null>(null);
  // Each new award starts from a fresh form, for the same learner.
  const [round, setRound] = useState(0);
  if (!org) return <NotFoundPage />;
  const requestedClass = params.get('class') ?? '';
  const known = classes.data?.classes.some((c) => c.id === requestedClass);
  const initial = awarded
    ? { classId: awarded.who.classId, learnerId: awarded.who.learnerId }
    : { classId: known ? requestedClass : '', learnerId: known ? (params.get('learner') ?? '') : '' };

  function body() {
    if (!achievements.data || !classes.data) return <LoadingState />;
    if (classes.data.classes.length === 0)
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text mb="sm">{t('credentials.award.noClass')}</Text>
          <Button component={Link} to={dashboardPaths.classes(org!.orgSlug)}>
            {t('credentials.award.openClasses')}
          </Button>
        </Paper>
      );
    if (achievements.data.achievements.length === 0)
      return <Text>{t('credentials.award.noAchievement')}</Text>;
    if (awarded)
      return (
        <AwardResultPanel
          orgSlug={org!.orgSlug}
          result={awarded.result}
          who={awarded.who}
          onAnother={() => {
            setAwarded(null);
            setRound((n) => n + 1);
          }}
        />
      );
    return (
      <AwardForm
        key={round}
        orgId={org!.orgId}
        achievements={achievements.data.achievements}
        classes={classes.data.classes}
        initial={initial}
        onAwarded={(result, who) => setAwarded({ result, who })}
      />
    );
  }

  return (
    <Page
      title={t('credentials.award.title')}
      intro={
        <>
          <Anchor component={Link} to={homePathOf(org)} size="sm" display="block" mb={4}>
            {t('credentials.award.backHome')}
          </Anchor>
          {t('credentials.award.intro')}
        </>
      }
    >
      <ErrorAlert error={achievements.error ?? classes.error} />
      {body()}
    </Page>
  );
}
