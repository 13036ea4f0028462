import { Paper } from '@mantine/core';
import { IconChartDots3, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DashboardLinks } from '../../features/dashboards/dashboard-links.tsx';
import { JoinCodesPanel } from '../admin/join-codes-panel.tsx';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The teacher's home: join codes for learners now; the class dashboard and the assistant to come. */
export function TeacherHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.teacher.intro')}>
      <DashboardLinks orgSlug={props.membership.orgSlug} />
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <JoinCodesPanel orgId={props.membership.orgId} roles={['learner']} />
      </Paper>
      <FeatureGrid title={t('home.teacher.title')} columns={2}>
        <FeatureCard
          icon={<IconChartDots3 size={26} />}
          title={t('home.teacher.dashboardTitle')}
          text={t('home.teacher.dashboardText')}
        />
        <FeatureCard
          icon={<IconSparkles size={26} />}
          title={t('home.teacher.assistantTitle')}
          text={t('home.teacher.assistantText')}
        />
      </FeatureGrid>
    </HomePage>
  );
}
