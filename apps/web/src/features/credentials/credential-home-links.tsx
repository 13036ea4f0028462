import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { credentialPagePaths } from './credentials-routes.tsx';

/** Links from a role home to the credential pages: the record (learners) or the match and verification (employers). */
export function CredentialHomeLinks({
  orgSlug,
  forRole,
}: {
  orgSlug: string;
  forRole: 'learner' | 'employer';
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('credentials.home.nav')}>
      <Group gap="lg">
        {forRole === 'learner' ? (
          <Anchor component={Link} to={credentialPagePaths.record(orgSlug)} fw={600}>
            {t('credentials.home.record')}
          </Anchor>
        ) : (
          <Anchor component={Link} to={credentialPagePaths.match(orgSlug)} fw={600}>
            {t('credentials.home.match')}
          </Anchor>
        )}
        <Anchor component={Link} to={credentialPagePaths.verify} fw={600}>
          {t('credentials.home.verify')}
        </Anchor>
      </Group>
    </nav>
  );
}
