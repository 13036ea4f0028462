import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type AuthoredItemInput, blankStep, type Framework } from './item-authoring-api.ts';
import { type FieldErrors, removeAt, replaceAt, TextPair } from './item-editor-fields.tsx';
import { StepEditor } from './item-editor-step.tsx';

interface ItemEditorFormProps {
  form: AuthoredItemInput;
  onChange(form: AuthoredItemInput): void;
  skills: Framework['skills'];
  /** The server's field problems of the last save, by path (`steps/1/answer/key`). */
  errors: FieldErrors;
}

/** The fields of an item: its skill, difficulty, problem text, steps, status and credit (controlled). */
export function ItemEditorForm({ form, onChange, skills, errors }: ItemEditorFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const set = (patch: Partial<AuthoredItemInput>) => onChange({ ...form, ...patch });
  return (
    <Stack gap="md">
      <Group grow align="flex-start" wrap="wrap" gap="sm">
        <Select
          label={t('itemBank.editor.skill')}
          placeholder={t('itemBank.editor.skillPlaceholder')}
          data={skills.map((s) => ({ value: s.id, label: `${pick(s.name)} (${s.id})` }))}
          value={form.skillId || null}
          onChange={(skillId) => set({ skillId: skillId ?? '' })}
          searchable
          required
          error={errors.skillId}
        />
        <Select
          label={t('itemBank.editor.difficulty')}
          data={[1, 2, 3].map((d) => ({
            value: String(d),
            label: t('itemBank.detail.difficultyLevel', { level: d }),
          }))}
          value={String(form.difficulty)}
          allowDeselect={false}
          onChange={(d) => set({ difficulty: Number(d) as 1 | 2 | 3 })}
          error={errors.difficulty}
        />
        <Select
          label={t('itemBank.editor.status')}
          description={t('itemBank.editor.statusHint')}
          data={(['published', 'draft'] as const).map((s) => ({
            value: s,
            label: t(`itemBank.status.${s}`),
          }))}
          value={form.status ?? 'published'}
          allowDeselect={false}
          onChange={(s) => set({ status: s === 'draft' ? 'draft' : 'published' })}
        />
      </Group>
      <TextPair
        label={t('itemBank.editor.stem')}
        value={form.stem}
        onChange={(stem) => set({ stem })}
        path="stem"
        errors={errors}
        multiline
      />
      <TextInput
        label={t('itemBank.editor.attribution')}
        description={t('itemBank.editor.attributionHint')}
        value={form.attribution ?? ''}
        onChange={(e) => set({ attribution: e.currentTarget.value })}
        error={errors.attribution}
      />
      <Title order={2} size="h4">
        {t('itemBank.editor.steps')}
      </Title>
      {errors.steps ? <div role="alert">{errors.steps}</div> : null}
      {form.steps.map((step, i) => (
        <StepEditor
          key={step.id ?? `new-${i}`}
          step={step}
          index={i}
          count={form.steps.length}
          onChange={(next) => set({ steps: replaceAt(form.steps, i, next) })}
          onRemove={() => set({ steps: removeAt(form.steps, i) })}
          errors={errors}
        />
      ))}
      <Button
        variant="light"
        w="fit-content"
        disabled={form.steps.length >= 10}
        onClick={() => set({ steps: [...form.steps, blankStep()] })}
      >
        {t('itemBank.editor.addStep')}
      </Button>
    </Stack>
  );
}
