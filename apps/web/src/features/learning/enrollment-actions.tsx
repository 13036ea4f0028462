import { Alert, Button, Group } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { type EnrollmentStatus, learningApi } from './learning-api.ts';
import { learnPaths } from './use-learner-org.ts';

/** What the learner can do with their enrolment from the map: start, place, practise, pause or resume. */
export function EnrollmentActions({
  membership,
  pathwayId,
  status,
  onChanged,
}: {
  membership: Membership;
  pathwayId: string;
  status: EnrollmentStatus | null;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const change = (next: 'paused' | 'active' | 'enrol') =>
    action.run(
      async () => {
        if (next === 'enrol') await learningApi.enrol(membership.orgId, pathwayId);
        else await learningApi.setStatus(membership.orgId, pathwayId, next);
        await onChanged();
      },
      () =>
        t(
          next === 'paused'
            ? 'learning.pathway.pausedDone'
            : next === 'active'
              ? 'learning.pathway.resumedDone'
              : 'learning.pathway.enrolledDone',
        ),
    );
  const slug = membership.orgSlug;
  return (
    <>
      {status === 'paused' ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconPlayerPause aria-hidden="true" />}
          title={t('learning.pathway.pausedTitle')}
        >
          {t('learning.pathway.pausedText')}
        </Alert>
      ) : null}
      <Group gap="sm">
        {status === null ? (
          <Button onClick={() => change('enrol')} loading={action.busy}>
            {t('learning.home.start')}
          </Button>
        ) : null}
        {status === 'placement' ? (
          <Button component={Link} to={learnPaths.placement(slug, pathwayId)}>
            {t('learning.home.continuePlacement')}
          </Button>
        ) : null}
        {status === 'active' ? (
          <>
            <Button component={Link} to={learnPaths.practice(slug, pathwayId)}>
              {t('learning.home.practise')}
            </Button>
            <Button variant="default" onClick={() => change('paused')} loading={action.busy}>
              {t('learning.pathway.pause')}
            </Button>
          </>
        ) : null}
        {status === 'paused' ? (
          <Button onClick={() => change('active')} loading={action.busy}>
            {t('learning.pathway.resume')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={action.error} />
      <StatusMessage message={action.status} />
    </>
  );
}
