import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { Membership, PublicProfileSettings, RecordCredential } from '@pathwise/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { publicProfilePaths } from './public-profile-api.ts';
import { PublicProfileForm } from './public-profile-form.tsx';
import { CopyableAddress } from './share-link-address.tsx';

interface PublicProfileSectionProps {
  membership: Membership;
  credentials: readonly RecordCredential[];
}

/**
 * "Public profile" on the learner's record: off until they turn it on; then its address to copy or open, and a new
 * address on request (the old one stops at once); the choices (name, headline, credentials) open on demand, so the
 * record's share form stays the only list of credential checkboxes until the learner asks to change them.
 */
export function PublicProfileSection({ membership, credentials }: PublicProfileSectionProps) {
  const { t } = useTranslation();
  const settings = useApiData<PublicProfileSettings>(publicProfilePaths.settings(membership.orgId));
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const renew = useAction();
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Closing the choices (saved or cancelled) puts the focus back on the button that opened them.
    if (!editing && wasEditing.current) changeButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const active = credentials.filter((c) => c.state === 'active');
  const current = settings.data;
  const shown = current ? active.filter((c) => current.credentialIds.includes(c.id)).length : 0;

  async function saved(next: PublicProfileSettings) {
    const count = active.filter((c) => next.credentialIds.includes(c.id)).length;
    await settings.reload();
    setEditing(false);
    setStatus(
      !next.enabled
        ? t('credentials.publicProfile.savedOff')
        : count === 0
          ? t('credentials.publicProfile.savedOnNone')
          : t('credentials.publicProfile.savedOn', { count }),
    );
  }

  async function newAddress() {
    setStatus(null);
    const done = await renew.run(async () => {
      await api('POST', publicProfilePaths.newAddress(membership.orgId));
      await settings.reload();
    });
    if (done) setStatus(t('credentials.publicProfile.renewed'));
  }

  return (
    <section aria-labelledby="record-public-profile">
      <Title order={2} size="h3" id="record-public-profile">
        {t('credentials.publicProfile.title')}
      </Title>
      <Text mb="sm">{t('credentials.publicProfile.intro')}</Text>
      <ErrorAlert error={settings.error} />
      <StatusMessage message={status} />
      {current && !editing ? (
        <Stack gap="sm" maw={640}>
          <Text fw={600} data-testid="public-profile-state">
            {!current.enabled
              ? t('credentials.publicProfile.stateOff')
              : shown === 0
                ? t('credentials.publicProfile.stateOnNone')
                : t('credentials.publicProfile.stateOn', { count: shown })}
          </Text>
          {current.enabled && current.url ? (
            <>
              <CopyableAddress
                url={current.url}
                label={t('credentials.publicProfile.address')}
                copyLabel={t('credentials.publicProfile.copyLabel')}
                copiedMessage={t('credentials.publicProfile.copied')}
                failedMessage={t('credentials.publicProfile.copyFailed')}
                onStatus={setStatus}
              />
              <Anchor href={current.url}>{t('credentials.publicProfile.open')}</Anchor>
              <div>
                <Button
                  variant="default"
                  onClick={newAddress}
                  loading={renew.busy}
                  aria-describedby="public-profile-new-address"
                >
                  {t('credentials.publicProfile.newAddress')}
                </Button>
                <Text size="sm" c="dimmed" mt={4} id="public-profile-new-address">
                  {t('credentials.publicProfile.newAddressHint')}
                </Text>
              </div>
              <ErrorAlert error={renew.error} />
            </>
          ) : null}
          <div>
            <Button
              ref={changeButton}
              variant="default"
              onClick={() => {
                setStatus(null);
                setEditing(true);
              }}
            >
              {t('credentials.publicProfile.change')}
            </Button>
          </div>
        </Stack>
      ) : null}
      {current && editing ? (
        <PublicProfileForm
          orgId={membership.orgId}
          settings={current}
          active={active}
          onSaved={saved}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}
