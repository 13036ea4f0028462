import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { focusFirstInvalid } from '../../session/validate.ts';
import type { Localized } from '../learning/learning-api.ts';
import { type FrameworkSkill, frameworkPaths, type SkillInput } from './framework-api.ts';
import { selfAndDescendantIds } from './framework-closure.ts';
import { checkNewId, type FrameworkField, refusalField, refusalMessage } from './framework-refusal.ts';
import { IN_PAGE, skillOptions } from './skill-options.ts';

interface SkillEditFormProps {
  orgId: string;
  /** The skill to edit; null to create one. */
  skill: FrameworkSkill | null;
  skills: readonly FrameworkSkill[];
  /** Where a new skill goes at first (a strand or any skill); null for a strand of its own. */
  defaultParentId?: string | null;
  /** The level of the form's heading: 2 at the top of the page, 3 (the default) inside a strand. */
  headingOrder?: 2 | 3;
  onSaved(skillId: string, name: string, created: boolean): void;
  onCancel(): void;
}

// NOTE: a Select option's value cannot be null; a space can never be a skill id (the server refuses whitespace).
const TOP = ' ';
const EMPTY: Localized = { en: '', es: '' };

type Problems = Partial<Record<'en' | 'es' | FrameworkField, string>>;

/**
 * Creates a skill (its id, names and descriptions in English and Spanish, where it sits, its prerequisites) or
 * edits one (everything but the id). A refusal of the server (an id taken, a parent or prerequisite that is gone,
 * a cycle) is said in the reader's language at the top, where focus goes, and at the field it concerns.
 */
export function SkillEditForm(props: SkillEditFormProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const { skill } = props;
  const [id, setId] = useState('');
  const [name, setName] = useState<Localized>(skill?.name ?? EMPTY);
  const [description, setDescription] = useState<Localized>(skill?.description ?? EMPTY);
  const [parentId, setParentId] = useState<string | null>(
    skill ? skill.parentId : (props.defaultParentId ?? null),
  );
  const [prerequisites, setPrerequisites] = useState<string[]>(skill?.prerequisites ?? []);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  // After a refusal, focus goes to the message: it says what went wrong and what to change.
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);

  const ownId = skill?.id ?? id.trim();
  const nameOf = (other: string) => {
    if (other === ownId) return name[locale].trim() || name.en.trim() || other;
    const found = props.skills.find((s) => s.id === other);
    return found ? pick(found.name) : other;
  };
  const prerequisiteData = skillOptions(
    props.skills.filter((s) => s.id !== skill?.id),
    pick,
  );
  const inside = skill ? selfAndDescendantIds(props.skills, skill.id) : new Set<string>();
  const parentData = [
    { value: TOP, label: t('framework.form.topLevel') },
    ...skillOptions(
      props.skills.filter((s) => !inside.has(s.id)),
      pick,
    ),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const idProblem = skill ? null : checkNewId(t, ownId, new Set(props.skills.map((s) => s.id)));
    const found: Problems = {
      ...(idProblem ? { id: idProblem } : {}),
      ...(name.en.trim() ? {} : { en: t('framework.form.nameRequired') }),
      ...(name.es.trim() ? {} : { es: t('framework.form.nameRequired') }),
    };
    setProblems(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const body: SkillInput = {
      name: { en: name.en.trim(), es: name.es.trim() },
      description: { en: description.en.trim(), es: description.es.trim() },
      parentId,
      prerequisites,
    };
    const ok = await action.run(async () => {
      try {
        // A new skill goes by POST: if another change took the id since the page loaded, it is refused, not replaced.
        return skill
          ? await api('PUT', frameworkPaths.skill(props.orgId, skill.id), body)
          : await api('POST', frameworkPaths.skills(props.orgId), { id: ownId, ...body });
      } catch (error) {
        const message = refusalMessage(t, error, nameOf);
        const field = refusalField(error);
        setRefusal(message);
        setProblems(field ? { [field]: message } : {});
        throw error;
      }
    });
    if (ok) props.onSaved(ownId, pick(body.name), !skill);
    else setRefusals((n) => n + 1);
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Title order={props.headingOrder ?? 3} size="h4" id={titleId} ref={heading} tabIndex={-1} mb="sm">
        {skill ? t('framework.form.title', { name: pick(skill.name) }) : t('framework.form.newTitle')}
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={720}>
          {refusal ? (
            <RefusalAlert ref={alert} title={t('framework.form.problemTitle')}>
              {refusal}
            </RefusalAlert>
          ) : null}
          {skill ? null : (
            <TextInput
              label={t('framework.form.id')}
              description={t('framework.form.idHint')}
              required
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              value={id}
              onChange={(e) => setId(e.currentTarget.value)}
              error={problems.id}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('framework.form.nameEn')}
              lang="en"
              required
              maxLength={200}
              value={name.en}
              onChange={(e) => setName({ ...name, en: e.currentTarget.value })}
              error={problems.en}
            />
            <TextInput
              label={t('framework.form.nameEs')}
              lang="es"
              required
              maxLength={200}
              value={name.es}
              onChange={(e) => setName({ ...name, es: e.currentTarget.value })}
              error={problems.es}
            />
            <Textarea
              label={t('framework.form.descriptionEn')}
              lang="en"
              maxLength={10_000}
              autosize
              minRows={2}
              value={description.en}
              onChange={(e) => setDescription({ ...description, en: e.currentTarget.value })}
            />
            <Textarea
              label={t('framework.form.descriptionEs')}
              lang="es"
              maxLength={10_000}
              autosize
              minRows={2}
              value={description.es}
              onChange={(e) => setDescription({ ...description, es: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Select
            label={t('framework.form.parent')}
            description={t('framework.form.parentHint')}
            data={parentData}
            searchable
            allowDeselect={false}
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('framework.form.nothingFound')}
            value={parentId ?? TOP}
            onChange={(value) => setParentId(value === null || value === TOP ? null : value)}
            error={problems.parentId}
          />
          <MultiSelect
            label={t('framework.form.prerequisites')}
            description={t('framework.form.prerequisitesHint')}
            data={prerequisiteData}
            searchable
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('framework.form.nothingFound')}
            value={prerequisites}
            onChange={setPrerequisites}
            error={problems.prerequisites}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {skill ? t('framework.form.save') : t('framework.form.create')}
            </Button>
            <Button variant="default" onClick={props.onCancel}>
              {t('framework.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
