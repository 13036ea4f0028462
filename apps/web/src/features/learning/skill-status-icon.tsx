import type { SkillStandingStatus } from '@pathwise/contracts';
import {
  IconCircleCheck,
  IconCircleDashed,
  IconLock,
  IconPlayerPlay,
  IconProgress,
  IconRepeat,
  IconRosette,
} from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { SkillStatus } from './learning-api.ts';

/** The icon of a skill's status (decorative: the status is always written beside it). */
export function SkillStatusIcon({ status, size = 16 }: { status: SkillStatus; size?: number }) {
  const Icon = status === 'mastered' ? IconCircleCheck : status === 'ready' ? IconPlayerPlay : IconLock;
  return <Icon size={size} aria-hidden="true" />;
}

const STANDING_ICON = {
  'not-started': IconCircleDashed,
  learning: IconProgress,
  mastered: IconCircleCheck,
  'mastered-review-due': IconRepeat,
  credited: IconRosette,
} as const;

/** The i18n key of a standing's word: "Not started", "Learning", "Mastered", "Mastered · review due", … */
export const STANDING_KEY = {
  'not-started': 'learning.standing.notStarted',
  learning: 'learning.standing.learning',
  mastered: 'learning.standing.mastered',
  'mastered-review-due': 'learning.standing.masteredReviewDue',
  credited: 'learning.standing.credited',
} as const;

/** A standing's colour (never alone: its word and icon are always shown with it). */
export const STANDING_COLOR = {
  'not-started': 'gray.7',
  learning: 'pathwise.8',
  mastered: 'teal.9',
  'mastered-review-due': 'grape.9',
  credited: 'teal.9',
} as const;

/** The icon of a learner's standing on a skill (decorative: the standing is always written beside it). */
export function StandingIcon({ status, size = 16 }: { status: SkillStandingStatus; size?: number }) {
  const Icon = STANDING_ICON[status];
  return <Icon size={size} aria-hidden="true" />;
}

/**
 * A standing in words: "Learning: 73%", "Mastered · review due: 77%", "Not started", "Credited from placement"
 * (a percentage only when something was measured).
 */
export function useStandingText(): (status: SkillStandingStatus, estimate: number | null) => string {
  const { t } = useTranslation();
  const { percent } = useLocalized();
  return useCallback(
    (status, estimate) =>
      estimate === null
        ? t(STANDING_KEY[status])
        : t('learning.standing.withEstimate', { status: t(STANDING_KEY[status]), value: percent(estimate) }),
    [t, percent],
  );
}

/** A standing with its icon and its words (the percentage only when measured). */
export function StandingLabel({
  status,
  estimate,
  size = 16,
}: {
  status: SkillStandingStatus;
  estimate: number | null;
  size?: number;
}) {
  const text = useStandingText();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }} data-standing={status}>
      <StandingIcon status={status} size={size} />
      {text(status, estimate)}
    </span>
  );
}
