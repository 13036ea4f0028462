import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { LearnerLessonView } from './learner-lesson-view.tsx';
import { type LearnerLesson, lessonPaths } from './lessons-api.ts';

/** "Preview as a learner": exactly the page a learner assigned this lesson reads, loaded when opened. */
export function LearnerPreview({ orgId, lessonId }: { orgId: string; lessonId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, error } = useApiData<LearnerLesson>(open ? lessonPaths.learnerView(orgId, lessonId) : null);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-learner-preview">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="lesson-learner-preview">
            {t('lessons.learner.previewTitle')}
          </Title>
          <Button variant="light" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {open ? t('lessons.learner.previewClose') : t('lessons.learner.preview')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
        {open && !data && !error ? <LoadingState /> : null}
        {open && data ? <LearnerLessonView lesson={data} practiceHref={null} /> : null}
      </Stack>
    </Paper>
  );
}
