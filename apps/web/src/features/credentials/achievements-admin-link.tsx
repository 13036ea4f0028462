import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { credentialPagePaths } from './credentials-routes.tsx';

/** The way from the administrator's home to the achievements, the issued credentials and the issuer key. */
export function AchievementsAdminLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3">
        {t('credentials.admin.link.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('credentials.admin.link.text')}
      </Text>
      <Button component={Link} to={credentialPagePaths.achievements(orgSlug)}>
        {t('credentials.admin.link.open')}
      </Button>
    </Paper>
  );
}
