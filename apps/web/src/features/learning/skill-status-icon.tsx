import { IconCircleCheck, IconLock, IconPlayerPlay } from '@tabler/icons-react';
import type { SkillStatus } from './learning-api.ts';

/** The icon of a skill's status (decorative: the status is always written beside it). */
export function SkillStatusIcon({ status, size = 16 }: { status: SkillStatus; size?: number }) {
  const Icon = status === 'mastered' ? IconCircleCheck : status === 'ready' ? IconPlayerPlay : IconLock;
  return <Icon size={size} aria-hidden="true" />;
}
