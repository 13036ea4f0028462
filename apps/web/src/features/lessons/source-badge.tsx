import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonWire } from './lessons-api.ts';

/** Where a block came from. */
export type BlockSource = LessonWire['quiz']['source'];

/** A block's source (framework, item bank, template, model) as a badge whose words say what it is. */
export function SourceBadge({ source }: { source: BlockSource }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="gray" radius="sm" tt="none">
      {t('lessons.source.label', { source: t(`lessons.source.${source}`) })}
    </Badge>
  );
}
