import { SimpleGrid } from '@mantine/core';
import { IconBriefcase, IconShieldCheck, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureCard } from './feature-card.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

/** The employer's home: verification, job profiles and skill matches (to come). */
export function EmployerHome(props: HomeProps) {
  const { t } = useTranslation();
  return (
    <HomePage {...props} intro={t('home.employer.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
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
      </SimpleGrid>
    </HomePage>
  );
}
