import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useSession } from '../../session/session-context.tsx';
import { projectPagePaths } from '../projects/projects-api.ts';
import { AssignmentForm } from './assignment-form.tsx';
import { AssignmentList } from './assignment-list.tsx';
import { assignmentPagePaths, assignmentPaths, type Gradebook } from './assignments-api.ts';
import { type CellChoice, GradebookGrid } from './gradebook-grid.tsx';
import { OverrideForm } from './override-form.tsx';

/** A class's gradebook (learners × assignments, CSV, overrides) and the panel where the teacher assigns work. */
export function GradebookPage() {
  const { t } = useTranslation();
  const { classId = '', orgSlug } = useParams();
  const { me } = useSession();
  // NOTE: not dashboards' useStaffOrg: the class dashboard links here, so this folder does not import it.
  const org = me?.memberships.find(
    (m) => m.orgSlug === orgSlug && (m.role === 'teacher' || m.role === 'admin'),
  );
  const book = useApiData<Gradebook>(org ? assignmentPaths.gradebook(org.orgId, classId) : null);
  const [choice, setChoice] = useState<CellChoice | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!org) return null;
  const reload = () => void book.reload();
  return (
    <Page
      title={t('assignments.gradebook.title', { name: book.data?.className ?? '' })}
      intro={t('assignments.gradebook.intro')}
    >
      <Anchor component={Link} to={assignmentPagePaths.classDashboard(org.orgSlug, classId)}>
        {t('assignments.gradebook.back')}
      </Anchor>
      <ErrorAlert error={book.error} />
      {!book.data ? (
        book.error ? null : (
          <LoadingState />
        )
      ) : (
        <Stack gap="lg">
          <Paper
            withBorder
            radius="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="assignments-heading"
          >
            <Title order={2} size="h3" id="assignments-heading" mb="sm">
              {t('assignments.panel.title')}
            </Title>
            <Stack gap="lg">
              <AssignmentList
                orgId={org.orgId}
                orgSlug={org.orgSlug}
                classId={classId}
                assignments={book.data.assignments}
                onChanged={reload}
              />
              <AssignmentForm orgId={org.orgId} orgSlug={org.orgSlug} classId={classId} onCreated={reload} />
            </Stack>
          </Paper>
          <Stack gap="sm" component="section" aria-labelledby="gradebook-heading">
            <Group justify="space-between" align="end">
              <Title order={2} size="h3" id="gradebook-heading">
                {t('assignments.gradebook.link')}
              </Title>
              <Anchor href={assignmentPaths.gradebookCsv(org.orgId, classId)} download size="sm">
                {t('assignments.gradebook.csv')}
              </Anchor>
            </Group>
            {book.data.assignments.length === 0 ? (
              <Text>{t('assignments.gradebook.empty')}</Text>
            ) : book.data.learners.length === 0 ? (
              <Text>{t('assignments.gradebook.noLearners')}</Text>
            ) : (
              <GradebookGrid
                book={book.data}
                assessHref={(id) => projectPagePaths.assess(org.orgSlug, classId, id)}
                onEdit={(c) => {
                  setNotice(null);
                  setChoice(c);
                }}
              />
            )}
            <StatusMessage message={notice} />
            {choice ? (
              <OverrideForm
                key={`${choice.learner.userId}/${choice.assignment.id}`}
                orgId={org.orgId}
                classId={classId}
                choice={choice}
                onDone={(message) => {
                  setChoice(null);
                  setNotice(message);
                  if (message) reload();
                }}
              />
            ) : null}
          </Stack>
        </Stack>
      )}
    </Page>
  );
}
