import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconArrowRight, IconBook2, IconFlag, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { CredentialNotice } from './credential-notice.tsx';
import { ItemView } from './item-view.tsx';
import {
  type AnswerResult,
  type EarnedCredential,
  learningApi,
  learningPaths,
  type MasteryUpdate,
  type PathwayMap,
  type PracticeItem,
  type SkillProgress,
  type WorkedExampleResult,
} from './learning-api.ts';
import { MasteryMoment } from './mastery-moment.tsx';
import {
  emptyTally,
  SessionSummary,
  type SessionTally,
  tallyEnded,
  tallyServed,
} from './session-summary.tsx';
import { SkillExplanationPanel } from './skill-explanation-panel.tsx';
import { SkillProgressBar } from './skill-progress-bar.tsx';
import { TutorPanel } from './tutor-panel.tsx';
import { learnPaths, useLearnerOrg } from './use-learner-org.ts';
import { WorkedExampleView } from './worked-example-view.tsx';

/** `/o/:orgSlug/learn/:pathwayId/practice`: one chosen item after another, with the tutor beside it. */
export function PracticePage() {
  const membership = useLearnerOrg();
  const { pathwayId = '' } = useParams();
  if (!membership) return <NotFoundPage />;
  return <PracticeView membership={membership} pathwayId={pathwayId} />;
}

