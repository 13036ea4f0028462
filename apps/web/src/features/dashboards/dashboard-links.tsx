import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeLinkCard } from '../../components/home-link-card.tsx';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { dashboardPaths } from './dashboards-api.ts';

/** The way from a teacher's or administrator's home to the dashboards, and to award a credential. */
export function DashboardLinks({ orgSlug, admin = false }: { orgSlug: string; admin?: boolean }) {
  const { t } = useTranslation();
  return (
    <HomeLinkCard title={t('dashboards.home.classesTitle')} text={t('dashboards.home.classesText')}>
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
    </HomeLinkCard>
  );
}
