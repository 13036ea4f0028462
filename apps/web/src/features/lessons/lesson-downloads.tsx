import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lessonPaths } from './lessons-api.ts';

const FILES = [
  ['teacher', 'docx'],
  ['teacher', 'pdf'],
  ['student', 'docx'],
  ['student', 'pdf'],
] as const;

/** The saved lesson's four downloads (teacher and student copy, DOCX and PDF): plain same-origin links. */
export function LessonDownloads({ orgId, lessonId }: { orgId: string; lessonId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-downloads">
      <Stack gap="xs">
        <Title order={2} size="h4" id="lesson-downloads">
          {t('lessons.downloads.title')}
        </Title>
        <Text size="sm">{t('lessons.downloads.hint')}</Text>
        <Group gap="md">
          {FILES.map(([copy, format]) => (
            <Anchor key={`${copy}-${format}`} href={lessonPaths.file(orgId, lessonId, format, copy)} download>
              {t(`lessons.downloads.${copy}`, { format: format.toUpperCase() })}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
