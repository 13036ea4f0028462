import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { frameworkPagePath } from './framework-api.ts';

/** The way from the administrator's home to the skills framework. */
export function FrameworkAdminLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3">
        {t('framework.link.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('framework.link.text')}
      </Text>
      <Button component={Link} to={frameworkPagePath(orgSlug)}>
        {t('framework.link.open')}
      </Button>
    </Paper>
  );
}
