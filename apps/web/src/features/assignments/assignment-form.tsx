import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learningPagePaths } from '../../navigation/page-paths.ts';
import { newProjectSpec, ProjectFields } from '../projects/project-fields.tsx';
import { type AssignmentOptions, assignmentPaths, assignmentsApi, endOfDayIso } from './assignments-api.ts';
import { type ChosenItem, ItemSetPicker } from './item-set-picker.tsx';

type Kind = 'pathway' | 'skills' | 'lesson' | 'project' | 'item_set';

/**
 * The teacher's form to assign work to a class: a pathway, skills with one target mastery (empty: the mastery
 * rule), a published lesson, a project or a set of items of the bank; a due date (the end of that day, in the
 * teacher's time zone), and an optional title and instructions. A chosen pathway can be previewed as a learner first.
 */
export function AssignmentForm({
  orgId,
  orgSlug,
  classId,
  onCreated,
}: {
  orgId: string;
  orgSlug: string;
  classId: string;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const options = useApiData<AssignmentOptions>(assignmentPaths.options(orgId, classId));
  const [kind, setKind] = useState<Kind>('pathway');
  const [setItems, setSetItems] = useState<ChosenItem[]>([]);
  const [project, setProject] = useState(newProjectSpec);
  const [pathwayId, setPathwayId] = useState('');
  const [lessonId, setLessonId] = useState('');
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [target, setTarget] = useState<number | string>('');
  const [day, setDay] = useState('');
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const create = useAction();
  const pathways = options.data?.pathways ?? [];
  const chosenPathway = pathways.find((p) => p.id === pathwayId) ?? null;
  const submit = async () => {
    const targetValue = typeof target === 'number' ? target / 100 : undefined;
    const ok = await create.run(
      () =>
        assignmentsApi.create(orgId, classId, {
          kind,
          ...(kind === 'pathway'
            ? { pathwayId }
            : kind === 'lesson'
              ? { target: { lessonId } }
              : kind === 'project'
                ? { project }
                : kind === 'item_set'
                  ? { target: { itemIds: setItems.map((i) => i.id) } }
                  : {
                      skills: skillIds.map((skillId) =>
                        targetValue === undefined ? { skillId } : { skillId, target: targetValue },
                      ),
                    }),
          dueAt: endOfDayIso(day),
          ...(title.trim() ? { title: title.trim() } : {}),
          ...(instructions.trim() ? { instructions: instructions.trim() } : {}),
        }),
      () => t('assignments.panel.created'),
    );
    if (ok) {
      setTitle('');
      setInstructions('');
      setSkillIds([]);
      setSetItems([]);
      onCreated();
    }
  };
  return (
    <section aria-labelledby="assign-heading">
      <Title order={3} size="h4" id="assign-heading" mb="xs">
        {t('assignments.panel.createTitle')}
      </Title>
      <ErrorAlert error={options.error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm" maw={560}>
          <div>
            <Text size="sm" fw={500} id="assign-kind-label">
              {t('assignments.panel.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="assign-kind-label"
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              data={[
                { value: 'pathway', label: t('assignments.panel.kindPathway') },
                { value: 'skills', label: t('assignments.panel.kindSkills') },
                { value: 'lesson', label: t('assignments.panel.kindLesson') },
                { value: 'project', label: t('projects.editor.kind') },
                { value: 'item_set', label: t('assignments.panel.kindItemSet') },
              ]}
            />
          </div>
          {kind === 'pathway' ? (
            <Stack gap={4}>
              <NativeSelect
                label={t('assignments.panel.pathway')}
                required
                value={pathwayId}
                onChange={(e) => setPathwayId(e.currentTarget.value)}
                data={[
                  { value: '', label: t('assignments.panel.choosePathway') },
                  ...pathways.map((p) => ({ value: p.id, label: pick(p.name) })),
                ]}
              />
              {chosenPathway ? (
                <Anchor
                  component={Link}
                  size="sm"
                  to={learningPagePaths.pathwayPreview(orgSlug, chosenPathway.id)}
                  aria-label={t('assignments.panel.previewPathwayLabel', { name: pick(chosenPathway.name) })}
                >
                  {t('assignments.panel.previewPathway')}
                </Anchor>
              ) : null}
            </Stack>
          ) : kind === 'project' ? (
            <ProjectFields orgId={orgId} value={project} onChange={setProject} />
          ) : kind === 'item_set' ? (
            <ItemSetPicker
              orgId={orgId}
              skillNames={new Map((options.data?.skills ?? []).map((s) => [s.id, s.name]))}
              value={setItems}
              onChange={setSetItems}
            />
          ) : kind === 'lesson' ? (
            <NativeSelect
              label={t('assignments.panel.lesson')}
              description={options.data?.lessons?.length ? undefined : t('assignments.panel.noLessons')}
              required
              value={lessonId}
              onChange={(e) => setLessonId(e.currentTarget.value)}
              data={[
                { value: '', label: t('assignments.panel.chooseLesson') },
                ...(options.data?.lessons ?? []).map((l) => ({ value: l.id, label: l.title })),
              ]}
            />
          ) : (
            <>
              <MultiSelect
                label={t('assignments.panel.skills')}
                description={t('assignments.panel.skillsHint')}
                searchable
                required
                maxValues={100}
                value={skillIds}
                onChange={setSkillIds}
                data={(options.data?.skills ?? []).map((s) => ({ value: s.id, label: pick(s.name) }))}
              />
              <NumberInput
                label={t('assignments.panel.target')}
                description={t('assignments.panel.targetHint')}
                min={1}
                max={100}
                value={target}
                onChange={setTarget}
              />
            </>
          )}
          <TextInput
            type="date"
            label={t('assignments.panel.dueDate')}
            required
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <TextInput
            label={t('assignments.panel.titleField')}
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t('assignments.panel.instructions')}
            maxLength={4000}
            value={instructions}
            onChange={(e) => setInstructions(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={create.busy}>
              {t('assignments.panel.create')}
            </Button>
          </Group>
          <ErrorAlert error={create.error} />
          <StatusMessage message={create.status} />
        </Stack>
      </form>
    </section>
  );
}
