import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { blockLabel } from './block-label.ts';
import { BlockTools } from './block-tools.tsx';
import { LearnerPreview } from './learner-preview.tsx';
import { LessonDownloads } from './lesson-downloads.tsx';
import { LessonView } from './lesson-view.tsx';
import { lessonPagePaths, lessonPaths, lessonsApi, type SavedLesson } from './lessons-api.ts';

/** The server's refusal to publish (409), in words naming the blocks not reviewed yet. */
function RefusalText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status !== 409 || !Array.isArray(error.extensions.unreviewed)) {
    return <ErrorAlert error={error} />;
  }
  const blocks = (error.extensions.unreviewed as string[]).map((b) => blockLabel(t, b)).join(', ');
  return (
    <Text role="alert" c="red.9" fw={600}>
      {t('lessons.saved.refused', { blocks })}
    </Text>
  );
}

/** A saved lesson and its review: the blocks with "Mark reviewed", the edit of prose (a new version), Publish. */
export function LessonPage({ initial }: { initial?: SavedLesson }) {
  const { t } = useTranslation();
  const org = useStaffOrg();
  const { lessonId = '' } = useParams();
  const loaded = useApiData<SavedLesson>(org && !initial ? lessonPaths.lesson(org.orgId, lessonId) : null);
  const [saved, setSaved] = useState<SavedLesson | undefined>(initial);
  const action = useAction();
  useEffect(() => {
    if (loaded.data) setSaved(loaded.data);
  }, [loaded.data]);
  if (!org) return null;
  const lesson = saved;
  const unreviewed = lesson?.unreviewed.map((b) => blockLabel(t, b)).join(', ') ?? '';
  const publish = () =>
    void action.run(
      async () => {
        if (!lesson) return;
        setSaved(await lessonsApi.publish(org.orgId, lesson.id));
      },
      () => t('lessons.saved.published'),
    );
  return (
    <Page title={t('lessons.saved.title', { title: lesson?.title ?? '' })}>
      <Anchor component={Link} to={lessonPagePaths.list(org.orgSlug)}>
        {t('lessons.assistant.back')}
      </Anchor>
      <ErrorAlert error={loaded.error} />
      {!lesson ? (
        loaded.error ? null : (
          <LoadingState />
        )
      ) : (
        <Stack gap="md">
          <Paper withBorder radius="lg" p="md">
            <Stack gap="xs">
              <Group gap="sm">
                <Badge variant="light" radius="sm">
                  {t(`lessons.status.${lesson.status}`)}
                </Badge>
                <Text fw={600}>{t('lessons.saved.version', { version: lesson.version })}</Text>
                <Text size="sm" c="dimmed">
                  {t('lessons.saved.versions', { list: lesson.versions.join(', ') })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('lessons.saved.author', {
                    name: lesson.author.name ?? t('lessons.saved.unknownAuthor'),
                  })}
                </Text>
              </Group>
              {lesson.canEdit ? (
                <>
                  <Group>
                    <Button
                      onClick={publish}
                      loading={action.busy}
                      disabled={lesson.unreviewed.length > 0}
                      aria-describedby={lesson.unreviewed.length > 0 ? 'publish-reason' : undefined}
                    >
                      {t('lessons.saved.publish')}
                    </Button>
                  </Group>
                  {lesson.unreviewed.length > 0 ? (
                    <Text size="sm" id="publish-reason">
                      {t('lessons.saved.publishReason', { blocks: unreviewed })}
                    </Text>
                  ) : null}
                </>
              ) : lesson.status === 'draft' ? (
                <Text size="sm">{t('lessons.saved.readOnly')}</Text>
              ) : null}
              <RefusalText error={action.error} />
              <StatusMessage message={action.status} />
            </Stack>
          </Paper>
          <LessonDownloads orgId={org.orgId} lessonId={lesson.id} />
          <LearnerPreview orgId={org.orgId} lessonId={lesson.id} />
          <LessonView
            lesson={lesson.lesson}
            tools={(blockId) => {
              const block = lesson.blocks.find((b) => b.id === blockId);
              return block ? (
                <BlockTools
                  orgId={org.orgId}
                  saved={lesson}
                  block={block}
                  action={action}
                  onChanged={setSaved}
                />
              ) : null;
            }}
          />
        </Stack>
      )}
    </Page>
  );
}
