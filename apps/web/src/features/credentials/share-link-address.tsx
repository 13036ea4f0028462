import { Button, Group, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyableAddressProps {
  url: string;
  /** The field's label, the button's accessible name, and what the live region says after a copy. */
  label: string;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
  /** Tells the section's live region what happened (copied, or could not copy). */
  onStatus(message: string): void;
}

/** An address in a read-only field (it selects itself on focus), with a button that copies it. */
export function CopyableAddress(props: CopyableAddressProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.url);
      setCopied(true);
      props.onStatus(props.copiedMessage);
    } catch {
      // NOTE: no clipboard (an insecure origin, a refused permission): the field stays there to copy by hand.
      props.onStatus(props.failedMessage);
    }
  }
  return (
    <Group align="end" gap="xs" wrap="nowrap">
      <TextInput
        label={props.label}
        value={props.url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Button
        // NOTE: the same colours copied or not (the icon and the word change): a filled teal button under the
        // pointer fell short of the contrast ratio (axe, 3.94:1).
        variant="default"
        onClick={copy}
        leftSection={
          copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />
        }
        aria-label={props.copyLabel}
      >
        {copied ? t('copy.copied') : t('copy.copy')}
      </Button>
    </Group>
  );
}

/** A live share link's address in a read-only field, with a button that copies it again. */
export function ShareLinkAddress({
  name,
  url,
  onStatus,
}: {
  name: string;
  url: string;
  onStatus(message: string): void;
}) {
  const { t } = useTranslation();
  return (
    <CopyableAddress
      url={url}
      label={t('credentials.links.address', { name })}
      copyLabel={t('credentials.links.copyLabel', { name })}
      copiedMessage={t('credentials.links.copied', { name })}
      failedMessage={t('credentials.links.copyFailed')}
      onStatus={onStatus}
    />
  );
}
