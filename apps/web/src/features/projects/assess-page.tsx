import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useSession } from '../../session/session-context.tsx';
import { AssessmentForm } from './assessment-form.tsx';
import { type ProjectSubmissionList, type ProjectView, projectPaths, projectsApi } from './projects-api.ts';
import { RubricTable } from './rubric-table.tsx';
import { SubmissionHistory } from './submission-history.tsx';

/** The teacher's project page (from the gradebook): the learners and where each stands; one learner's work to assess. */
export function AssessPage() {
  const { t } = useTranslation();
  const { classId = '', assignmentId = '', orgSlug } = useParams();
  const { me } = useSession();
  const org = me?.memberships.find(
    (m) => m.orgSlug === orgSlug && (m.role === 'teacher' || m.role === 'admin'),
  );
  const list = useApiData<ProjectSubmissionList>(
    org ? projectPaths.submissions(org.orgId, classId, assignmentId) : null,
  );
  const [learnerId, setLearnerId] = useState<string | null>(null);
  const view = useApiData<ProjectView>(
    org && learnerId ? projectPaths.submission(org.orgId, classId, assignmentId, learnerId) : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  if (!org) return null;
  const latest = view.data?.submission?.versions.at(-1);
  return (
    <Page title={view.data?.title ?? t('projects.assess.title')}>
      <Anchor component={Link} to={`/o/${org.orgSlug}/classes/${classId}/gradebook`}>
        {t('projects.assess.back')}
      </Anchor>
      <ErrorAlert error={list.error} />
      <StatusMessage message={notice} />
      {!list.data ? (
        list.error ? null : (
          <LoadingState />
        )
      ) : (
        <Table>
          <Table.Caption>{t('projects.assess.learners')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('projects.assess.learner')}</Table.Th>
              <Table.Th scope="col">{t('projects.assess.status')}</Table.Th>
              <Table.Th scope="col">{t('projects.assess.open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.learners.map((l) => (
              <Table.Tr key={l.learnerId}>
                <Table.Th scope="row">{l.name}</Table.Th>
                <Table.Td>{t(`projects.status.${l.status ?? 'none'}`)}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    disabled={l.status === null}
                    aria-label={t('projects.assess.openLabel', { name: l.name })}
                    onClick={() => setLearnerId(l.learnerId)}
                  >
                    {t('projects.assess.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={view.error} />
      {view.data?.submission ? (
        <Stack gap="lg" component="section" aria-labelledby="project-learner">
          <Title order={2} id="project-learner">
            {view.data.submission.learnerName}
          </Title>
          <SubmissionHistory orgId={org.orgId} spec={view.data.project} submission={view.data.submission} />
          {latest && !latest.assessment ? (
            <AssessmentForm
              key={`${learnerId}-${latest.version}`}
              spec={view.data.project}
              onSave={async (input) => {
                const done = await projectsApi.assess(
                  org.orgId,
                  classId,
                  assignmentId,
                  learnerId ?? '',
                  input,
                );
                setNotice(
                  done.awarded.length > 0
                    ? t('projects.assess.awarded', { names: done.awarded.map((a) => a.name).join(', ') })
                    : t('projects.assess.saved'),
                );
                await Promise.all([view.reload(), list.reload()]);
              }}
            />
          ) : (
            <Group>
              <Text>{t('projects.assess.waiting')}</Text>
            </Group>
          )}
          <RubricTable spec={view.data.project} />
        </Stack>
      ) : null}
    </Page>
  );
}
