import { Button, Group, MultiSelect, Radio, Select, Stack, Text, Title } from '@mantine/core';
import type {
  CandidateSearchResult,
  JobProfileList,
  Membership,
  ProfileSkillChoices,
  SentContactRequestList,
} from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { useSession } from '../../session/session-context.tsx';
import { CandidateCard } from './candidate-card.tsx';
import { credentialPaths } from './credentials-api.ts';
import { discoveryPaths } from './discovery-api.ts';
import { jobProfilePaths } from './job-profiles-api.ts';
import { JobProfilesLinkIntro } from './job-profiles-link-intro.tsx';
import { SentRequestsSection } from './sent-requests-section.tsx';

/** The employer membership of the organization in the URL (administrators do not search learners), or null. */
function useEmployerOnlyOrg(): Membership | null {
  const { orgSlug } = useParams();
  const { me } = useSession();
  return me?.memberships.find((m) => m.orgSlug === orgSlug && m.role === 'employer') ?? null;
}

/**
 * `/o/:orgSlug/candidates`: the employer searches the learners who chose to be discoverable, by a saved job
 * profile or by framework skills, sees them ranked and anonymous with the match skill by skill, asks for contact,
 * and follows their contact requests.
 */
export function FindCandidatesPage() {
  const { t } = useTranslation();
  const membership = useEmployerOnlyOrg();
  if (!membership) return <NotFoundPage />;
  return (
    <Page
      title={t('credentials.discovery.employer.title')}
      intro={
        <JobProfilesLinkIntro
          orgSlug={membership.orgSlug}
          label={t('credentials.discovery.employer.profilesLink')}
        >
          {t('credentials.discovery.employer.intro')}
        </JobProfilesLinkIntro>
      }
    >
      <FindCandidates orgId={membership.orgId} />
    </Page>
  );
}

function FindCandidates({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const profiles = useApiData<JobProfileList>(credentialPaths.profiles(orgId));
  const skills = useApiData<ProfileSkillChoices>(jobProfilePaths.frameworkSkills(orgId));
  const sent = useApiData<SentContactRequestList>(discoveryPaths.sent(orgId));
  const [by, setBy] = useState<'profile' | 'skills'>('profile');
  const [profile, setProfile] = useState<string | null>(null);
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [result, setResult] = useState<{ found: CandidateSearchResult; profileId: string | null } | null>(
    null,
  );
  const action = useAction();
  const list = profiles.data?.profiles ?? [];
  const chosen = profile ?? list[0]?.id ?? null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = by === 'profile' ? { profileId: chosen } : { skillIds };
    await action.run(async () => {
      const found = await api<CandidateSearchResult>('POST', discoveryPaths.search(orgId), body);
      setResult({ found, profileId: by === 'profile' ? chosen : null });
    });
  }
  return (
    <Stack gap="xl">
      <search>
        <form onSubmit={submit}>
          <Stack maw={640} gap="sm">
            <Radio.Group
              label={t('credentials.discovery.employer.searchBy')}
              value={by}
              onChange={(v) => setBy(v === 'skills' ? 'skills' : 'profile')}
            >
              <Group gap="lg" mt={6}>
                <Radio value="profile" label={t('credentials.discovery.employer.byProfile')} />
                <Radio value="skills" label={t('credentials.discovery.employer.bySkills')} />
              </Group>
            </Radio.Group>
            {by === 'profile' ? (
              list.length > 0 ? (
                <Select
                  label={t('credentials.discovery.employer.profile')}
                  data={list.map((p) => ({ value: p.id, label: p.name }))}
                  value={chosen}
                  onChange={setProfile}
                  allowDeselect={false}
                  searchable
                />
              ) : (
                <Text>{t('credentials.discovery.employer.noProfiles')}</Text>
              )
            ) : (
              <MultiSelect
                label={t('credentials.discovery.employer.skills')}
                data={(skills.data?.skills ?? []).map((s) => ({ value: s.id, label: pick(s.name) }))}
                value={skillIds}
                onChange={setSkillIds}
                searchable
              />
            )}
            <Button
              type="submit"
              loading={action.busy}
              disabled={by === 'profile' ? !chosen : skillIds.length === 0}
              w="fit-content"
            >
              {t('credentials.discovery.employer.submit')}
            </Button>
            <ErrorAlert error={action.error ?? profiles.error ?? skills.error} />
          </Stack>
        </form>
      </search>
      {result ? (
        <section aria-labelledby="candidates-found">
          <Title order={2} size="h3" id="candidates-found">
            {t('credentials.discovery.employer.resultsTitle', { name: result.found.profile.name })}
          </Title>
          <Text role="status" mb="sm">
            {result.found.candidates.length === 0
              ? t('credentials.discovery.employer.none')
              : t('credentials.discovery.employer.found', { count: result.found.candidates.length })}
          </Text>
          <Stack gap="md">
            {result.found.candidates.map((candidate, i) => (
              <CandidateCard
                key={candidate.pseudonym}
                orgId={orgId}
                rank={i + 1}
                candidate={candidate}
                profileId={result.profileId}
                onSent={sent.reload}
              />
            ))}
          </Stack>
        </section>
      ) : null}
      <ErrorAlert error={sent.error} />
      {sent.data ? <SentRequestsSection requests={sent.data.requests} /> : null}
    </Stack>
  );
}
