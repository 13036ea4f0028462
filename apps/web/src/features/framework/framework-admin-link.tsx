import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeLinkCard } from '../../components/home-link-card.tsx';
import { frameworkPagePath } from './framework-api.ts';

/** The way from the administrator's home to the skills framework. */
export function FrameworkAdminLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <HomeLinkCard title={t('framework.link.title')} text={t('framework.link.text')}>
      <Button component={Link} to={frameworkPagePath(orgSlug)}>
        {t('framework.link.open')}
      </Button>
    </HomeLinkCard>
  );
}
