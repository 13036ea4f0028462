import { Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../i18n/error-message.ts';

/** The longest name a share link may have (the server's limit too). */
export const MAX_LINK_NAME = 100;

interface ShareLinkRenameFormProps {
  /** The link's name now. */
  name: string;
  /** The label stored now (empty when the link has none). */
  label: string;
  /** Saves the trimmed name; a rejection is shown on the field. */
  onSave(label: string): Promise<void>;
  onCancel(): void;
}

/** An inline form that renames a share link: 1 to 100 characters once trimmed, checked before asking the server. */
export function ShareLinkRenameForm({ name, label, onSave, onCancel }: ShareLinkRenameFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(label);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    const found = !trimmed
      ? t('validation.required')
      : trimmed.length > MAX_LINK_NAME
        ? t('credentials.links.tooLong')
        : null;
    setProblem(found);
    if (found) return input.current?.focus();
    setBusy(true);
    try {
      await onSave(trimmed);
    } catch (caught) {
      setProblem(fieldErrors(t, caught).label ?? errorMessage(t, caught));
      setBusy(false);
      input.current?.focus();
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          ref={input}
          label={t('credentials.links.newName', { name })}
          required
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={problem}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {t('credentials.links.save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            {t('credentials.links.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
