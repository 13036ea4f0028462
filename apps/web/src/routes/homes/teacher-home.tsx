import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardLinks } from '../../features/dashboards/dashboard-links.tsx';
import { ItemBankLink } from '../../features/item-bank/item-bank-link.tsx';
import { LessonsLink } from '../../features/lessons/lessons-link.tsx';
import { JoinCodesPanel } from '../admin/join-codes-panel.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The teacher's home: the classes and their dashboards, the planning assistant, the item bank, join codes. */
export function TeacherHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.teacher.intro')}>
      <DashboardLinks orgSlug={props.membership.orgSlug} />
      <LessonsLink orgSlug={props.membership.orgSlug} />
      <ItemBankLink orgSlug={props.membership.orgSlug} />
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <JoinCodesPanel orgId={props.membership.orgId} roles={['learner']} />
      </Paper>
    </HomePage>
  );
}
