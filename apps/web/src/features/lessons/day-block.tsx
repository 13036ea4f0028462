import { Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import type { LessonWire } from './lessons-api.ts';
import { SourceBadge } from './source-badge.tsx';

type Day = LessonWire['days'][number];

const COLORS = ['blue.2', 'teal.2', 'grape.2', 'orange.2', 'cyan.2', 'lime.2'];

/** A bar of the day's phases, each as wide as its minutes (the list below says the same in words). */
function PhaseBar({ day }: { day: Day }) {
  const { pick } = useLocalized();
  const total = day.phases.reduce((sum, p) => sum + p.minutes, 0) || 1;
  return (
    <Group gap={2} wrap="nowrap" aria-hidden="true" style={{ borderRadius: 6, overflow: 'hidden' }}>
      {day.phases.map((p, i) => (
        <Box
          key={p.id}
          bg={COLORS[i % COLORS.length]}
          px={4}
          py={2}
          style={{ width: `${(100 * p.minutes) / total}%`, minWidth: 0 }}
          title={`${pick(p.title)}: ${p.minutes}`}
        >
          <Text size="xs" truncate>
            {p.minutes}′ {pick(p.title)}
          </Text>
        </Box>
      ))}
    </Group>
  );
}

/** One day of a lesson: its skeleton, goal, timed phases and activities (visual ones marked). */
export function DayBlock({ day, tools }: { day: Day; tools?: ReactNode }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const headingId = `lesson-day-${day.day}`;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={3} size="h4" id={headingId}>
            {t('lessons.lesson.day', { day: day.day })}
          </Title>
          <SourceBadge source={day.source} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`lessons.lesson.skeleton.${day.skeleton}`)}
        </Text>
        <Text fw={600}>
          <MathText text={pick(day.goal)} />
        </Text>
        <PhaseBar day={day} />
        <List spacing="sm" aria-label={t('lessons.lesson.timeline', { day: day.day })}>
          {day.phases.map((p) => (
            <List.Item key={p.id}>
              <Text fw={600} span>
                {pick(p.title)} · {t('lessons.lesson.minutes', { count: p.minutes })}
              </Text>{' '}
              <SourceBadge source={p.source} />
              <Text size="sm">
                <MathText text={pick(p.teacherMoves)} />
              </Text>
              {p.activities.map((a) => (
                <Box key={`${a.templateId}-${a.skillId}`} pl="md" mt={4}>
                  <Group gap="xs">
                    {a.visual ? (
                      <Badge color="grape" variant="light" radius="sm">
                        {t('lessons.lesson.visual')}
                      </Badge>
                    ) : null}
                    <Text size="sm" fw={600} span>
                      {pick(a.title)}
                    </Text>
                    <SourceBadge source={a.source} />
                  </Group>
                  <Text size="sm">
                    <MathText text={pick(a.instructions)} />
                  </Text>
                </Box>
              ))}
            </List.Item>
          ))}
        </List>
        {tools}
      </Stack>
    </Paper>
  );
}
