import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { AchievementBody, AchievementSummary, SkillOption } from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { focusFirstInvalid, problemsOf } from '../../session/validate.ts';
import {
  AchievementTranslationFields,
  type SpanishWords,
  spanishNameMissing,
  translationsBody,
} from './achievement-translation-fields.tsx';
import { credentialAdminPaths } from './credentials-api.ts';
import { stackingCycle } from './stacking-cycle.ts';

interface AchievementFormProps {
  orgId: string;
  /** The achievement to edit; a new one when absent. */
  editing?: AchievementSummary;
  achievements: readonly AchievementSummary[];
  skills: readonly SkillOption[];
  onSaved(name: string): void;
  onCancel(): void;
}

type Field = 'name' | 'spanishName' | 'skills' | 'achievements' | 'validity' | `threshold:${string}`;

// NOTE: the option lists open inside the form, not in a portal at the end of <body>: there they would be
// content outside every landmark (axe-core "region").
const IN_PAGE = { withinPortal: false };

/** The field that names the stacked parts: the server's cycle error points at it. */
const STACKING_FIELD = 'body/criteria/achievements';

/**
 * Creates or edits an achievement: name, description, skills to master with their thresholds, the
 * achievements it stacks on, whether a teacher must approve evidence, and how long the credential is valid.
 * The server's answer (a stacking cycle, named) is shown in the form in the reader's language.
 */
