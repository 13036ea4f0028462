import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeLinkCard } from '../../components/home-link-card.tsx';
import { lessonPagePaths } from './lessons-api.ts';

/** The way from a teacher's home to the planning assistant and the saved lessons. */
export function LessonsLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <HomeLinkCard title={t('lessons.link.title')} text={t('lessons.link.text')}>
      <Group>
        <Button component={Link} to={lessonPagePaths.assistant(orgSlug)}>
          {t('lessons.link.open')}
        </Button>
        <Button component={Link} to={lessonPagePaths.list(orgSlug)} variant="light">
          {t('lessons.link.list')}
        </Button>
      </Group>
    </HomeLinkCard>
  );
}