function PracticeView({ membership, pathwayId }: { membership: Membership; pathwayId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const map = useApiData<PathwayMap>(learningPaths.map(membership.orgId, pathwayId));
  const [practice, setPractice] = useState<PracticeItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [stepId, setStepId] = useState<string | null>(null);
  const [tutorOpen, setTutorOpen] = useState(false);
  const [done, setDone] = useState<AnswerResult | null>(null);
  const [mastery, setMastery] = useState<MasteryUpdate | null>(null);
  const [earned, setEarned] = useState<EarnedCredential[]>([]);
  const [solved, setSolved] = useState(0);
  const [progress, setProgress] = useState<SkillProgress | null>(null);
  const [explanationOpen, setExplanationOpen] = useState(false);
  const [worked, setWorked] = useState<WorkedExampleResult | null>(null);
  const [workedBusy, setWorkedBusy] = useState(false);
  const [tally, setTally] = useState<SessionTally>(emptyTally);
  const [summary, setSummary] = useState(false);
  const wrongOnItem = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  const next = useCallback(async () => {
    setError(null);
    setDone(null);
    setMastery(null);
    setEarned([]);
    setWorked(null);
    setSummary(false);
    wrongOnItem.current = false;
    try {
      const served = await learningApi.practiceNext(membership.orgId, pathwayId);
      setPractice(served);
      setStepId(served.item.currentStepId);
      setProgress(served.progress);
      setExplanationOpen(served.firstOfSkill && served.hasExplanation);
      setTally((before) => tallyServed(before, served.skill, served.progress));
    } catch (caught) {
      setError(caught);
    }
  }, [membership.orgId, pathwayId]);

  const showWorkedExample = async () => {
    if (!practice || !stepId) return;
    setWorkedBusy(true);
    setError(null);
    try {
      const result = await learningApi.workedExample(membership.orgId, practice.item.servedId, stepId);
      setWorked(result);
      setTutorOpen(false);
      if (result.mastery) setProgress(result.mastery.progress);
      setSolved((n) => n + 1);
      setTally((before) =>
        tallyEnded(before, practice.skill.id, {
          firstTry: false,
          worked: true,
          progress: result.mastery?.progress ?? null,
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setWorkedBusy(false);
    }
  };
  useEffect(() => {
    void next();
  }, [next]);
  useEffect(() => {
    if ((done && !mastery?.newlyMastered) || worked) nextButton.current?.focus();
  }, [done, mastery, worked]);
  useEffect(() => {
    if (tutorOpen) document.querySelector<HTMLTextAreaElement>('#tutor-panel textarea')?.focus();
  }, [tutorOpen]);

  const title = map.data
    ? t('learning.practice.title', { name: pick(map.data.pathway.name) })
    : t('learning.practice.titlePlain');
  const mapHref = learnPaths.pathway(membership.orgSlug, pathwayId);
  const blocked = error instanceof ApiError && error.code === 'conflict';
  const step = practice?.item.steps.findIndex((s) => s.id === stepId) ?? -1;

  return (
    <Page
      title={title}
      intro={
        <Anchor component={Link} to={mapHref} size="sm">
          {t('learning.practice.backToMap')}
        </Anchor>
      }
    >
      {blocked ? (
        <Alert color="orange" variant="light" title={t('learning.practice.blockedTitle')}>
          <Stack gap="sm" align="start">
            <Text>{t('learning.practice.blockedText')}</Text>
            <Button component={Link} to={mapHref}>
              {t('learning.practice.openMap')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      {!practice && !error ? <LoadingState /> : null}
      {summary ? <SessionSummary tally={tally} mapHref={mapHref} onContinue={() => void next()} /> : null}
      {practice && !summary ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: tutorOpen ? 7 : 12 }}>
            <Stack gap="md">
              <Paper radius="md" p="md" bg="pathwise.0">
                <Group gap="xs" mb={4}>
                  <Badge
                    color={practice.mode === 'review' ? 'grape.9' : 'pathwise.8'}
                    variant="filled"
                    radius="sm"
                  >
                    {t(`learning.practice.mode.${practice.mode}`)}
                  </Badge>
                  <Text fw={700} data-practice-skill="">
                    {pick(practice.skill.name)}
                  </Text>
                </Group>
                <Text size="sm">
                  <Text component="span" fw={600} size="sm">
                    {t('learning.practice.why')}
                  </Text>{' '}
                  {pick(practice.why)}
                </Text>
                {progress ? (
                  <div style={{ marginTop: 8 }}>
                    <SkillProgressBar progress={progress} skillName={pick(practice.skill.name)} />
                  </div>
                ) : null}
                {practice.hasExplanation ? (
                  <Button
                    mt="sm"
                    size="xs"
                    variant="default"
                    leftSection={<IconBook2 size={16} aria-hidden="true" />}
                    onClick={() => setExplanationOpen((open) => !open)}
                    aria-expanded={explanationOpen}
                    aria-controls="skill-explanation"
                  >
                    {t(explanationOpen ? 'learning.explanation.hide' : 'learning.explanation.show')}
                  </Button>
                ) : null}
              </Paper>
              {explanationOpen ? (
                <SkillExplanationPanel orgId={membership.orgId} skillId={practice.skill.id} />
              ) : null}
              {worked ? (
                <Stack gap="sm">
                  <Alert color="blue" variant="light" title={t('learning.worked.closedTitle')}>
                    {t('learning.worked.closedText')}
                  </Alert>
                  <WorkedExampleView
                    example={worked.example}
                    title={t('learning.worked.title')}
                    headingOrder={2}
                  />
                </Stack>
              ) : (
                <ItemView
                  key={practice.item.servedId}
                  orgId={membership.orgId}
                  item={practice.item}
                  placement={false}
                  focusFirst={solved > 0}
                  onStepChange={setStepId}
                  onResult={(r) => {
                    if (r.result === 'incorrect') wrongOnItem.current = true;
                    if (r.mastery) {
                      setMastery(r.mastery);
                      setProgress(r.mastery.progress);
                    }
                    const credentials = r.credentials ?? [];
                    if (credentials.length > 0) setEarned((held) => [...held, ...credentials]);
                  }}
                  onDone={(r) => {
                    setDone(r);
                    setSolved((n) => n + 1);
                    setTally((before) =>
                      tallyEnded(before, practice.skill.id, {
                        firstTry: !wrongOnItem.current,
                        worked: false,
                        progress: r.mastery?.progress ?? null,
                      }),
                    );
                    void map.reload();
                  }}
                  tutor={{ open: tutorOpen, onOpen: () => setTutorOpen(true) }}
                />
              )}
              {mastery?.newlyMastered ? (
                <MasteryMoment skillName={pick(practice.skill.name)} mastery={mastery} mapHref={mapHref} />
              ) : null}
              <CredentialNotice credentials={earned} orgSlug={membership.orgSlug} />
              {done || worked ? (
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    {t('learning.practice.solved', { count: solved })}
                  </Text>
                  <Group gap="sm">
                    <Button
                      variant="default"
                      onClick={() => setSummary(true)}
                      leftSection={<IconFlag size={18} aria-hidden="true" />}
                    >
                      {t('learning.practice.endSession')}
                    </Button>
                    <Button
                      ref={nextButton}
                      onClick={() => void next()}
                      rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                    >
                      {t('learning.practice.next')}
                    </Button>
                  </Group>
                </Group>
              ) : null}
            </Stack>
          </Grid.Col>
          {tutorOpen && stepId ? (
            <Grid.Col span={{ base: 12, md: 5 }}>
              <div style={{ position: 'sticky', top: 80 }}>
                <TutorPanel
                  key={`${practice.item.servedId}/${stepId}`}
                  orgId={membership.orgId}
                  servedId={practice.item.servedId}
                  stepId={stepId}
                  stepNumber={step + 1}
                  onClose={() => setTutorOpen(false)}
                  onWorkedExample={
                    practice.workedExampleAvailable ? () => void showWorkedExample() : undefined
                  }
                  workedExampleBusy={workedBusy}
                />
              </div>
            </Grid.Col>
          ) : null}
        </Grid>
      ) : null}
      {error && !blocked ? (
        <Group>
          <Button
            variant="default"
            onClick={() => void next()}
            leftSection={<IconRefresh size={18} aria-hidden="true" />}
          >
            {t('learning.practice.retry')}
          </Button>
        </Group>
      ) : null}
    </Page>
  );
}
