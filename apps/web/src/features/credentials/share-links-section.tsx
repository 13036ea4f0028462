import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ShareLinkSummary } from '@pathwise/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { ShareLinkAddress } from './share-link-address.tsx';
import { ShareLinkRenameForm } from './share-link-rename-form.tsx';

const STATE_COLOR = { active: 'teal.9', revoked: 'red.9', expired: 'gray.7' } as const;

interface ShareLinksSectionProps {
  links: ShareLinkSummary[];
  /** Renames a link and reloads the list; rejects with the server's answer. */
  onRename(id: string, label: string): Promise<void>;
  /** Revokes a link and reloads the list. */
  onRevoke(id: string): Promise<void>;
}

/**
 * The learner's share links: each with its state and views; a live one with its address to copy again (when the
 * server still holds it), every one with a rename, a live one with a revoke. One live region tells what happened.
 */
export function ShareLinksSection({ links, onRename, onRevoke }: ShareLinksSectionProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const revoke = useAction();
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="record-links">
      <Title order={2} size="h3" id="record-links" mb="sm">
        {t('credentials.record.linksTitle')}
      </Title>
      <Stack gap="sm">
        <StatusMessage message={status} />
        <ErrorAlert error={revoke.error} />
        {links.map((link) => (
          <ShareLinkItem
            key={link.id}
            link={link}
            name={link.label || formatDate(link.expiresAt, i18n.language)}
            onStatus={setStatus}
            onRename={async (label) => {
              await onRename(link.id, label);
              setStatus(t('credentials.links.renamed', { name: label }));
            }}
            onRevoke={() => {
              setRevoking(link.id);
              void revoke.run(() => onRevoke(link.id));
            }}
            revoking={revoke.busy && revoking === link.id}
          />
        ))}
      </Stack>
    </section>
  );
}

interface ShareLinkItemProps {
  link: ShareLinkSummary;
  name: string;
  onStatus(message: string): void;
  onRename(label: string): Promise<void>;
  onRevoke(): void;
  revoking: boolean;
}

function ShareLinkItem({ link, name, onStatus, onRename, onRevoke, revoking }: ShareLinkItemProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    // Closing the form (saved or cancelled) puts the focus back on the button that opened it.
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const active = link.state === 'active';
  const facts = [
    t('credentials.record.shared', { count: link.credentialIds.length }),
    t('credentials.record.views', { count: link.views }),
    ...(active ? [t('credentials.links.until', { date: formatDate(link.expiresAt, i18n.language) })] : []),
  ];
  return (
    <Paper component="article" aria-label={name} withBorder p="sm" data-testid="share-link">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <div>
            <Text fw={600}>{name}</Text>
            <Text size="sm" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </div>
          <Badge color={STATE_COLOR[link.state]}>{t(`credentials.record.linkState.${link.state}`)}</Badge>
        </Group>
        {active && link.url ? <ShareLinkAddress name={name} url={link.url} onStatus={onStatus} /> : null}
        {active && !link.url ? <Text size="sm">{t('credentials.links.noAddress')}</Text> : null}
        {renaming ? (
          <ShareLinkRenameForm
            name={name}
            label={link.label}
            onSave={async (label) => {
              await onRename(label);
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : null}
        <Group gap="xs">
          {renaming ? null : (
            <Button
              ref={renameButton}
              size="xs"
              variant="default"
              onClick={() => setRenaming(true)}
              aria-label={t('credentials.links.renameLabel', { name })}
            >
              {t('credentials.links.rename')}
            </Button>
          )}
          {active ? (
            <Button size="xs" variant="default" onClick={onRevoke} loading={revoking}>
              {t('credentials.record.revoke', { label: name })}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
