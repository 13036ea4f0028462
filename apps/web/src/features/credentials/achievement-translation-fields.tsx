import { Fieldset, Stack, Textarea, TextInput } from '@mantine/core';
import type { AchievementTranslationsBody } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';

/** The Spanish words of an achievement as typed: both blank means "not translated". */
export interface SpanishWords {
  name: string;
  description: string;
}

/**
 * The body's `translations` from the typed Spanish words: none when both are blank (readers then see English), the
 * description left out when blank (readers then see the English one).
 */
export function translationsBody(es: SpanishWords): AchievementTranslationsBody {
  const name = es.name.trim();
  const description = es.description.trim();
  if (!name && !description) return {};
  return { es: { name, ...(description ? { description } : {}) } };
}

/** A Spanish description without a Spanish name cannot be saved: the name is what every page shows first. */
export function spanishNameMissing(es: SpanishWords): boolean {
  return es.name.trim() === '' && es.description.trim() !== '';
}

/**
 * The achievement's name and description in Spanish, optional: what learners, visitors and the certificate show to
 * a Spanish reader (credentials carry them as a language edition). The field labels say in words which language.
 */
export function AchievementTranslationFields(props: {
  value: SpanishWords;
  onChange(value: SpanishWords): void;
  nameError?: string | undefined;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <Fieldset legend={t('credentials.admin.form.spanishLegend')} variant="unstyled">
      <Stack gap="sm">
        <TextInput
          label={t('credentials.admin.form.spanishName')}
          description={t('credentials.admin.form.spanishHint')}
          lang="es"
          maxLength={200}
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
          error={props.nameError}
        />
        <Textarea
          label={t('credentials.admin.form.spanishDescription')}
          lang="es"
          maxLength={2000}
          autosize
          minRows={2}
          value={value.description}
          onChange={(e) => onChange({ ...value, description: e.currentTarget.value })}
        />
      </Stack>
    </Fieldset>
  );
}
