import { Group, Stack, Text } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LabelledProgress } from './labelled-progress.tsx';
import type { SkillProgress } from './learning-api.ts';

/**
 * A skill's progress toward mastery on the practice page: a bar, and in words how many right answers on standard
 * problems would master it. It moves after every counted answer; the words are announced when they change.
 */
export function SkillProgressBar({ progress, skillName }: { progress: SkillProgress; skillName: string }) {
  const { t } = useTranslation();
  const words = progress.mastered
    ? t('learning.progress.mastered', { name: skillName })
    : t('learning.progress.toGo', { count: progress.rightToGo, name: skillName });
  return (
    <Stack gap={4} data-skill-progress={progress.share.toFixed(3)}>
      <Group gap={6} wrap="nowrap">
        {progress.mastered ? <IconTrophy size={16} aria-hidden="true" /> : null}
        <Text size="sm" aria-live="polite" aria-atomic="true">
          {words}
        </Text>
      </Group>
      <LabelledProgress
        value={Math.round(progress.share * 100)}
        label={t('learning.progress.label', { name: skillName })}
        color={progress.mastered ? 'teal.8' : 'pathwise.7'}
      />
    </Stack>
  );
}
