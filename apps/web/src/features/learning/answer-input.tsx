import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { plainMathText } from '@pathwise/core/math-text';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { PublicStep } from './learning-api.ts';
import { MathText } from './math-text.tsx';

interface AnswerInputProps {
  step: PublicStep;
  value: string;
  onChange: (value: string) => void;
  /** The element that names the field (the step's prompt). */
  labelledBy: string;
  error?: string | null;
  disabled?: boolean;
}

/**
 * The field for a step's answer, shaped by what the step expects: options for a choice, otherwise one line of
 * text with an example of the format. A choice is answered
 * with the option's English text, which the server matches in either language.
 */
export function AnswerInput({ step, value, onChange, labelledBy, error, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (step.answerType === 'choice') {
    // NOTE: a plain radiogroup named by the prompt (Mantine's group puts the role on an unnamed inner element).
    return (
      <div role="radiogroup" aria-labelledby={labelledBy} aria-invalid={error ? true : undefined}>
        <Stack gap="xs" mt="xs">
          {(step.choices ?? []).map((choice) => (
            <Radio
              key={choice.en}
              name={`answer-${step.id}`}
              value={choice.en}
              checked={value === choice.en}
              onChange={() => onChange(choice.en)}
              disabled={disabled}
              label={<MathText text={pick(choice)} />}
              aria-label={plainMathText(pick(choice))}
            />
          ))}
          {error ? (
            <Text c="var(--mantine-color-error)" size="sm">
              {error}
            </Text>
          ) : null}
        </Stack>
      </div>
    );
  }
  return (
    <TextInput
      label={t('learning.answer.label')}
      description={t(`learning.answer.format.${step.answerType}`)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error ?? undefined}
      disabled={disabled}
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      styles={{ input: { fontSize: '1.05rem' } }}
    />
  );
}
