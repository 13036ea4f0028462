import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Links that download a table as CSV (the session cookie authenticates the GET). */
export function CsvLink({ href, label }: { href: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Anchor href={href} download size="sm">
        {t('dashboards.downloadCsv')}: {label}
      </Anchor>
    </Group>
  );
}