export function AchievementForm(props: AchievementFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { editing } = props;
  const [name, setName] = useState(editing?.name ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [spanish, setSpanish] = useState<SpanishWords>({
    name: editing?.translations.es?.name ?? '',
    description: editing?.translations.es?.description ?? '',
  });
  const [skills, setSkills] = useState<{ skillId: string; percent: number | string }[]>(
    (editing?.criteria.skills ?? []).map((s) => ({
      skillId: s.skillId,
      percent: Math.round(s.threshold * 1000) / 10,
    })),
  );
  const [parts, setParts] = useState<string[]>(editing?.criteria.achievements ?? []);
  const [evidence, setEvidence] = useState(editing?.criteria.evidence.required ?? false);
  const [narrative, setNarrative] = useState(editing?.criteria.evidence.narrative ?? '');
  const [validity, setValidity] = useState<number | string>(editing?.validityDays ?? '');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [cycle, setCycle] = useState<string | null>(null);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  // After a refusal, focus goes to the summary first: it says what went wrong and which field to change.
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);
  useEffect(() => heading.current?.focus(), []);

  const skillName = (id: string) => {
    const skill = props.skills.find((s) => s.id === id);
    return skill ? pick(skill.name) : id;
  };
  const achievementName = (id: string) => props.achievements.find((a) => a.id === id)?.name ?? id;
  const others = props.achievements.filter((a) => a.id !== editing?.id);
  const nameCycle = () => {
    const stacks = new Map(props.achievements.map((a) => [a.id, a.criteria.achievements]));
    const found = editing ? stackingCycle(editing.id, parts, stacks) : null;
    return found
      ?.map((id) =>
        t('credentials.admin.form.cycleName', {
          name: id === editing?.id ? name.trim() : achievementName(id),
        }),
      )
      .join(' → ');
  };

  function check(): Partial<Record<Field, string>> {
    const found: Record<string, string | null> = {
      name: name.trim() ? null : t('credentials.admin.form.nameRequired'),
      spanishName: spanishNameMissing(spanish) ? t('credentials.admin.form.spanishNameRequired') : null,
      validity:
        validity === '' ||
        (Number.isInteger(Number(validity)) && Number(validity) >= 1 && Number(validity) <= 36500)
          ? null
          : t('credentials.admin.form.validityInvalid'),
    };
    for (const s of skills) {
      const p = Number(s.percent);
      found[`threshold:${s.skillId}`] =
        s.percent !== '' && p > 0 && p <= 100 ? null : t('credentials.admin.form.thresholdInvalid');
    }
    return problemsOf(found);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setCycle(null);
    const ok = await action.run(async () => {
      try {
        return await save();
      } catch (error) {
        // Named now, from the parts that were sent: the message stays true while the admin edits.
        setCycle(cycleMessage(t, error, nameCycle));
        throw error;
      }
    });
    if (ok) props.onSaved(name.trim());
    else setRefusals((n) => n + 1);
  }

  function save() {
    const body: AchievementBody = {
      name: name.trim(),
      description: description.trim(),
      criteria: {
        skills: skills.map((s) => ({ skillId: s.skillId, threshold: Number(s.percent) / 100 })),
        achievements: parts,
        evidence: { required: evidence, narrative: evidence ? narrative.trim() : '' },
      },
      validityDays: validity === '' ? null : Number(validity),
      translations: translationsBody(spanish),
    };
    if (!editing) return api('POST', credentialAdminPaths.achievements(props.orgId), body);
    // NOTE: a replacement keeps what this form does not show: skills aligned beyond the criteria, and a type
    // other than the two the server derives (Badge, Certificate).
    const criteriaSkills = new Set(editing.criteria.skills.map((s) => s.skillId));
    const aligned = editing.skillIds.filter((id) => !criteriaSkills.has(id));
    body.skillIds = [...new Set([...aligned, ...skills.map((s) => s.skillId)])];
    if (!['Badge', 'Certificate'].includes(editing.achievementType))
      body.achievementType = editing.achievementType;
    return api('PUT', credentialAdminPaths.achievement(props.orgId, editing.id), body);
  }

  const skillData = skillGroups(
    props.skills,
    pick,
    skills.map((s) => s.skillId),
  );
  const failed = action.error ? (cycle ?? errorMessage(t, action.error)) : null;
  const formTitle = editing
    ? t('credentials.admin.form.editTitle', { name: editing.name })
    : t('credentials.admin.form.createTitle');

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="achievement-form-title">
      <Title order={3} size="h4" id="achievement-form-title" ref={heading} tabIndex={-1} mb="sm">
        {formTitle}
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={640}>
          {failed ? (
            <RefusalAlert ref={alert} title={t('credentials.admin.form.problemTitle')}>
              {failed}
            </RefusalAlert>
          ) : null}
          <TextInput
            label={t('credentials.admin.form.name')}
            required
            maxLength={200}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              if (problems.name) setProblems({ ...problems, name: undefined });
            }}
            error={problems.name}
          />
          <Textarea
            label={t('credentials.admin.form.description')}
            maxLength={2000}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <AchievementTranslationFields
            value={spanish}
            onChange={(next) => {
              setSpanish(next);
              if (problems.spanishName) setProblems({ ...problems, spanishName: undefined });
            }}
            nameError={problems.spanishName}
          />
          <MultiSelect
            label={t('credentials.admin.form.skills')}
            description={t('credentials.admin.form.skillsHint')}
            data={skillData}
            searchable
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('credentials.admin.form.nothingFound')}
            value={skills.map((s) => s.skillId)}
            onChange={(ids) =>
              setSkills(ids.map((id) => skills.find((s) => s.skillId === id) ?? { skillId: id, percent: 85 }))
            }
          />
          {skills.map((s) => (
            <NumberInput
              key={s.skillId}
              label={t('credentials.admin.form.threshold', { skill: skillName(s.skillId) })}
              min={1}
              max={100}
              decimalScale={1}
              suffix=" %"
              w={{ base: '100%', sm: 420 }}
              value={s.percent}
              onChange={(v) =>
                setSkills(skills.map((o) => (o.skillId === s.skillId ? { ...o, percent: v } : o)))
              }
              error={problems[`threshold:${s.skillId}`]}
            />
          ))}
          <MultiSelect
            label={t('credentials.admin.form.achievements')}
            description={t('credentials.admin.form.achievementsHint')}
            data={others.map((a) => ({ value: a.id, label: a.name }))}
            searchable
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('credentials.admin.form.nothingFound')}
            value={parts}
            onChange={setParts}
            error={cycle}
          />
          <Checkbox
            label={t('credentials.admin.form.evidence')}
            description={t('credentials.admin.form.evidenceHint')}
            checked={evidence}
            onChange={(e) => setEvidence(e.currentTarget.checked)}
          />
          {evidence ? (
            <TextInput
              label={t('credentials.admin.form.narrative')}
              placeholder={t('credentials.admin.form.narrativePlaceholder')}
              maxLength={2000}
              value={narrative}
              onChange={(e) => setNarrative(e.currentTarget.value)}
            />
          ) : null}
          <NumberInput
            label={t('credentials.admin.form.validity')}
            description={t('credentials.admin.form.validityHint')}
            min={1}
            max={36500}
            allowDecimal={false}
            w={{ base: '100%', sm: 260 }}
            value={validity}
            onChange={setValidity}
            error={problems.validity}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('credentials.admin.form.save')}
            </Button>
            <Button variant="default" onClick={props.onCancel}>
              {t('credentials.admin.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The skills to pick from, grouped under their strand: skills that group others are left out (they have no
 * items to master), unless already chosen.
 */
function skillGroups(
  all: readonly SkillOption[],
  pick: (text: SkillOption['name']) => string,
  chosen: string[],
) {
  const parents = new Set(all.map((s) => s.parentId));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const skill of all) {
    if (parents.has(skill.id) && !chosen.includes(skill.id)) continue;
    const parent = all.find((s) => s.id === skill.parentId);
    const group = parent ? pick(parent.name) : skill.framework;
    groups.set(group, [...(groups.get(group) ?? []), { value: skill.id, label: pick(skill.name) }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/**
 * The reader's-language message for a save the server refused for a stacking cycle, or null for any other
 * answer. `named` names the cycle from what the page knows; without it the message stays general.
 */
export function cycleMessage(t: TFunction, error: unknown, named: () => string | undefined): string | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  if (!error.errors.some((e) => e.field === STACKING_FIELD)) return null;
  const cycle = named();
  return cycle ? t('credentials.admin.form.cycle', { cycle }) : t('credentials.admin.form.cycleUnknown');
}
