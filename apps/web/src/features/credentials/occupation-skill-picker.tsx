import { Stack, Text, Title } from '@mantine/core';
import type {
  JobProfile,
  JobProfileBody,
  Localized,
  OccupationPreview,
  PreviewSkill,
} from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { SOURCE_NAMES } from './job-profiles-api.ts';
import { ProfileSaveForm } from './profile-save-form.tsx';
import { type SkillChoice, SkillChoiceGroup } from './skill-choice-group.tsx';

const GROUP_TITLES = {
  skill: 'credentials.profiles.occupation.skillsTitle',
  knowledge: 'credentials.profiles.occupation.knowledgeTitle',
  essential: 'credentials.profiles.occupation.essentialTitle',
  optional: 'credentials.profiles.occupation.optionalTitle',
} as const;
const RELATION_KEYS = {
  broadMatch: 'credentials.profiles.occupation.relation.broadMatch',
  narrowMatch: 'credentials.profiles.occupation.relation.narrowMatch',
  exactMatch: 'credentials.profiles.occupation.relation.exactMatch',
  closeMatch: 'credentials.profiles.occupation.relation.closeMatch',
} as const;
/** Framework skills named in a crosswalk line before "and N more". */
const NAMED = 3;

/** The crosswalk of one skill in words: the framework skills that count for it, and how. */
function crosswalkText(skill: PreviewSkill, t: TFunction, pick: (name: Localized) => string): string {
  const mapped = skill.crosswalk;
  if (mapped.length === 0) return t('credentials.profiles.occupation.crosswalkNone');
  const first = mapped
    .slice(0, NAMED)
    .map((c) => pick(c.name))
    .join(', ');
  const names =
    mapped.length > NAMED
      ? t('credentials.profiles.occupation.crosswalkMore', { names: first, count: mapped.length - NAMED })
      : first;
  return `${t('credentials.profiles.occupation.crosswalk', { count: mapped.length, names })} ${t(RELATION_KEYS[mapped[0]!.relation])}`;
}

interface OccupationSkillPickerProps {
  preview: OccupationPreview;
  save(body: JobProfileBody): Promise<JobProfile>;
  /** Where the match page opens for a saved profile. */
  matchPath(profileId: string): string;
}

/**
 * An occupation's skills, grouped as its source ranks them (O*NET skills and knowledge, ESCO essential and
 * optional), each with its description, rating and crosswalk and a choice that starts at the suggested one; then
 * the profile's name and Save. The heading takes focus when it opens, so a screen reader reads where it is.
 */
export function OccupationSkillPicker({ preview, save, matchPath }: OccupationSkillPickerProps) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState(() => new Map(preview.skills.map((s) => [s.code, s.suggested])));
  useEffect(() => heading.current?.focus(), []);
  const groups = (Object.keys(GROUP_TITLES) as PreviewSkill['group'][])
    .map((group) => ({ group, skills: preview.skills.filter((s) => s.group === group) }))
    .filter((g) => g.skills.length > 0);
  const choose = (code: string, choice: SkillChoice) => setChoices((old) => new Map(old).set(code, choice));
  const body = (name: string): JobProfileBody => ({
    name,
    ...(preview.source === 'onet' ? { onetCode: preview.code } : { escoUri: preview.uri ?? '' }),
    skills: preview.skills
      .filter((s) => choices.get(s.code) !== 'omit')
      .map((s) => ({ name: s.name, code: s.code, required: choices.get(s.code) === 'required' })),
  });
  return (
    <Stack component="section" aria-labelledby="occupation-preview" gap="md">
      <div>
        <Title order={2} size="h3" id="occupation-preview" ref={heading} tabIndex={-1}>
          {preview.title}
        </Title>
        <Text size="sm" c="dimmed">
          {SOURCE_NAMES[preview.source]} {preview.source === 'onet' ? preview.code : preview.uri}
        </Text>
      </div>
      <Text>{preview.description}</Text>
      <Text>
        {t(
          preview.source === 'onet'
            ? 'credentials.profiles.occupation.onetHint'
            : 'credentials.profiles.occupation.escoHint',
        )}
      </Text>
      {groups.length === 0 ? <Text>{t('credentials.profiles.occupation.noSkills')}</Text> : null}
      {groups.map(({ group, skills }) => (
        <Stack key={group} component="section" aria-labelledby={`skills-${group}`} gap="md">
          <Title order={3} size="h4" id={`skills-${group}`}>
            {t(GROUP_TITLES[group])}
          </Title>
          {skills.map((s) => (
            <SkillChoiceGroup
              key={s.code}
              label={s.name}
              description={[
                s.description,
                s.importance === null
                  ? null
                  : t('credentials.profiles.occupation.importance', { value: number.format(s.importance) }),
                crosswalkText(s, t, pick),
              ]
                .filter(Boolean)
                .join(' · ')}
              value={choices.get(s.code) ?? 'omit'}
              onChange={(choice) => choose(s.code, choice)}
            />
          ))}
        </Stack>
      ))}
      {groups.length > 0 ? (
        <ProfileSaveForm
          initialName={preview.title}
          choices={[...choices.values()]}
          save={(name) => save(body(name))}
          matchPath={matchPath}
        />
      ) : null}
    </Stack>
  );
}
