import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { credentialPagePaths } from '../credentials/credentials-routes.tsx';
import { dashboardPaths } from './dashboards-api.ts';

/** The way from a teacher's or administrator's home to the dashboards, and to award a credential. */
export function DashboardLinks({ orgSlug, admin = false }: { orgSlug: string; admin?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3">
        {t('dashboards.home.classesTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('dashboards.home.classesText')}
      </Text>
      <Group>
        <Button component={Link} to={dashboardPaths.classes(orgSlug)}>
          {t('dashboards.home.openClasses')}
        </Button>
        {admin && (
          <Button component={Link} to={dashboardPaths.program(orgSlug)} variant="default">
            {t('dashboards.home.openProgram')}
          </Button>
        )}
        <Button component={Link} to={credentialPagePaths.award(orgSlug)} variant="default">
          {t('credentials.award.link.open')}
        </Button>
      </Group>
    </Paper>
  );
}
