import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { AchievementList, ProjectSpecInput } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { LEVELS } from './pass-rule.ts';
import type { ProjectCriterion, ProjectLevel } from './projects-api.ts';

/** An empty rubric criterion (four level descriptions to write). */
export const emptyCriterion = (): ProjectCriterion => ({
  name: '',
  levels: { beginning: '', developing: '', proficient: '', advanced: '' },
});

/** The project part of a new assignment, as the form holds it. */
export const newProjectSpec = (): ProjectSpecInput & { criteria: ProjectCriterion[] } => ({
  accepts: ['text', 'link', 'files'],
  criteria: [emptyCriterion()],
  passRule: { kind: 'every_criterion_at_least', level: 'proficient' },
});

type Spec = ReturnType<typeof newProjectSpec>;

/**
 * The project fields of the assignment form: what may be handed in, the achievement it is evidence for, the rubric
 * editor (criteria rows with four level descriptions, or a saved lesson to copy the rubric from) and the pass rule.
 */
export function ProjectFields({
  orgId,
  value,
  onChange,
}: {
  orgId: string;
  value: Spec;
  onChange: (next: Spec) => void;
}) {
  const { t } = useTranslation();
  const achievements = useApiData<AchievementList>(`/api/orgs/${orgId}/achievements`);
  const setCriterion = (i: number, next: ProjectCriterion) =>
    onChange({ ...value, criteria: value.criteria.map((c, j) => (j === i ? next : c)) });
  const { achievementId: _a, ...withoutAchievement } = value;
  return (
    <Stack gap="sm">
      <Checkbox.Group
        label={t('projects.editor.accepts')}
        required
        value={value.accepts}
        onChange={(v) => onChange({ ...value, accepts: v as Spec['accepts'] })}
      >
        <Group mt={4}>
          {(['text', 'link', 'files'] as const).map((p) => (
            <Checkbox key={p} value={p} label={t(`projects.editor.part.${p}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <NativeSelect
        label={t('projects.editor.achievement')}
        description={t('projects.editor.achievementHint')}
        value={value.achievementId ?? ''}
        onChange={(e) =>
          onChange(
            e.currentTarget.value ? { ...value, achievementId: e.currentTarget.value } : withoutAchievement,
          )
        }
        data={[
          { value: '', label: t('projects.editor.noAchievement') },
          ...(achievements.data?.achievements ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <Text size="sm" fw={500} id="rubric-editor-label">
        {t('projects.editor.rubric')}
      </Text>
      <Stack gap="xs" role="group" aria-labelledby="rubric-editor-label">
        {value.criteria.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and only the last is removed
          <Paper key={i} withBorder radius="md" p="sm">
            <Stack gap={6}>
              <Group align="end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('projects.editor.criterion', { n: i + 1 })}
                  required
                  maxLength={200}
                  value={c.name}
                  onChange={(e) => setCriterion(i, { ...c, name: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  disabled={value.criteria.length === 1}
                  aria-label={t('projects.editor.remove', { n: i + 1 })}
                  onClick={() => onChange({ ...value, criteria: value.criteria.filter((_, j) => j !== i) })}
                >
                  ×
                </ActionIcon>
              </Group>
              {LEVELS.map((l: ProjectLevel) => (
                <Textarea
                  key={l}
                  label={t('projects.editor.levelOf', { level: t(`projects.levels.${l}`), n: i + 1 })}
                  required
                  rows={2}
                  maxLength={1000}
                  value={c.levels[l]}
                  onChange={(e) =>
                    setCriterion(i, { ...c, levels: { ...c.levels, [l]: e.currentTarget.value } })
                  }
                />
              ))}
            </Stack>
          </Paper>
        ))}
        <Button
          variant="light"
          style={{ alignSelf: 'start' }}
          disabled={value.criteria.length >= 20}
          onClick={() => onChange({ ...value, criteria: [...value.criteria, emptyCriterion()] })}
        >
          {t('projects.editor.add')}
        </Button>
      </Stack>
      <NativeSelect
        label={t('projects.editor.passRule')}
        value={
          value.passRule.kind === 'minimum_total' ? 'minimum_total' : (value.passRule.level ?? 'proficient')
        }
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange({
            ...value,
            passRule:
              v === 'minimum_total'
                ? { kind: 'minimum_total', total: value.criteria.length * 3 }
                : { kind: 'every_criterion_at_least', level: v as ProjectLevel },
          });
        }}
        data={[
          ...LEVELS.slice(1).map((l) => ({
            value: l,
            label: t('projects.rule.everyAtLeast', { level: t(`projects.levels.${l}`) }),
          })),
          { value: 'minimum_total', label: t('projects.editor.minimumTotal') },
        ]}
      />
      {value.passRule.kind === 'minimum_total' ? (
        <NumberInput
          label={t('projects.editor.total', { max: value.criteria.length * 4 })}
          min={1}
          max={value.criteria.length * 4}
          required
          value={value.passRule.total ?? ''}
          onChange={(n) => onChange({ ...value, passRule: { kind: 'minimum_total', total: Number(n) || 1 } })}
        />
      ) : null}
    </Stack>
  );
}
