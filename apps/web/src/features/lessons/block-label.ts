import type { TFunction } from 'i18next';

/** A block id (`day-2`, `quiz`, `rubric`, `version-below`) in the reader's words ("day 2", "the quiz" …). */
export function blockLabel(t: TFunction, blockId: string): string {
  if (blockId === 'quiz' || blockId === 'rubric') return t(`lessons.block.${blockId}`);
  const day = /^day-(\d+)$/.exec(blockId)?.[1];
  if (day) return t('lessons.block.day', { day });
  const level = /^version-(below|on|above)$/.exec(blockId)?.[1];
  if (level) return t('lessons.block.version', { level: t(`lessons.level.${level}`) });
  return blockId;
}
