import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconChartDots3, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JoinCodesPanel } from '../admin/join-codes-panel.tsx';
import { FeatureCard } from './feature-card.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The teacher's home: join codes for learners now; the class dashboard and the assistant to come. */
export function TeacherHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.teacher.intro')}>
      <Paper
        withBorder
        radius="lg"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="join-codes-heading"
      >
        <Stack>
          <Title order={2} size="h3" id="join-codes-heading">
            {t('home.teacher.joinCodesTitle')}
          </Title>
          <JoinCodesPanel orgId={props.membership.orgId} roles={['learner']} />
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
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
      </SimpleGrid>
    </HomePage>
  );
}
