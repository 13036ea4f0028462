import { Stack, Text, Title } from '@mantine/core';
import type { JobProfile, JobProfileBody, Membership } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { type FrameworkSkillChoice, jobProfilePaths } from './job-profiles-api.ts';
import { JobProfilesLinkIntro } from './job-profiles-link-intro.tsx';
import { ProfileSaveForm } from './profile-save-form.tsx';
import { type SkillChoice, SkillChoiceGroup } from './skill-choice-group.tsx';
import { useEmployerOrg } from './use-employer-org.ts';

/** `/o/:orgSlug/job-profiles/new-by-hand`: an employer writes a job profile from the framework's skills. */
export function JobProfileByHandPage() {
  const { t } = useTranslation();
  const membership = useEmployerOrg();
  const skills = useApiData<{ skills: FrameworkSkillChoice[] }>(
    membership ? jobProfilePaths.frameworkSkills(membership.orgId) : null,
  );
  if (!membership) return <NotFoundPage />;
  return (
    <Page
      title={t('credentials.profiles.byHand.title')}
      intro={
        <JobProfilesLinkIntro orgSlug={membership.orgSlug} label={t('credentials.profiles.back')}>
          {t('credentials.profiles.byHand.intro')}
        </JobProfilesLinkIntro>
      }
    >
      {skills.data ? (
        <ByHandForm
          membership={membership}
          skills={skills.data.skills}
          save={(body) => api<JobProfile>('POST', jobProfilePaths.profiles(membership.orgId), body)}
        />
      ) : skills.loading ? (
        <LoadingState />
      ) : (
        <ErrorAlert error={skills.error} />
      )}
    </Page>
  );
}

/** The skills people can hold (those with no narrower skill), under the broader skill they belong to. */
function strandsOf(skills: readonly FrameworkSkillChoice[]) {
  const parents = new Set(skills.map((s) => s.parentId).filter((id): id is string => id !== null));
  const byId = new Map(skills.map((s) => [s.id, s]));
  const strands = new Map<string | null, FrameworkSkillChoice[]>();
  for (const skill of skills) {
    if (parents.has(skill.id)) continue;
    const key = skill.parentId !== null && byId.has(skill.parentId) ? skill.parentId : null;
    strands.set(key, [...(strands.get(key) ?? []), skill]);
  }
  return [...strands.entries()].map(([id, leaves]) => ({
    strand: id === null ? null : byId.get(id)!,
    leaves,
  }));
}

interface ByHandFormProps {
  membership: Membership;
  skills: readonly FrameworkSkillChoice[];
  save(body: JobProfileBody): Promise<JobProfile>;
}

/** The framework's skills by strand, each Required / Nice to have / Leave out, then the name and Save. */
export function ByHandForm({ membership, skills, save }: ByHandFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [choices, setChoices] = useState(() => new Map<string, SkillChoice>());
  if (skills.length === 0) return <Text>{t('credentials.profiles.byHand.noSkills')}</Text>;
  const choiceOf = (id: string) => choices.get(id) ?? 'omit';
  const body = (name: string): JobProfileBody => ({
    name,
    skills: skills
      .filter((s) => choiceOf(s.id) !== 'omit')
      .map((s) => ({ name: pick(s.name), skillIds: [s.id], required: choiceOf(s.id) === 'required' })),
  });
  return (
    <Stack gap="lg">
      {strandsOf(skills).map(({ strand, leaves }) => (
        <Stack key={strand?.id ?? ''} component="section" aria-labelledby={`strand-${strand?.id ?? 'other'}`}>
          <Title order={2} size="h3" id={`strand-${strand?.id ?? 'other'}`}>
            {strand ? pick(strand.name) : t('credentials.profiles.byHand.otherSkills')}
          </Title>
          {leaves.map((s) => (
            <SkillChoiceGroup
              key={s.id}
              label={pick(s.name)}
              description={pick(s.description)}
              value={choiceOf(s.id)}
              onChange={(choice) => setChoices((old) => new Map(old).set(s.id, choice))}
            />
          ))}
        </Stack>
      ))}
      <ProfileSaveForm
        initialName=""
        choices={skills.map((s) => choiceOf(s.id))}
        save={(name) => save(body(name))}
        matchPath={(id) => credentialPagePaths.match(membership.orgSlug, id)}
      />
    </Stack>
  );
}
