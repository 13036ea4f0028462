import { IconAward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CredentialHomeLinks } from '../../features/credentials/credential-home-links.tsx';
import { RiskConsentCard } from '../../features/dashboards/risk-consent-card.tsx';
import { PathwaysSection } from '../../features/learning/pathways-section.tsx';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The learner's home: their pathways (progress, placement, practice, My learning), and credentials (to come). */
export function LearnerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('learning.home.intro')}>
      <PathwaysSection membership={props.membership} />
      <CredentialHomeLinks orgSlug={props.membership.orgSlug} forRole="learner" />
      <RiskConsentCard orgId={props.membership.orgId} />
      <FeatureGrid title={t('learning.home.comingTitle')} columns={3}>
        <FeatureCard
          icon={<IconAward size={26} />}
          title={t('home.learner.recordTitle')}
          text={t('home.learner.recordText')}
        />
      </FeatureGrid>
    </HomePage>
  );
}
