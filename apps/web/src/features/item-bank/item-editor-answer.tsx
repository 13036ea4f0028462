import { Button, Checkbox, Group, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ANSWER_KINDS,
  type AnswerKind,
  type AuthoredAnswerInput,
  blankAnswer,
} from './item-authoring-api.ts';
import { type FieldErrors, removeAt, replaceAt, TextPair } from './item-editor-fields.tsx';

interface AnswerEditorProps {
  answer: AuthoredAnswerInput;
  onChange(answer: AuthoredAnswerInput): void;
  /** `steps/0/answer` */
  path: string;
  errors: FieldErrors;
}

const letters = (list: readonly string[]) => list.join(', ');
const parseLetters = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** What a step expects: the kind of answer, the key a learner would type, and the kind's own settings. */
export function AnswerEditor({ answer, onChange, path, errors }: AnswerEditorProps) {
  const { t } = useTranslation();
  const keyError = errors[`${path}/key`] ?? errors[path];
  return (
    <Stack gap="xs">
      <Group grow align="flex-start" wrap="wrap" gap="sm">
        <Select
          label={t('itemBank.editor.answerKind')}
          data={ANSWER_KINDS.map((k) => ({ value: k, label: t(`itemBank.editor.kinds.${k}`) }))}
          value={answer.kind}
          allowDeselect={false}
          onChange={(kind) => kind && onChange({ ...blankAnswer(kind as AnswerKind), key: answer.key })}
        />
        {answer.kind === 'choice' ? null : (
          <TextInput
            label={t('itemBank.editor.answerKey')}
            description={t(`itemBank.editor.keyHint.${answer.kind}`)}
            value={answer.key}
            onChange={(e) => onChange({ ...answer, key: e.currentTarget.value })}
            error={keyError}
            required
          />
        )}
      </Group>
      <KindSettings answer={answer} onChange={onChange} path={path} errors={errors} />
    </Stack>
  );
}

function KindSettings({ answer, onChange, path, errors }: AnswerEditorProps) {
  const { t } = useTranslation();
  switch (answer.kind) {
    case 'number':
      return (
        <Group grow wrap="wrap" gap="sm">
          <NumberInput
            label={t('itemBank.editor.tolerance')}
            min={0}
            value={answer.tolerance ?? 0}
            onChange={(v) =>
              onChange({ ...answer, tolerance: typeof v === 'number' && v > 0 ? v : undefined })
            }
            error={errors[`${path}/tolerance`]}
          />
          <Checkbox
            mt="lg"
            label={t('itemBank.editor.percent')}
            checked={answer.unit === 'percent'}
            onChange={(e) => onChange({ ...answer, unit: e.currentTarget.checked ? 'percent' : undefined })}
          />
        </Group>
      );
    case 'fraction':
      return (
        <Checkbox
          label={t('itemBank.editor.lowestTerms')}
          checked={answer.lowestTerms === true}
          onChange={(e) => onChange({ ...answer, lowestTerms: e.currentTarget.checked })}
        />
      );
    case 'expression':
    case 'relation':
      return (
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label={t('itemBank.editor.variables')}
            description={t('itemBank.editor.variablesHint')}
            value={letters(answer.variables)}
            onChange={(e) => onChange({ ...answer, variables: parseLetters(e.currentTarget.value) })}
            error={errors[`${path}/variables`]}
          />
          <Checkbox
            mt="lg"
            label={t(answer.kind === 'expression' ? 'itemBank.editor.combined' : 'itemBank.editor.solved')}
            checked={answer.form === 'combined' || answer.form === 'solved'}
            onChange={(e) =>
              onChange(
                answer.kind === 'expression'
                  ? { ...answer, form: e.currentTarget.checked ? 'combined' : 'any' }
                  : { ...answer, form: e.currentTarget.checked ? 'solved' : 'any' },
              )
            }
          />
        </Group>
      );
    case 'choice':
      return <ChoiceOptions answer={answer} onChange={onChange} path={path} errors={errors} />;
    case 'text': {
      const list = (locale: 'en' | 'es') => (answer.accepted?.[locale] ?? []).join('; ');
      const set = (locale: 'en' | 'es', text: string) =>
        onChange({
          ...answer,
          accepted: { ...answer.accepted, [locale]: text.split(';').map((s) => s.trim()) },
        });
      return (
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label={t('itemBank.editor.alsoAcceptedEn')}
            description={t('itemBank.editor.alsoAcceptedHint')}
            value={list('en')}
            onChange={(e) => set('en', e.currentTarget.value)}
          />
          <TextInput
            label={t('itemBank.editor.alsoAcceptedEs')}
            description={t('itemBank.editor.alsoAcceptedHint')}
            value={list('es')}
            onChange={(e) => set('es', e.currentTarget.value)}
          />
        </Group>
      );
    }
  }
}

/** The options of a choice step; the right one is marked with a radio button. */
function ChoiceOptions({
  answer,
  onChange,
  path,
  errors,
}: AnswerEditorProps & { answer: Extract<AuthoredAnswerInput, { kind: 'choice' }> }) {
  const { t } = useTranslation();
  const nextId = () => 'abcdefgh'.split('').find((l) => !answer.options.some((o) => o.id === l)) ?? 'z';
  const keyError = errors[`${path}/key`] ?? errors[`${path}/options`];
  return (
    <Radio.Group
      label={t('itemBank.editor.options')}
      description={t('itemBank.editor.optionsHint')}
      value={answer.key}
      onChange={(key) => onChange({ ...answer, key })}
      error={keyError}
    >
      <Stack gap="xs" mt="xs">
        {answer.options.map((option, i) => (
          <Group key={option.id} align="flex-start" wrap="nowrap" gap="xs">
            <Radio
              value={option.id}
              mt="xl"
              aria-label={t('itemBank.editor.rightOption', { id: option.id })}
            />
            <div style={{ flex: 1 }}>
              <TextPair
                label={t('itemBank.editor.option', { id: option.id })}
                value={option.text}
                onChange={(text) =>
                  onChange({ ...answer, options: replaceAt(answer.options, i, { ...option, text }) })
                }
                path={`${path}/options/${i}/text`}
                errors={errors}
              />
            </div>
            <Button
              variant="subtle"
              color="red"
              mt="xl"
              disabled={answer.options.length <= 2}
              onClick={() => onChange({ ...answer, options: removeAt(answer.options, i) })}
            >
              {t('itemBank.editor.remove')}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          w="fit-content"
          disabled={answer.options.length >= 8}
          onClick={() =>
            onChange({ ...answer, options: [...answer.options, { id: nextId(), text: { en: '', es: '' } }] })
          }
        >
          {t('itemBank.editor.addOption')}
        </Button>
      </Stack>
    </Radio.Group>
  );
}
