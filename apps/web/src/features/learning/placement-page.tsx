import { Paper, Stack, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { ItemView } from './item-view.tsx';
import { LabelledProgress } from './labelled-progress.tsx';
import { learningApi, type PlacementStep } from './learning-api.ts';
import { PlacementResult } from './placement-result.tsx';
import { useLearnerOrg } from './use-learner-org.ts';

/** `/o/:orgSlug/learn/:pathwayId/placement`: a short adaptive check that finds what the learner already knows. */
export function PlacementPage() {
  const membership = useLearnerOrg();
  const { pathwayId = '' } = useParams();
  if (!membership) return <NotFoundPage />;
  return <PlacementView membership={membership} pathwayId={pathwayId} />;
}

function PlacementView({ membership, pathwayId }: { membership: Membership; pathwayId: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<PlacementStep | null>(null);
  const [error, setError] = useState<unknown>(null);
  const next = useCallback(async () => {
    setError(null);
    try {
      setStep(await learningApi.placementNext(membership.orgId, pathwayId));
    } catch (caught) {
      setError(caught);
    }
  }, [membership.orgId, pathwayId]);
  useEffect(() => {
    void next();
  }, [next]);

  if (step?.done) {
    return <PlacementResult membership={membership} pathwayId={pathwayId} summary={step.summary} />;
  }
  return (
    <Page title={t('learning.placement.title')} intro={t('learning.placement.intro')}>
      <ErrorAlert error={error} />
      {!step && !error ? <LoadingState /> : null}
      {step ? (
        <Stack gap="md">
          <Paper radius="md" p="md" withBorder>
            <Stack gap={6}>
              <Text size="sm" id="placement-progress">
                {t('learning.placement.progress', { n: step.progress.answered + 1, max: step.progress.max })}
              </Text>
              <LabelledProgress
                value={(100 * step.progress.answered) / Math.max(1, step.progress.max)}
                color="pathwise.7"
                label={t('learning.placement.progress', {
                  n: step.progress.answered + 1,
                  max: step.progress.max,
                })}
              />
              <Text size="sm" c="dimmed">
                {t('learning.placement.noTutor')}
              </Text>
            </Stack>
          </Paper>
          <ItemView
            key={step.item.servedId}
            orgId={membership.orgId}
            item={step.item}
            placement
            focusFirst={step.progress.answered > 0}
            onDone={() => {
              window.setTimeout(() => void next(), 700);
            }}
          />
        </Stack>
      ) : null}
    </Page>
  );
}
