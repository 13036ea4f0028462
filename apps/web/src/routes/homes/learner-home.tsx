import { IconAward, IconMessageQuestion, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureCard } from './feature-card.tsx';
import { FeatureGrid } from './feature-grid.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The learner's home: pathways, practice with a tutor, and their credentials (to come). */
export function LearnerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.learner.intro')}>
      <FeatureGrid title={t('home.learner.title')} columns={3}>
        <FeatureCard
          icon={<IconRoute size={26} />}
          title={t('home.learner.pathwaysTitle')}
          text={t('home.learner.pathwaysText')}
        />
        <FeatureCard
          icon={<IconMessageQuestion size={26} />}
          title={t('home.learner.practiceTitle')}
          text={t('home.learner.practiceText')}
        />
        <FeatureCard
          icon={<IconAward size={26} />}
          title={t('home.learner.recordTitle')}
          text={t('home.learner.recordText')}
        />
      </FeatureGrid>
    </HomePage>
  );
}
