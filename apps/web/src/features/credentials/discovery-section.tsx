import { Button, Checkbox, Group, Stack, Switch, Text, Title } from '@mantine/core';
import type { DiscoverySettings, Membership, RecordCredential } from '@pathwise/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { ContactRequestsSection } from './contact-requests-section.tsx';
import { discoveryPaths } from './discovery-api.ts';

interface DiscoverySectionProps {
  membership: Membership;
  credentials: readonly RecordCredential[];
  /** Reloads the share links (accepting a contact request makes one). */
  onShared(): Promise<void>;
}

/**
 * "Discoverable by employers" on the learner's record: off and nothing chosen until the learner turns it on and
 * picks credentials (only active ones are offered), off again any time; then the contact requests employers sent.
 * NOTE: the choice opens on demand, so the record's own share form stays the only list of credential checkboxes
 * until the learner asks to change who can find them.
 */
export function DiscoverySection({ membership, credentials, onShared }: DiscoverySectionProps) {
  const { t } = useTranslation();
  const settings = useApiData<DiscoverySettings>(discoveryPaths.settings(membership.orgId));
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Opening the choice moves the focus into it; closing it (saved or cancelled) puts it back on the button.
    if (editing) toggle.current?.focus();
    else if (wasEditing.current) changeButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const [enabled, setEnabled] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const action = useAction();
  useEffect(() => {
    if (!settings.data) return;
    setEnabled(settings.data.enabled);
    setChosen(settings.data.credentialIds);
  }, [settings.data]);
  const active = credentials.filter((c) => c.state === 'active');
  // A chosen credential that was since revoked or expired is not offered, and is dropped on the next save.
  const offered = chosen.filter((id) => active.some((c) => c.id === id));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(
      async () => {
        const next = await api<DiscoverySettings>('PUT', discoveryPaths.settings(membership.orgId), {
          enabled,
          credentialIds: offered,
        });
        await settings.reload();
        return next;
      },
      (next) =>
        !next.enabled
          ? t('credentials.discovery.learner.savedOff')
          : next.credentialIds.length === 0
            ? t('credentials.discovery.learner.savedNone')
            : t('credentials.discovery.learner.savedOn', { count: next.credentialIds.length }),
    );
    if (saved) setEditing(false);
  }
  const current = settings.data;
  const shown = active
    .filter((c) => current?.credentialIds.includes(c.id))
    .map((c) => c.achievementName)
    .sort((a, b) => a.localeCompare(b));
  return (
    <>
      <section aria-labelledby="record-discovery">
        <Title order={2} size="h3" id="record-discovery">
          {t('credentials.discovery.learner.title')}
        </Title>
        <Text mb="sm">{t('credentials.discovery.learner.intro', { org: membership.orgName })}</Text>
        <ErrorAlert error={settings.error} />
        <StatusMessage message={action.status} />
        {current && !editing ? (
          <Stack gap="xs" align="flex-start">
            <Text fw={600} data-testid="discovery-state">
              {!current.enabled
                ? t('credentials.discovery.learner.stateOff')
                : shown.length === 0
                  ? t('credentials.discovery.learner.stateNone')
                  : t('credentials.discovery.learner.stateOn', {
                      org: membership.orgName,
                      names: shown.join(', '),
                    })}
            </Text>
            <Button ref={changeButton} variant="default" onClick={() => setEditing(true)}>
              {t('credentials.discovery.learner.change')}
            </Button>
          </Stack>
        ) : null}
        {current && editing ? (
          <form onSubmit={submit}>
            <Stack maw={560}>
              <Switch
                ref={toggle}
                label={t('credentials.discovery.learner.toggle')}
                checked={enabled}
                onChange={(e) => setEnabled(e.currentTarget.checked)}
              />
              {active.length === 0 ? (
                <Text>{t('credentials.discovery.learner.noneActive')}</Text>
              ) : (
                <Checkbox.Group
                  value={offered}
                  onChange={setChosen}
                  label={t('credentials.discovery.learner.credentials')}
                >
                  <Stack gap={6} mt={6}>
                    {active.map((c) => (
                      <Checkbox key={c.id} value={c.id} label={c.achievementName} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              <Group gap="xs">
                <Button type="submit" loading={action.busy}>
                  {t('credentials.discovery.learner.save')}
                </Button>
                <Button variant="default" onClick={() => setEditing(false)}>
                  {t('credentials.discovery.learner.cancel')}
                </Button>
              </Group>
              <ErrorAlert error={action.error} />
            </Stack>
          </form>
        ) : null}
      </section>
      <ContactRequestsSection orgId={membership.orgId} onShared={onShared} />
    </>
  );
}
