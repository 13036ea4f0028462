import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import {
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  assignmentsApi,
  assignmentTitle,
} from './assignments-api.ts';
import type { CellChoice } from './gradebook-grid.tsx';

/** The teacher's override of one gradebook cell: a status, an optional grade and the reason; or clearing it. */
export function OverrideForm({
  orgId,
  classId,
  choice,
  onDone,
}: {
  orgId: string;
  classId: string;
  choice: CellChoice;
  /** Called when the form closes: with the success message, or null when cancelled. */
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { learner, assignment, cell } = choice;
  const [status, setStatus] = useState<AssignmentStatus>(cell.override?.status ?? cell.computedStatus);
  const [grade, setGrade] = useState(cell.override?.grade ?? '');
  const [reason, setReason] = useState(cell.override?.reason ?? '');
  const action = useAction();
  const title = t('assignments.override.title', {
    learner: learner.name,
    assignment: assignmentTitle(assignment, pick),
  });
  const body = { assignmentId: assignment.id, userId: learner.userId };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      <Text size="sm" mb="xs">
        {t('assignments.override.computed', { status: t(`assignments.status.${cell.computedStatus}`) })}
      </Text>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await action.run(() =>
            assignmentsApi.setOverride(orgId, classId, {
              ...body,
              status,
              grade: grade.trim() || null,
              reason,
            }),
          );
          if (ok) onDone(t('assignments.override.saved'));
        }}
      >
        <Stack gap="sm" maw={480}>
          <NativeSelect
            label={t('assignments.override.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as AssignmentStatus)}
            data={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: t(`assignments.status.${s}`) }))}
          />
          <TextInput
            label={t('assignments.override.grade')}
            value={grade}
            maxLength={20}
            onChange={(e) => setGrade(e.currentTarget.value)}
          />
          <Textarea
            label={t('assignments.override.reason')}
            description={t('assignments.override.reasonHint')}
            required
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('assignments.override.save')}
            </Button>
            {cell.override ? (
              <Button
                variant="default"
                onClick={async () => {
                  const ok = await action.run(() =>
                    assignmentsApi.clearOverride(orgId, classId, assignment.id, learner.userId),
                  );
                  if (ok) onDone(t('assignments.override.cleared'));
                }}
              >
                {t('assignments.override.clear')}
              </Button>
            ) : null}
            <Button variant="subtle" onClick={() => onDone(null)}>
              {t('assignments.override.cancel')}
            </Button>
          </Group>
          <ErrorAlert error={action.error} />
        </Stack>
      </form>
    </Paper>
  );
}
