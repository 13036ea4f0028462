import { Button, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { AchievementSummary, AwardResult, ClassDetail } from '@pathwise/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { focusFirstInvalid } from '../../session/validate.ts';
import { type AwardField, type AwardRefusal, awardRefusal, checkAward } from './award-checks.ts';
import { credentialAdminPaths } from './credentials-api.ts';

/** A class the teacher may award in, and the learner they chose (when known). */
export interface AwardClass {
  id: string;
  name: string;
}

interface AwardFormProps {
  orgId: string;
  achievements: readonly AchievementSummary[];
  classes: readonly AwardClass[];
  /** Prefilled when the teacher comes from a learner's page. */
  initial: { classId: string; learnerId: string };
  onAwarded(result: AwardResult, who: { classId: string; learnerId: string; learnerName: string }): void;
}

/**
 * The teacher's award: the achievement (those that ask for evidence a teacher approves first), the learner (by
 * class), the evidence in words and an optional link to the work. Checked here first; the server's refusals
 * (not a learner here, no longer awardable, already held) are shown at the field, in the reader's language.
 */
export function AwardForm(props: AwardFormProps) {
  const { t } = useTranslation();
  const [achievementId, setAchievementId] = useState('');
  const [classId, setClassId] = useState(props.initial.classId || props.classes[0]?.id || '');
  const [chosenLearner, setLearnerId] = useState(props.initial.learnerId);
  const [narrative, setNarrative] = useState('');
  const [url, setUrl] = useState('');
  const [problems, setProblems] = useState<Partial<Record<AwardField, string>>>({});
  const [refusal, setRefusal] = useState<AwardRefusal | null>(null);
  const [refusals, setRefusals] = useState(0);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const members = useApiData<ClassDetail>(classId ? `/api/orgs/${props.orgId}/classes/${classId}` : null);
  const learners = (members.data?.members ?? []).filter((m) => m.role === 'learner');
  // After a refusal, focus goes to the summary: it says what went wrong; the field it names is marked too.
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);

  const achievement = props.achievements.find((a) => a.id === achievementId);
  // Only a learner of the class shown counts as chosen (a prefilled one may have left the class).
  const learner = learners.find((l) => l.userId === chosenLearner);
  const learnerId = learner?.userId ?? '';
  const learnerName = learner?.name ?? '';
  const clear = (field: AwardField) => {
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
    setRefusal(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkAward(t, { achievementId, learnerId, narrative, url });
    setProblems(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const names = { learner: learnerName, achievement: achievement?.name ?? '' };
    const out: { result?: AwardResult; failure?: unknown } = {};
    await action.run(async () => {
      try {
        out.result = await api<AwardResult>('POST', credentialAdminPaths.award(props.orgId, achievementId), {
          learnerId,
          narrative: narrative.trim(),
          ...(url.trim() ? { url: url.trim() } : {}),
        });
      } catch (error) {
        out.failure = error;
        throw error;
      }
    });
    if (out.result) props.onAwarded(out.result, { classId, learnerId, learnerName });
    else {
      setRefusal(awardRefusal(t, out.failure, names));
      setRefusals((n) => n + 1);
    }
  }

  const fieldError = (field: AwardField) =>
    problems[field] ?? (refusal?.field === field ? refusal.message : undefined);
  const withEvidence = props.achievements.filter((a) => a.criteria.evidence.required);
  const others = props.achievements.filter((a) => !a.criteria.evidence.required);
  const option = (a: AchievementSummary) => ({ value: a.id, label: a.name });
  const achievementData = [
    { value: '', label: t('credentials.award.form.chooseAchievement') },
    ...(withEvidence.length > 0
      ? [{ group: t('credentials.award.form.evidenceGroup'), items: withEvidence.map(option) }]
      : []),
    ...(others.length > 0
      ? [{ group: t('credentials.award.form.otherGroup'), items: others.map(option) }]
      : []),
  ];
  const asks = !achievement
    ? undefined
    : !achievement.criteria.evidence.required
      ? t('credentials.award.form.byPractice')
      : achievement.criteria.evidence.narrative.trim()
        ? t('credentials.award.form.asks', { narrative: achievement.criteria.evidence.narrative.trim() })
        : t('credentials.award.form.asksAny');

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="award-form"
    >
      <Title order={2} size="h3" id="award-form" mb="sm">
        {t('credentials.award.form.title')}
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={640}>
          {refusal ? (
            <RefusalAlert ref={alert} title={t('credentials.award.form.problemTitle')}>
              {refusal.message}
            </RefusalAlert>
          ) : null}
          <NativeSelect
            label={t('credentials.award.form.achievement')}
            description={asks}
            required
            data={achievementData}
            value={achievementId}
            onChange={(e) => {
              setAchievementId(e.currentTarget.value);
              clear('achievement');
            }}
            error={fieldError('achievement')}
          />
          <NativeSelect
            label={t('credentials.award.form.className')}
            data={props.classes.map((c) => ({ value: c.id, label: c.name }))}
            value={classId}
            onChange={(e) => {
              setClassId(e.currentTarget.value);
              setLearnerId('');
              clear('learner');
            }}
          />
          <NativeSelect
            label={t('credentials.award.form.learner')}
            description={
              members.data && learners.length === 0 ? t('credentials.award.form.noLearners') : undefined
            }
            required
            disabled={!members.data}
            data={[
              { value: '', label: t('credentials.award.form.chooseLearner') },
              ...learners.map((l) => ({ value: l.userId, label: l.name })),
            ]}
            value={learnerId}
            onChange={(e) => {
              setLearnerId(e.currentTarget.value);
              clear('learner');
            }}
            error={fieldError('learner')}
          />
          <ErrorAlert error={members.error} />
          <Textarea
            label={t('credentials.award.form.narrative')}
            description={t('credentials.award.form.narrativeHint')}
            required
            maxLength={2000}
            autosize
            minRows={3}
            value={narrative}
            onChange={(e) => {
              setNarrative(e.currentTarget.value);
              clear('narrative');
            }}
            error={fieldError('narrative')}
          />
          <TextInput
            type="url"
            label={t('credentials.award.form.url')}
            description={t('credentials.award.form.urlHint')}
            maxLength={500}
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              clear('url');
            }}
            error={fieldError('url')}
          />
          <Button type="submit" loading={action.busy} w="fit-content">
            {t('credentials.award.form.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
