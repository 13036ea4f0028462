import { Paper } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DashboardLinks } from '../../features/dashboards/dashboard-links.tsx';
import { ItemBankLink } from '../../features/item-bank/item-bank-link.tsx';
import { JoinCodesPanel } from '../admin/join-codes-panel.tsx';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The teacher's home: the classes and their dashboards, the item bank, join codes for learners; the assistant to come. */
export function TeacherHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.teacher.intro')}>
      <DashboardLinks orgSlug={props.membership.orgSlug} />
      <ItemBankLink orgSlug={props.membership.orgSlug} />
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <JoinCodesPanel orgId={props.membership.orgId} roles={['learner']} />
      </Paper>
      <FeatureGrid title={t('home.comingTitle')} columns={2}>
        <FeatureCard
          icon={<IconSparkles size={26} />}
          title={t('home.teacher.assistantTitle')}
          text={t('home.teacher.assistantText')}
        />
      </FeatureGrid>
    </HomePage>
  );
}
