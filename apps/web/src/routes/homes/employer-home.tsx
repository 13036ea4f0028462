import { IconShieldCheck, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The employer's home: verifying a credential, and matching a shared record against a job profile. */
export function EmployerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.employer.intro')}>
      <FeatureGrid title={t('home.employer.title')} columns={2}>
        <FeatureCard
          icon={<IconShieldCheck size={26} />}
          title={t('home.employer.verifyTitle')}
          text={t('home.employer.verifyText')}
          link={{ to: credentialPagePaths.verify, label: t('home.employer.verifyLink') }}
        />
        <FeatureCard
          icon={<IconTargetArrow size={26} />}
          title={t('home.employer.matchTitle')}
          text={t('home.employer.matchText')}
          link={{
            to: credentialPagePaths.match(props.membership.orgSlug),
            label: t('credentials.home.match'),
          }}
        />
      </FeatureGrid>
    </HomePage>
  );
}
