import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { focusFirstInvalid } from '../../session/validate.ts';
import type { Localized } from '../learning/learning-api.ts';
import { useLocalized } from '../learning/use-localized.ts';
import { type FrameworkSkill, frameworkPaths, type SkillInput } from './framework-api.ts';
import { cycleInWords } from './framework-outline.ts';

interface SkillEditFormProps {
  orgId: string;
  skill: FrameworkSkill;
  skills: readonly FrameworkSkill[];
  onSaved(name: string): void;
  onCancel(): void;
}

// NOTE: the option list opens inside the form, not in a portal at the end of <body>: there it would be content
// outside every landmark (axe-core "region").
const IN_PAGE = { withinPortal: false };

/**
 * The sentence for a refused save, in the reader's language. A cycle is named from the ids the server sends
 * (`cycle`), by the skills' names in this language; the edited skill by the name typed in the form.
 */
export function refusalMessage(t: TFunction, error: unknown, nameOf: (id: string) => string): string {
  if (!(error instanceof ApiError) || error.code !== 'invalid_framework') return errorMessage(t, error);
  const cycle = error.extensions.cycle;
  if (Array.isArray(cycle) && cycle.every((id) => typeof id === 'string')) {
    const words = cycleInWords(cycle, nameOf);
    return error.extensions.cycleKind === 'parent-cycle'
      ? t('framework.form.hierarchyCycle', { cycle: words })
      : t('framework.form.cycle', { cycle: words });
  }
  return t('framework.form.unknownSkill');
}

/** Edits one skill: its names and descriptions in English and Spanish, and its prerequisites. */
export function SkillEditForm(props: SkillEditFormProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const { skill } = props;
  const [name, setName] = useState<Localized>(skill.name);
  const [description, setDescription] = useState<Localized>(skill.description);
  const [prerequisites, setPrerequisites] = useState<string[]>(skill.prerequisites);
  const [problems, setProblems] = useState<{ en?: string; es?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // After a refusal, focus goes to the message: it says what went wrong and what to change.
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);

  const nameOf = (id: string) => {
    if (id === skill.id) return name[locale].trim() || name.en.trim();
    const other = props.skills.find((s) => s.id === id);
    return other ? pick(other.name) : id;
  };
  const options = props.skills
    .filter((s) => s.id !== skill.id)
    .map((s) => ({ value: s.id, label: pick(s.name) }));
  // A skill may appear twice by name (two frameworks): keep the label unique so the list stays readable.
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  const data = options.map((o) =>
    (counts.get(o.label) ?? 0) > 1 ? { ...o, label: `${o.label} (${o.value})` } : o,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(name.en.trim() ? {} : { en: t('framework.form.nameRequired') }),
      ...(name.es.trim() ? {} : { es: t('framework.form.nameRequired') }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setRefusal(null);
    const body: SkillInput = {
      name: { en: name.en.trim(), es: name.es.trim() },
      description: { en: description.en.trim(), es: description.es.trim() },
      parentId: skill.parentId,
      prerequisites,
    };
    const ok = await action.run(async () => {
      try {
        return await api('PUT', frameworkPaths.skill(props.orgId, skill.id), body);
      } catch (error) {
        setRefusal(refusalMessage(t, error, nameOf));
        throw error;
      }
    });
    if (ok) props.onSaved(pick(body.name));
    else setRefusals((n) => n + 1);
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="skill-form-title">
      <Title order={3} size="h4" id="skill-form-title" ref={heading} tabIndex={-1} mb="sm">
        {t('framework.form.title', { name: pick(skill.name) })}
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={720}>
          {refusal ? (
            <Alert
              ref={alert}
              tabIndex={-1}
              role="alert"
              color="red"
              variant="light"
              title={t('framework.form.problemTitle')}
              icon={<IconAlertCircle aria-hidden="true" />}
            >
              {refusal}
            </Alert>
          ) : null}
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
          <MultiSelect
            label={t('framework.form.prerequisites')}
            description={t('framework.form.prerequisitesHint')}
            data={data}
            searchable
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('framework.form.nothingFound')}
            value={prerequisites}
            onChange={setPrerequisites}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('framework.form.save')}
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
