import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { CredentialShowcase, RecordCredential } from '@pathwise/contracts';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { badgeSnippet } from './badge-snippet.ts';
import { credentialPaths } from './credentials-api.ts';

/** Starts the download of a file the server answers as an attachment (the page stays where it is). */
function saveFile(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Showing one of the learner's active credentials off: its PDF certificate, LinkedIn's add-to-profile link and an
 * embeddable badge. All three point to one share link of the credential, made (or reused) by the server; `onShared`
 * reloads the learner's list of links, where it shows.
 */
export function CredentialShowcasePanel({
  credential: c,
  orgId,
  onShared,
}: {
  credential: RecordCredential;
  orgId: string;
  onShared?: (() => Promise<void>) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  const [showcase, setShowcase] = useState<CredentialShowcase | null>(null);
  const action = useAction();
  const name = c.achievementName;
  const certificate = credentialPaths.certificate(orgId, c.id, lang);
  const ensureLink = () => api<CredentialShowcase>('POST', credentialPaths.showcase(orgId, c.id));

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    // NOTE: the link is made (or found) first, so the list of links below shows it; the file then reuses it.
    event.preventDefault();
    await action.run(async () => {
      await ensureLink();
      saveFile(certificate);
      await onShared?.();
    });
  }

  async function prepare() {
    await action.run(async () => {
      setShowcase(await ensureLink());
      await onShared?.();
    });
  }

  return (
    <Stack gap={6} mt="xs" data-testid="showcase">
      <Group gap="md">
        <Anchor href={certificate} download onClick={download} size="sm">
          {t('credentials.showcase.certificate', { name })}
        </Anchor>
        {showcase ? null : (
          <Button variant="default" size="xs" onClick={prepare} loading={action.busy}>
            {t('credentials.showcase.prepare', { name })}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('credentials.showcase.note')}</Text>
      <ErrorAlert error={action.error} />
      {showcase ? (
        <Stack gap={6}>
          <Anchor href={showcase.linkedInUrl} target="_blank" rel="noreferrer" size="sm" w="fit-content">
            {t('credentials.showcase.linkedIn', { name })}
          </Anchor>
          <Text size="sm">{t('credentials.showcase.linkedInHint')}</Text>
          <CopyField
            label={t('credentials.showcase.embed', { name })}
            value={badgeSnippet({
              verificationUrl: showcase.verificationUrl,
              imageUrl: showcase.badgeImageUrl,
              alt: t('credentials.showcase.embedAlt', {
                name: showcase.achievementName,
                issuer: showcase.issuerName,
              }),
              text: t('credentials.showcase.embedText', { name: showcase.achievementName }),
            })}
          />
          <Text size="sm">
            {t('credentials.showcase.until', { date: formatDate(showcase.expiresAt, lang) })}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
