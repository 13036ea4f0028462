import {
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
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { focusFirstInvalid } from '../../session/validate.ts';
import type { Localized } from '../learning/learning-api.ts';
import {
  type FrameworkPathway,
  type FrameworkSkill,
  frameworkPaths,
  type PathwayInput,
} from './framework-api.ts';
import { checkNewId, type FrameworkField, refusalField, refusalMessage } from './framework-refusal.ts';
import { IN_PAGE, skillOptions } from './skill-options.ts';

interface PathwayFormProps {
  orgId: string;
  /** The pathway to edit; null to create one. */
  pathway: FrameworkPathway | null;
  pathways: readonly FrameworkPathway[];
  skills: readonly FrameworkSkill[];
  onSaved(pathwayId: string, name: string, created: boolean): void;
  onCancel(): void;
}

const EMPTY: Localized = { en: '', es: '' };

type Problems = Partial<Record<'en' | 'es' | FrameworkField, string>>;

/**
 * Creates a pathway (its id, names and descriptions in English and Spanish, its goal skills) or edits one
 * (everything but the id). The goal's prerequisites join the pathway on the server; they need not be chosen.
 */
export function PathwayForm(props: PathwayFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { pathway } = props;
  const [id, setId] = useState('');
  const [name, setName] = useState<Localized>(pathway?.name ?? EMPTY);
  const [description, setDescription] = useState<Localized>(pathway?.description ?? EMPTY);
  const [goals, setGoals] = useState<string[]>(pathway?.goalSkillIds ?? []);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);

  const nameOf = (skillId: string) => {
    const found = props.skills.find((s) => s.id === skillId);
    return found ? pick(found.name) : skillId;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ownId = pathway?.id ?? id.trim();
    const idProblem = pathway ? null : checkNewId(t, ownId, new Set(props.pathways.map((p) => p.id)));
    const found: Problems = {
      ...(idProblem ? { id: idProblem } : {}),
      ...(name.en.trim() ? {} : { en: t('framework.form.nameRequired') }),
      ...(name.es.trim() ? {} : { es: t('framework.form.nameRequired') }),
      ...(goals.length > 0 ? {} : { goalSkillIds: t('framework.pathwayForm.goalsRequired') }),
    };
    setProblems(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const body: PathwayInput = {
      name: { en: name.en.trim(), es: name.es.trim() },
      description: { en: description.en.trim(), es: description.es.trim() },
      goalSkillIds: goals,
    };
    const ok = await action.run(async () => {
      try {
        // A new pathway goes by POST: if another change took the id since the page loaded, it is refused.
        return pathway
          ? await api('PUT', frameworkPaths.pathway(props.orgId, pathway.id), body)
          : await api('POST', frameworkPaths.pathways(props.orgId), { id: ownId, ...body });
      } catch (error) {
        const message = refusalMessage(t, error, nameOf);
        const field = refusalField(error);
        setRefusal(message);
        setProblems(field ? { [field]: message } : {});
        throw error;
      }
    });
    if (ok) props.onSaved(ownId, pick(body.name), !pathway);
    else setRefusals((n) => n + 1);
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} ref={heading} tabIndex={-1} mb="sm">
        {pathway
          ? t('framework.pathwayForm.title', { name: pick(pathway.name) })
          : t('framework.pathwayForm.newTitle')}
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={720}>
          {refusal ? (
            <RefusalAlert ref={alert} title={t('framework.form.problemTitle')}>
              {refusal}
            </RefusalAlert>
          ) : null}
          {pathway ? null : (
            <TextInput
              label={t('framework.pathwayForm.id')}
              description={t('framework.pathwayForm.idHint')}
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
          <MultiSelect
            label={t('framework.pathwayForm.goals')}
            description={t('framework.pathwayForm.goalsHint')}
            data={skillOptions(props.skills, pick)}
            required
            searchable
            comboboxProps={IN_PAGE}
            nothingFoundMessage={t('framework.form.nothingFound')}
            value={goals}
            onChange={setGoals}
            error={problems.goalSkillIds}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {pathway ? t('framework.form.save') : t('framework.pathwayForm.create')}
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
