import { IconBriefcase, IconShieldCheck, IconTargetArrow, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/**
 * The employer's home: verifying a credential, job profiles, matching a shared record against one, and finding
 * candidates who chose to be discoverable.
 */
export function EmployerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.employer.intro')}>
      <FeatureGrid title={t('home.employer.title')} columns={3}>
        <FeatureCard
          icon={<IconShieldCheck size={26} />}
          title={t('home.employer.verifyTitle')}
          text={t('home.employer.verifyText')}
          link={{ to: credentialPagePaths.verify, label: t('home.employer.verifyLink') }}
        />
        <FeatureCard
          icon={<IconBriefcase size={26} />}
          title={t('home.employer.profilesTitle')}
          text={t('home.employer.profilesText')}
          link={{
            to: credentialPagePaths.jobProfiles(props.membership.orgSlug),
            label: t('home.employer.profilesLink'),
          }}
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
        <FeatureCard
          icon={<IconUserSearch size={26} />}
          title={t('credentials.discovery.home.title')}
          text={t('credentials.discovery.home.text')}
          link={{
            to: credentialPagePaths.findCandidates(props.membership.orgSlug),
            label: t('credentials.discovery.home.link'),
          }}
        />
      </FeatureGrid>
    </HomePage>
  );
}
