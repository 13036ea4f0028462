import { IconBriefcase, IconShieldCheck, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CredentialHomeLinks } from '../../features/credentials/credential-home-links.tsx';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The employer's home: verification, job profiles and skill matches (to come). */
export function EmployerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.employer.intro')}>
      <CredentialHomeLinks orgSlug={props.membership.orgSlug} forRole="employer" />
      <FeatureGrid title={t('home.employer.title')} columns={3}>
        <FeatureCard
          icon={<IconShieldCheck size={26} />}
          title={t('home.employer.verifyTitle')}
          text={t('home.employer.verifyText')}
        />
        <FeatureCard
          icon={<IconBriefcase size={26} />}
          title={t('home.employer.jobsTitle')}
          text={t('home.employer.jobsText')}
        />
        <FeatureCard
          icon={<IconTargetArrow size={26} />}
          title={t('home.employer.matchTitle')}
          text={t('home.employer.matchText')}
        />
      </FeatureGrid>
    </HomePage>
  );
}
