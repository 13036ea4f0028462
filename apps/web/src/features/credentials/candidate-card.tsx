import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type {
  CandidateSkillMatch,
  DiscoveredCandidate,
  SentContactRequest,
  SkillMatch,
} from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { discoveryPaths, shortReference } from './discovery-api.ts';
import { MatchSkillsTable } from './match-skills-table.tsx';

/** The longest contact message (the server's `CONTACT_MESSAGE_MAX`, which its schema enforces). */
const MESSAGE_MAX = 500;

/** A candidate's skill in the match table's shape: the achievements behind it, never a credential or evidence. */
function asSkillMatch({ achievements, ...skill }: CandidateSkillMatch): SkillMatch {
  return {
    ...skill,
    credentials: achievements.map((name) => ({ id: name, achievementName: name, evidence: [] })),
  };
}

/** Why a contact request was refused, in words the employer can act on; null for the generic error sentence. */
function refusalKey(error: unknown) {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'not_found' && error.errors.some((e) => e.field === 'body/candidate'))
    return 'credentials.discovery.employer.gone' as const;
  if (error.code === 'conflict') return 'credentials.discovery.employer.alreadyAsked' as const;
  if (error.code === 'rate_limited') return 'credentials.discovery.employer.tooMany' as const;
  return null;
}

interface CandidateCardProps {
  orgId: string;
  rank: number;
  candidate: DiscoveredCandidate;
  profileId: string | null;
  /** After a request is sent: the employer's list of requests reloads. */
  onSent(): Promise<void>;
}

/**
 * One anonymous candidate of a search: rank, score, the match skill by skill (the match page's tables), and the
 * contact request form while no request of this employer waits for their answer.
 */
export function CandidateCard({ orgId, rank, candidate, profileId, onSent }: CandidateCardProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState(candidate.contact);
  const action = useAction();
  const required = candidate.skills.filter((s) => s.required).map(asSkillMatch);
  const nice = candidate.skills.filter((s) => !s.required).map(asSkillMatch);
  const count = (status: SkillMatch['status']) => required.filter((s) => s.status === status).length;
  const summary = t(
    count('partial') > 0 ? 'credentials.employer.summaryPartial' : 'credentials.employer.summary',
    { met: count('met'), partial: count('partial'), total: required.length },
  );
  const name = t('credentials.discovery.employer.candidate', { rank });
  const headingId = `candidate-${candidate.pseudonym}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = await action.run(
      async () => {
        await api<SentContactRequest>('POST', discoveryPaths.sent(orgId), {
          candidate: candidate.pseudonym,
          message,
          ...(profileId ? { profileId } : {}),
        });
        await onSent();
      },
      () => t('credentials.discovery.employer.sent', { rank }),
    );
    if (sent) setContact('pending');
  }
  const refusal = refusalKey(action.error);
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" data-testid="candidate">
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {`${name} · ${t('credentials.discovery.employer.score', { score: Math.round(candidate.score * 100) })}`}
        </Title>
        <Text size="sm" c="dimmed">
          {t('credentials.discovery.employer.reference', { pseudonym: shortReference(candidate.pseudonym) })}
        </Text>
        <Text>{summary}</Text>
        {required.length > 0 ? (
          <MatchSkillsTable skills={required} skillHeading={t('credentials.employer.skill')} />
        ) : null}
        {nice.length > 0 ? (
          <MatchSkillsTable
            skills={nice}
            skillHeading={t('credentials.employer.niceSkill')}
            caption={t('credentials.employer.niceSummary', {
              met: nice.filter((s) => s.status === 'met').length,
              total: nice.length,
            })}
          />
        ) : null}
        <StatusMessage message={action.status} />
        {contact && !action.status ? (
          <Text fw={600}>{t(`credentials.discovery.employer.contact.${contact}`)}</Text>
        ) : null}
        {contact === 'pending' ? null : (
          <form onSubmit={submit}>
            <Stack gap="xs" maw={560}>
              <Textarea
                label={t('credentials.discovery.employer.message', { rank })}
                description={t('credentials.discovery.employer.messageHint', { max: MESSAGE_MAX })}
                value={message}
                onChange={(e) => setMessage(e.currentTarget.value)}
                maxLength={MESSAGE_MAX}
                autosize
                minRows={2}
                required
              />
              <Button type="submit" loading={action.busy} disabled={!message.trim()} w="fit-content">
                {t('credentials.discovery.employer.send')}
              </Button>
            </Stack>
          </form>
        )}
        {refusal ? (
          <Alert role="alert" color="red" variant="light">
            {t(refusal)}
          </Alert>
        ) : (
          <ErrorAlert error={action.error} />
        )}
      </Stack>
    </Paper>
  );
}
