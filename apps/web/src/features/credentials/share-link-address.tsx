import { Button, Group, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ShareLinkAddressProps {
  /** The link's name, for the field's label and the messages. */
  name: string;
  url: string;
  /** Tells the list's live region what happened (copied, or could not copy). */
  onStatus(message: string): void;
}

/** A live share link's address in a read-only field, with a button that copies it again. */
export function ShareLinkAddress({ name, url, onStatus }: ShareLinkAddressProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      onStatus(t('credentials.links.copied', { name }));
    } catch {
      // NOTE: no clipboard (an insecure origin, a refused permission): the field stays there to copy by hand.
      onStatus(t('credentials.links.copyFailed'));
    }
  }
  return (
    <Group align="end" gap="xs" wrap="nowrap">
      <TextInput
        label={t('credentials.links.address', { name })}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Button
        variant={copied ? 'filled' : 'default'}
        color={copied ? 'teal.9' : undefined}
        onClick={copy}
        leftSection={
          copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />
        }
        aria-label={t('credentials.links.copyLabel', { name })}
      >
        {copied ? t('copy.copied') : t('copy.copy')}
      </Button>
    </Group>
  );
}
