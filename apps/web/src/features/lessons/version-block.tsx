import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import type { LessonWire } from './lessons-api.ts';
import { SourceBadge } from './source-badge.tsx';

type Version = LessonWire['versions'][number];

/** The measured reading level of a version's student text, or "too short to measure". */
function Readability({ version }: { version: Version }) {
  const { t } = useTranslation();
  const { en, es } = version.readability;
  const round = (n: number | null) => (n === null ? '—' : n.toFixed(1));
  return (
    <Text size="sm" c="dimmed">
      {en.tooShort
        ? t('lessons.lesson.tooShort')
        : t('lessons.lesson.readability', { grade: round(en.grade), ease: round(en.ease) })}
      {' · '}
      {es.tooShort
        ? t('lessons.lesson.tooShort')
        : t('lessons.lesson.readabilityEs', { ease: round(es.ease) })}
    </Text>
  );
}

/** A differentiated version: its directions, scaffolds and measured reading level. */
export function VersionBlock({ version, tools }: { version: Version; tools?: ReactNode }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const headingId = `lesson-version-${version.level}`;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={3} size="h4" id={headingId}>
            {t(`lessons.level.${version.level}`)}
          </Title>
          <SourceBadge source={version.source} />
        </Group>
        <Readability version={version} />
        <Text size="sm">
          <MathText text={pick(version.directions)} />
        </Text>
        {version.scaffolds.map((s) => (
          <Stack key={s.kind} gap={2}>
            <Text size="sm" fw={600}>
              {pick(s.title)}
            </Text>
            <List size="sm">
              {s.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a scaffold's lines never move
                <List.Item key={i}>
                  <MathText text={pick(line)} />
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
        {tools}
      </Stack>
    </Paper>
  );
}
