import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeLinkCard } from '../../components/home-link-card.tsx';
import { credentialPagePaths } from '../../navigation/page-paths.ts';

/** The way from the administrator's home to the achievements, the issued credentials and the issuer key. */
export function AchievementsAdminLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <HomeLinkCard title={t('credentials.admin.link.title')} text={t('credentials.admin.link.text')}>
      <Button component={Link} to={credentialPagePaths.achievements(orgSlug)}>
        {t('credentials.admin.link.open')}
      </Button>
    </HomeLinkCard>
  );
}
