import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from './assignments-api.ts';

const COLOR: Record<AssignmentStatus, string> = { not_started: 'gray', in_progress: 'blue', done: 'green' };

/** An assignment status in words (colour is never alone), with "Late" when it is. */
export function StatusBadge({ status, late }: { status: AssignmentStatus; late: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLOR[status]} variant="light">
        {t(`assignments.status.${status}`)}
      </Badge>
      {late ? (
        <Badge color="red.9" variant="outline">
          {t('assignments.late')}
        </Badge>
      ) : null}
    </Group>
  );
}
