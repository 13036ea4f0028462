import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learningPagePaths } from '../../navigation/page-paths.ts';
import { type Assignment, assignmentsApi, assignmentTitle, dayOf, endOfDayIso } from './assignments-api.ts';

/**
 * A class's current assignments, each with its due date to change and a way to delete (archive) it; a pathway's
 * with a link to preview it as a learner.
 */
export function AssignmentList({
  orgId,
  orgSlug,
  classId,
  assignments,
  onChanged,
}: {
  orgId: string;
  orgSlug: string;
  classId: string;
  assignments: Assignment[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  if (assignments.length === 0) return <Text>{t('assignments.panel.none')}</Text>;
  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {assignments.map((a) => (
          <AssignmentRow
            key={a.id}
            assignment={a}
            orgId={orgId}
            orgSlug={orgSlug}
            classId={classId}
            action={action}
            onChanged={onChanged}
          />
        ))}
      </Stack>
      <ErrorAlert error={action.error} />
      <StatusMessage message={action.status} />
    </Stack>
  );
}

function AssignmentRow({
  assignment: a,
  orgId,
  orgSlug,
  classId,
  action,
  onChanged,
}: {
  assignment: Assignment;
  orgId: string;
  orgSlug: string;
  classId: string;
  action: ReturnType<typeof useAction>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const [day, setDay] = useState(dayOf(a.dueAt));
  const title = assignmentTitle(a, pick);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group justify="space-between" align="end" wrap="wrap">
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {t('assignments.gradebook.dueOn', { date: formatDate(a.dueAt, locale, true) })}
            {a.kind === 'skills' ? ` · ${t('assignments.panel.skillCount', { count: a.skills.length })}` : ''}
            {a.itemSet ? ` · ${t('assignments.panel.itemCount', { count: a.itemSet.items })}` : ''}
          </Text>
          {a.kind === 'pathway' && a.pathway ? (
            <Anchor
              component={Link}
              size="sm"
              to={learningPagePaths.pathwayPreview(orgSlug, a.pathway.id)}
              aria-label={t('assignments.panel.previewPathwayLabel', { name: title })}
            >
              {t('assignments.panel.previewPathway')}
            </Anchor>
          ) : null}
        </div>
        <Group align="end" gap="xs">
          <TextInput
            type="date"
            size="xs"
            label={t('assignments.panel.changeDue', { title })}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!day || day === dayOf(a.dueAt)}
            onClick={async () => {
              const ok = await action.run(
                () => assignmentsApi.update(orgId, classId, a.id, { dueAt: endOfDayIso(day) }),
                () => t('assignments.panel.dueSaved'),
              );
              if (ok) onChanged();
            }}
          >
            {t('assignments.panel.saveDue')}
          </Button>
          <DangerButton
            label={t('assignments.panel.archiveLabel', { title })}
            onClick={async () => {
              const ok = await action.run(
                () => assignmentsApi.archive(orgId, classId, a.id),
                () => t('assignments.panel.archived'),
              );
              if (ok) onChanged();
            }}
          >
            {t('assignments.panel.archive')}
          </DangerButton>
        </Group>
      </Group>
    </Paper>
  );
}
