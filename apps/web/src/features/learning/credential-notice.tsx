import { Anchor, Group, List, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import type { EarnedCredential } from './learning-api.ts';

/**
 * Tells the learner the credentials they just earned (criteria met, stacked ones too), with the way to their
 * record. NOTE: the status region is always rendered, so that screen readers announce the notice when it fills.
 */
export function CredentialNotice({
  credentials,
  orgSlug,
}: {
  credentials: readonly EarnedCredential[];
  orgSlug: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" data-testid="credential-notice">
      {credentials.length > 0 ? (
        <Paper
          radius="lg"
          p="md"
          withBorder
          bg="yellow.0"
          style={{ borderColor: 'var(--mantine-color-yellow-8)' }}
        >
          <Group align="start" wrap="nowrap" gap="md">
            <ThemeIcon size={40} radius="xl" color="yellow.9" aria-hidden="true">
              <IconCertificate size={24} />
            </ThemeIcon>
            <Stack gap={6}>
              <Text fw={700}>
                {credentials.length === 1
                  ? t('learning.earned.one')
                  : t('learning.earned.many', { count: credentials.length })}
              </Text>
              <List>
                {credentials.map((c) => (
                  <List.Item key={c.id}>{c.achievementName}</List.Item>
                ))}
              </List>
              <Anchor component={Link} to={credentialPagePaths.record(orgSlug)} fw={600}>
                {t('learning.earned.seeRecord')}
              </Anchor>
            </Stack>
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}
