import { IconAward, IconShieldCheck, IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { accountPaths } from '../../features/account/account-api.ts';
import { DueList } from '../../features/assignments/due-list.tsx';
import { RiskConsentCard } from '../../features/dashboards/risk-consent-card.tsx';
import { PathwaysSection } from '../../features/learning/pathways-section.tsx';
import { InboxPanel } from '../../features/messages/inbox-panel.tsx';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The learner's home: their pathways (progress, placement, practice, My learning), credentials and their data. */
export function LearnerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('learning.home.intro')}>
      <DueList membership={props.membership} />
      <PathwaysSection membership={props.membership} />
      <InboxPanel orgId={props.membership.orgId} />
      <RiskConsentCard orgId={props.membership.orgId} />
      <FeatureGrid title={t('home.learner.moreTitle')} columns={3}>
        <FeatureCard
          icon={<IconAward size={26} />}
          title={t('home.learner.recordTitle')}
          text={t('home.learner.recordText')}
          link={{
            to: credentialPagePaths.record(props.membership.orgSlug),
            label: t('credentials.home.record'),
          }}
        />
        <FeatureCard
          icon={<IconShieldCheck size={26} />}
          title={t('home.learner.verifyTitle')}
          text={t('home.learner.verifyText')}
          link={{ to: credentialPagePaths.verify, label: t('credentials.home.verify') }}
        />
        <FeatureCard
          icon={<IconUserShield size={26} />}
          title={t('home.learner.dataTitle')}
          text={t('home.learner.dataText')}
          link={{ to: accountPaths.account, label: t('home.openAccount') }}
        />
      </FeatureGrid>
    </HomePage>
  );
}
