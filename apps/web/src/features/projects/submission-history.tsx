import { Anchor, Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type ProjectSpec, type ProjectSubmission, projectPaths } from './projects-api.ts';

/**
 * Every version of a submission, newest first: the text (as text), the link, the files as download links, and
 * the assessment with each criterion's level and the feedback.
 */
export function SubmissionHistory({
  orgId,
  spec,
  submission,
}: {
  orgId: string;
  spec: ProjectSpec;
  submission: ProjectSubmission;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <Stack gap="sm">
      {[...submission.versions].reverse().map((v) => (
        <Paper key={v.version} withBorder radius="md" p="md" component="article">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('projects.history.version', { n: v.version, date: formatDate(v.submittedAt, locale, true) })}
            </Title>
            {v.text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{v.text}</Text> : null}
            {v.link ? (
              <Anchor href={v.link} target="_blank" rel="noopener noreferrer nofollow">
                {v.link}
              </Anchor>
            ) : null}
            {v.files.length > 0 ? (
              <List aria-label={t('projects.history.files')}>
                {v.files.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={projectPaths.file(orgId, f.id)} download={f.name}>
                      {t('projects.history.download', { name: f.name, size: Math.ceil(f.size / 1024) })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            ) : null}
            {v.assessment ? (
              <Stack gap={4}>
                <Badge color={v.assessment.passed ? 'green' : 'orange'} variant="light">
                  {v.assessment.passed ? t('projects.status.passed') : t('projects.status.needs_revision')}
                </Badge>
                <List>
                  {spec.criteria.map((c, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: criteria are positional (one level per criterion, by index) and never reorder
                    <List.Item key={`${i}-${c.name}`}>
                      {c.name}: {t(`projects.levels.${v.assessment?.levels[i] ?? 'beginning'}`)}
                    </List.Item>
                  ))}
                </List>
                {v.assessment.feedback ? (
                  <Text style={{ whiteSpace: 'pre-wrap' }}>
                    {t('projects.history.feedback', { name: v.assessment.assessedByName ?? '—' })}{' '}
                    {v.assessment.feedback}
                  </Text>
                ) : null}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('projects.status.submitted')}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
