import { Button, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { JobProfileList, MatchResult, SkillMatch } from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../session/session-context.tsx';
import { credentialPaths } from './credentials-api.ts';

const FRAMEWORK_NAMES: Record<string, string> = { onet: 'O*NET', esco: 'ESCO' };
// NOTE: Mantine's orange.9 is 4.07:1 on a hovered row; this darker orange reads at 6:1.
const STATUS_COLOR = { met: 'teal.9', partial: '#9a3b00', unmet: 'red.9' } as const;
const STATUS_KEY = {
  met: 'credentials.employer.met',
  partial: 'credentials.employer.partial',
  unmet: 'credentials.employer.notMet',
} as const;

/** The match in words, in the reader's language: how many skills are met, and in part. */
function summary(match: MatchResult, t: TFunction): string {
  const count = (status: SkillMatch['status']) => match.skills.filter((s) => s.status === status).length;
  const values = { met: count('met'), partial: count('partial'), total: match.skills.length };
  return t(
    values.partial > 0 ? 'credentials.employer.summaryPartial' : 'credentials.employer.summary',
    values,
  );
}

/** `/o/:orgSlug/match`: an employer matches a share link against a job profile, skill by skill. */
export function MatchPage() {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find(
    (m) => m.orgSlug === orgSlug && (m.role === 'employer' || m.role === 'admin'),
  );
  const profiles = useApiData<JobProfileList>(membership ? credentialPaths.profiles(membership.orgId) : null);
  const [profile, setProfile] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const [match, setMatch] = useState<MatchResult | null>(null);
  const action = useAction();
  if (!membership) return <NotFoundPage />;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = profile ?? profiles.data?.profiles[0]?.id;
    if (!chosen || !membership) return;
    const shareToken = link.trim().split('/').pop() ?? '';
    await action.run(async () =>
      setMatch(
        await api<MatchResult>('POST', credentialPaths.match(membership.orgId, chosen), { shareToken }),
      ),
    );
  }
  return (
    <Page title={t('credentials.employer.title')} intro={t('credentials.employer.intro')}>
      <form onSubmit={submit}>
        <Stack maw={640}>
          <Select
            label={t('credentials.employer.profile')}
            data={(profiles.data?.profiles ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={profile ?? profiles.data?.profiles[0]?.id ?? null}
            onChange={setProfile}
            allowDeselect={false}
          />
          <TextInput
            label={t('credentials.employer.link')}
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
            required
          />
          <Button type="submit" loading={action.busy} w="fit-content">
            {t('credentials.employer.submit')}
          </Button>
          <ErrorAlert error={action.error ?? profiles.error} />
        </Stack>
      </form>
      {match ? (
        <section aria-labelledby="match-result">
          <Title order={2} size="h3" id="match-result" mt="lg">
            {t('credentials.employer.score', {
              score: Math.round(match.score * 100),
              explanation: summary(match, t),
            })}
          </Title>
          {match.skills.some((s) => s.weight !== 1) ? (
            <Text>{t('credentials.employer.weighted')}</Text>
          ) : null}
          {match.skills.some((s) => s.crosswalk) ? <Text>{t('credentials.employer.halfRule')}</Text> : null}
          <Table mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('credentials.employer.skill')}</Table.Th>
                <Table.Th scope="col">{t('credentials.employer.status')}</Table.Th>
                <Table.Th scope="col">{t('credentials.employer.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.skills.map((s) => (
                <Table.Tr key={s.name}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>
                    <Text fw={600} c={STATUS_COLOR[s.status]}>
                      {t(STATUS_KEY[s.status])}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {s.credentials.map((c) => c.achievementName).join(', ')}
                    {s.crosswalk ? (
                      <Text size="sm">
                        {t('credentials.employer.throughCrosswalk', {
                          framework: FRAMEWORK_NAMES[s.crosswalk.framework] ?? s.crosswalk.framework,
                          code: s.crosswalk.code,
                          name: s.crosswalk.name,
                          held: s.crosswalk.heldSkills.length,
                          mapped: s.crosswalk.mappedSkills,
                        })}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ) : null}
    </Page>
  );
}
