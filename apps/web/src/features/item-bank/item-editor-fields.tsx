import { Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Text in English and optional Spanish, as the authoring API takes it. */
export interface TextValue {
  en: string;
  es?: string | undefined;
}

/** The server's field problems by path (`steps/1/answer/key`); a field shows its own. */
export type FieldErrors = Readonly<Record<string, string>>;

interface TextPairProps {
  label: string;
  value: TextValue;
  onChange(value: TextValue): void;
  /** The field's path in the body (`stem`, `steps/0/prompt`): its errors are under `path/en` and `path/es`. */
  path: string;
  errors: FieldErrors;
  multiline?: boolean;
}

/** One text in both languages: English required, Spanish optional (English shows in its place). */
export function TextPair({ label, value, onChange, path, errors, multiline = false }: TextPairProps) {
  const { t } = useTranslation();
  const Field = multiline ? Textarea : TextInput;
  const extra = multiline ? { rows: 3 } : {};
  return (
    <Group grow align="flex-start" wrap="wrap" gap="sm">
      <Field
        label={t('itemBank.editor.inEnglish', { label })}
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
        error={errors[`${path}/en`] ?? errors[path]}
        required
        {...extra}
      />
      <Field
        label={t('itemBank.editor.inSpanish', { label })}
        value={value.es ?? ''}
        onChange={(e) => onChange({ ...value, es: e.currentTarget.value })}
        error={errors[`${path}/es`]}
        {...extra}
      />
    </Group>
  );
}

/** Replaces element `index` of a list. */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((v, i) => (i === index ? value : v));
}

/** Removes element `index` of a list. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
