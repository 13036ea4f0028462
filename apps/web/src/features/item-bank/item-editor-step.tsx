import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthoredStepInput } from './item-authoring-api.ts';
import { AnswerEditor } from './item-editor-answer.tsx';
import { type FieldErrors, removeAt, replaceAt, TextPair } from './item-editor-fields.tsx';

interface StepEditorProps {
  step: AuthoredStepInput;
  index: number;
  count: number;
  onChange(step: AuthoredStepInput): void;
  onRemove(): void;
  errors: FieldErrors;
}

/** One step: its prompt, what it expects, its hints (general to specific) and its known wrong answers. */
export function StepEditor({ step, index, count, onChange, onRemove, errors }: StepEditorProps) {
  const { t } = useTranslation();
  const path = `steps/${index}`;
  const headingId = `editor-step-${index}`;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {t('itemBank.editor.step', { number: index + 1, total: count })}
          </Title>
          <Button variant="subtle" color="red" size="xs" disabled={count <= 1} onClick={onRemove}>
            {t('itemBank.editor.removeStep', { number: index + 1 })}
          </Button>
        </Group>
        <TextPair
          label={t('itemBank.editor.prompt')}
          value={step.prompt}
          onChange={(prompt) => onChange({ ...step, prompt })}
          path={`${path}/prompt`}
          errors={errors}
          multiline
        />
        <AnswerEditor
          answer={step.answer}
          onChange={(answer) => onChange({ ...step, answer })}
          path={`${path}/answer`}
          errors={errors}
        />
        <Title order={4} size="h6">
          {t('itemBank.editor.hints')}
        </Title>
        {step.hints.map((hint, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: hints have no id; their fields are controlled
          <Group key={`hint-${i}`} align="flex-end" wrap="nowrap" gap="xs">
            <div style={{ flex: 1 }}>
              <TextPair
                label={t('itemBank.editor.hint', { number: i + 1 })}
                value={hint}
                onChange={(h) => onChange({ ...step, hints: replaceAt(step.hints, i, h) })}
                path={`${path}/hints/${i}`}
                errors={errors}
              />
            </div>
            <Button
              variant="subtle"
              color="red"
              onClick={() => onChange({ ...step, hints: removeAt(step.hints, i) })}
            >
              {t('itemBank.editor.remove')}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          w="fit-content"
          disabled={step.hints.length >= 6}
          onClick={() => onChange({ ...step, hints: [...step.hints, { en: '', es: '' }] })}
        >
          {t('itemBank.editor.addHint')}
        </Button>
        <Title order={4} size="h6">
          {t('itemBank.editor.misconceptions')}
        </Title>
        {step.misconceptions.map((m, i) => {
          const at = `${path}/misconceptions/${i}`;
          const set = (next: typeof m) =>
            onChange({ ...step, misconceptions: replaceAt(step.misconceptions, i, next) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: wrong answers have no id; their fields are controlled
            <Paper key={`wrong-${i}`} withBorder radius="sm" p="xs">
              <Stack gap="xs">
                <TextInput
                  label={t('itemBank.editor.wrongAnswer', { number: i + 1 })}
                  value={m.answer}
                  onChange={(e) => set({ ...m, answer: e.currentTarget.value })}
                  error={errors[`${at}/answer`]}
                  required
                />
                <TextPair
                  label={t('itemBank.editor.feedback')}
                  value={m.feedback}
                  onChange={(feedback) => set({ ...m, feedback })}
                  path={`${at}/feedback`}
                  errors={errors}
                />
                <Button
                  variant="subtle"
                  color="red"
                  w="fit-content"
                  onClick={() => onChange({ ...step, misconceptions: removeAt(step.misconceptions, i) })}
                >
                  {t('itemBank.editor.removeWrongAnswer', { number: i + 1 })}
                </Button>
              </Stack>
            </Paper>
          );
        })}
        <Button
          variant="light"
          w="fit-content"
          disabled={step.misconceptions.length >= 6}
          onClick={() =>
            onChange({
              ...step,
              misconceptions: [...step.misconceptions, { answer: '', feedback: { en: '', es: '' } }],
            })
          }
        >
          {t('itemBank.editor.addWrongAnswer')}
        </Button>
      </Stack>
    </Paper>
  );
}
