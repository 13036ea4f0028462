import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type ClassDashboard, dashboardPaths, INTERVENTION_ACTIONS } from './dashboards-api.ts';

type Flagged = ClassDashboard['risk']['learners'][number];

/** The flagged learners, each with the reasons in words, a suggested action and a form to log what was done. */
export function AtRiskList({
  risk,
  orgId,
  orgSlug,
  classId,
  onRecorded,
}: {
  risk: ClassDashboard['risk'];
  orgId: string;
  orgSlug: string;
  classId: string;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { percent } = useLocalized();
  if (!risk.enabled) return <Text>{t('dashboards.dashboard.riskOff')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="risk-meaning">
        {t('dashboards.dashboard.riskMeaning', { days: risk.horizonDays })}
      </Text>
      <Text data-testid="risk-share">
        {t('dashboards.dashboard.riskSummary', {
          atRisk: risk.atRiskCount,
          consenting: risk.consenting,
          share: percent(risk.flaggedShare),
          scored: risk.scored,
        })}
      </Text>
      <Text size="sm">
        {t('dashboards.dashboard.riskThreshold', { value: Math.round(risk.threshold * 100) })}
      </Text>
      {risk.learners.length === 0 && <Text>{t('dashboards.dashboard.riskNone')}</Text>}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} data-testid="at-risk">
        {risk.learners.map((l) => (
          <li key={l.userId}>
            <FlaggedLearner
              learner={l}
              orgId={orgId}
              orgSlug={orgSlug}
              classId={classId}
              onRecorded={onRecorded}
            />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function FlaggedLearner({
  learner,
  orgId,
  orgSlug,
  classId,
  onRecorded,
}: {
  learner: Flagged;
  orgId: string;
  orgSlug: string;
  classId: string;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [action, setAction] = useState<string>('message');
  const [note, setNote] = useState('');
  const save = useAction();
  const id = `risk-${learner.userId}`;
  return (
    <Card withBorder radius="md" p="md" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start">
        <Title order={3} size="h4" id={id}>
          {learner.name}
        </Title>
        <Badge color="red" variant="light" c="red.9">
          {t('dashboards.dashboard.probability', { value: Math.round(learner.probability * 100) })}
        </Badge>
      </Group>
      <Text size="sm" mt="xs">
        <strong>{t('dashboards.dashboard.reasons')}:</strong>{' '}
        <span data-testid="risk-reasons">{learner.reasons.map((r) => pick(r.text)).join('; ')}</span>
      </Text>
      <Text size="sm" mt={4}>
        <strong>{t('dashboards.dashboard.suggested')}:</strong> {pick(learner.suggestedAction)}
      </Text>
      <Group mt="sm" gap="sm" align="flex-end">
        <Button
          component={Link}
          to={dashboardPaths.timeline(orgSlug, classId, learner.userId)}
          variant="default"
          size="xs"
        >
          {t('dashboards.dashboard.timeline')}
        </Button>
      </Group>
      <details style={{ marginTop: '0.5rem' }}>
        <summary>{t('dashboards.dashboard.record')}</summary>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await save.run(
              () =>
                api('POST', `/api/orgs/${orgId}/classes/${classId}/interventions`, {
                  learnerId: learner.userId,
                  action,
                  note,
                }),
              () => t('dashboards.dashboard.saved'),
            );
            if (ok) {
              setNote('');
              onRecorded();
            }
          }}
        >
          <Stack gap="xs" mt="xs">
            <NativeSelect
              label={t('dashboards.dashboard.action')}
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
              data={INTERVENTION_ACTIONS.map((a) => ({
                value: a,
                label: t(`dashboards.dashboard.actions.${a}`),
              }))}
            />
            <Textarea
              label={t('dashboards.dashboard.note')}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" size="xs" loading={save.busy}>
                {t('dashboards.dashboard.save')}
              </Button>
            </Group>
            <ErrorAlert error={save.error} />
            <StatusMessage message={save.status} />
          </Stack>
        </form>
      </details>
    </Card>
  );
}
