import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { JobProfile, JobProfileList, MatchResult, SkillMatch } from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { credentialPaths } from './credentials-api.ts';
import { SOURCE_NAMES } from './job-profiles-api.ts';
import { JobProfilesLinkIntro } from './job-profiles-link-intro.tsx';
import { matchCsv, matchFileName } from './match-csv.ts';
import { MatchSkillsTable } from './match-skills-table.tsx';
import { useEmployerOrg } from './use-employer-org.ts';

/** The match in words, in the reader's language: how many required skills are met, and in part. */
function summary(skills: readonly SkillMatch[], t: TFunction): string {
  const count = (status: SkillMatch['status']) => skills.filter((s) => s.status === status).length;
  const values = { met: count('met'), partial: count('partial'), total: skills.length };
  return t(
    values.partial > 0 ? 'credentials.employer.summaryPartial' : 'credentials.employer.summary',
    values,
  );
}

/** A skill's weight comes from O*NET's importance when it is not the plain 1 (or the half of a nice-to-have one). */
const weighted = (s: SkillMatch) => s.weight !== (s.required ? 1 : 0.5);

/**
 * The profiles to choose from, grouped by where they come from (written by hand first, then O*NET, then ESCO),
 * newest first within a group; the first is the one offered when none is chosen.
 */
function profileOptions(profiles: readonly JobProfile[], t: TFunction) {
  const groups = [
    { source: 'manual', group: t('credentials.employer.groupManual') },
    { source: 'onet', group: t('credentials.employer.groupFrom', { source: SOURCE_NAMES.onet }) },
    { source: 'esco', group: t('credentials.employer.groupFrom', { source: SOURCE_NAMES.esco }) },
  ] as const;
  return groups
    .map(({ source, group }) => ({
      group,
      items: profiles.filter((p) => p.source === source).map((p) => ({ value: p.id, label: p.name })),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * `/o/:orgSlug/match`: an employer matches a share link against a job profile (`?profile=` chooses it), skill by
 * skill; nice-to-have skills are listed apart.
 */
export function MatchPage() {
  const { t } = useTranslation();
  const membership = useEmployerOrg();
  const [params] = useSearchParams();
  const profiles = useApiData<JobProfileList>(membership ? credentialPaths.profiles(membership.orgId) : null);
  const [profile, setProfile] = useState<string | null>(params.get('profile'));
  const [link, setLink] = useState('');
  const [match, setMatch] = useState<MatchResult | null>(null);
  const action = useAction();
  if (!membership) return <NotFoundPage />;
  const options = profileOptions(profiles.data?.profiles ?? [], t);
  const chosen = profile ?? options[0]?.items[0]?.value ?? null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !membership) return;
    const shareToken = link.trim().split('/').pop() ?? '';
    await action.run(async () =>
      setMatch(
        await api<MatchResult>('POST', credentialPaths.match(membership.orgId, chosen), { shareToken }),
      ),
    );
  }
  return (
    <Page
      title={t('credentials.employer.title')}
      intro={
        <JobProfilesLinkIntro orgSlug={membership.orgSlug} label={t('credentials.employer.profilesLink')}>
          {t('credentials.employer.intro')}
        </JobProfilesLinkIntro>
      }
    >
      <form onSubmit={submit}>
        <Stack maw={640}>
          <Select
            label={t('credentials.employer.profile')}
            data={options}
            value={chosen}
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
      {match ? <MatchResultView match={match} /> : null}
    </Page>
  );
}

/** The match as a CSV file to download (a link to a blob, so it is a real link for keyboards and screen readers). */
function MatchDownload({ match }: { match: MatchResult }) {
  const { t, i18n } = useTranslation();
  // NOTE: a byte-order mark first, so spreadsheet programs read the file as UTF-8 (accents, «», ñ).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the file is in the page's language, so it follows it
  const href = useMemo(
    () => URL.createObjectURL(new Blob([`\ufeff${matchCsv(match, t)}`], { type: 'text/csv;charset=utf-8' })),
    [match, t, i18n.language],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <Button
      component="a"
      href={href}
      download={matchFileName(match)}
      variant="default"
      w="fit-content"
      mt="sm"
    >
      {t('credentials.employer.download')}
    </Button>
  );
}

function MatchResultView({ match }: { match: MatchResult }) {
  const { t } = useTranslation();
  const required = match.skills.filter((s) => s.required);
  const nice = match.skills.filter((s) => !s.required);
  return (
    <section aria-labelledby="match-result">
      <Title order={2} size="h3" id="match-result" mt="lg">
        {t('credentials.employer.score', {
          score: Math.round(match.score * 100),
          explanation: summary(required, t),
        })}
      </Title>
      {nice.length > 0 ? (
        <Text>
          {t('credentials.employer.niceSummary', {
            met: nice.filter((s) => s.status === 'met').length,
            total: nice.length,
          })}
        </Text>
      ) : null}
      {match.skills.some(weighted) ? <Text>{t('credentials.employer.weighted')}</Text> : null}
      {match.skills.some((s) => s.crosswalk) ? <Text>{t('credentials.employer.halfRule')}</Text> : null}
      <MatchDownload match={match} />
      {required.length > 0 ? (
        <MatchSkillsTable skills={required} skillHeading={t('credentials.employer.skill')} />
      ) : null}
      {nice.length > 0 ? (
        <>
          <Title order={3} size="h4" mt="lg">
            {t('credentials.employer.niceTitle')}
          </Title>
          <MatchSkillsTable skills={nice} skillHeading={t('credentials.employer.niceSkill')} />
        </>
      ) : null}
    </section>
  );
}
