import { Button, Checkbox, Group, Radio, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { PublicProfileSettings, RecordCredential } from '@pathwise/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fieldErrors } from '../../i18n/error-message.ts';
import { publicProfilePaths } from './public-profile-api.ts';

/** The server's limits, checked here first so that the learner hears about them on the field. */
const NAME_MAX = 80;
const HEADLINE_MAX = 140;

interface PublicProfileFormProps {
  orgId: string;
  settings: PublicProfileSettings;
  /** The learner's active credentials: the only ones that can be shown. */
  active: readonly RecordCredential[];
  /** Called with what was saved, once it is. */
  onSaved(saved: PublicProfileSettings): void;
  onCancel(): void;
}

/**
 * The public profile's choices: on or off, the name shown (the account's, or another of 1–80 characters), a
 * headline of at most 140, and the credentials shown (none is chosen until the learner ticks one: each credential
 * made public is their own decision). A chosen credential since revoked or expired is not offered, and is dropped
 * on saving.
 */
export function PublicProfileForm({ orgId, settings, active, onSaved, onCancel }: PublicProfileFormProps) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [nameChoice, setNameChoice] = useState(settings.displayName === null ? 'account' : 'other');
  const [displayName, setDisplayName] = useState(settings.displayName ?? '');
  const [headline, setHeadline] = useState(settings.headline ?? '');
  const [chosen, setChosen] = useState<string[]>(settings.credentialIds);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const headlineInput = useRef<HTMLInputElement>(null);
  useEffect(() => toggle.current?.focus(), []);
  const offered = chosen.filter((id) => active.some((c) => c.id === id));

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    const name = displayName.trim();
    if (nameChoice === 'other' && !name) found.displayName = t('validation.required');
    else if (nameChoice === 'other' && name.length > NAME_MAX)
      found.displayName = t('credentials.publicProfile.tooLong', { max: NAME_MAX });
    if (headline.trim().length > HEADLINE_MAX)
      found.headline = t('credentials.publicProfile.tooLong', { max: HEADLINE_MAX });
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setProblems(found);
    setError(null);
    if (found.displayName) return nameInput.current?.focus();
    if (found.headline) return headlineInput.current?.focus();
    setBusy(true);
    try {
      const saved = await api<PublicProfileSettings>('PUT', publicProfilePaths.settings(orgId), {
        enabled,
        displayName: nameChoice === 'other' ? displayName.trim() : null,
        headline: headline.trim() || null,
        credentialIds: offered,
      });
      onSaved(saved);
    } catch (caught) {
      const fields = fieldErrors(t, caught);
      setProblems(fields);
      if (!fields.displayName && !fields.headline) setError(caught);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        <Switch
          ref={toggle}
          label={t('credentials.publicProfile.toggle')}
          description={t('credentials.publicProfile.offNote')}
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <Radio.Group
          label={t('credentials.publicProfile.nameLabel')}
          value={nameChoice}
          onChange={setNameChoice}
        >
          <Stack gap={6} mt={6}>
            <Radio
              value="account"
              label={t('credentials.publicProfile.nameAccount', { name: settings.accountName })}
            />
            <Radio value="other" label={t('credentials.publicProfile.nameOther')} />
          </Stack>
        </Radio.Group>
        {nameChoice === 'other' ? (
          <TextInput
            ref={nameInput}
            label={t('credentials.publicProfile.displayName')}
            description={t('credentials.publicProfile.displayNameHint')}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={problems.displayName}
          />
        ) : null}
        <TextInput
          ref={headlineInput}
          label={t('credentials.publicProfile.headline')}
          description={t('credentials.publicProfile.headlineHint')}
          value={headline}
          onChange={(e) => setHeadline(e.currentTarget.value)}
          error={problems.headline}
        />
        {active.length === 0 ? (
          <Text>{t('credentials.publicProfile.noneActive')}</Text>
        ) : (
          <Checkbox.Group
            value={offered}
            onChange={setChosen}
            label={t('credentials.publicProfile.credentials')}
            description={t('credentials.publicProfile.credentialsHint')}
          >
            <Stack gap={6} mt={6}>
              {active.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.achievementName} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {t('credentials.publicProfile.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('credentials.publicProfile.cancel')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}
