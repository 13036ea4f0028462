import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import type { LessonWire } from './lessons-api.ts';
import { SourceBadge } from './source-badge.tsx';

type Part = LessonWire['quiz']['items'][number]['parts'][number];

/** One question of a quiz item, with its key (the teacher's view). */
function QuizPart({ part }: { part: Part }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Stack gap={2}>
      <Text size="sm">
        <MathText text={pick(part.prompt)} />
      </Text>
      {part.options ? (
        <List size="sm" type="ordered" listStyleType="upper-alpha">
          {part.options.map((o) => (
            <List.Item key={o.id}>
              <MathText text={pick(o.text)} />
              {o.id === part.answerKey ? (
                <Text span fw={700} c="teal.9">
                  {' '}
                  ✓ {t('lessons.lesson.correct')}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="teal.9" fw={600}>
          {t('lessons.lesson.answerKey', { key: '' })}
          <MathText text={`$${part.answerKey}$`} />
        </Text>
      )}
    </Stack>
  );
}

/** The lesson's quiz, every item with its answer key (the teacher's copy). */
export function QuizBlock({ quiz, tools }: { quiz: LessonWire['quiz']; tools?: ReactNode }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-quiz">
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={3} size="h4" id="lesson-quiz">
            {t('lessons.lesson.quiz')}: {pick(quiz.title)}
          </Title>
          <SourceBadge source={quiz.source} />
        </Group>
        <List type="ordered" spacing="md">
          {quiz.items.map((item) => (
            <List.Item key={item.number}>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  <MathText text={pick(item.stem)} />
                </Text>
                {item.parts.map((part, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an item's parts never move
                  <QuizPart key={i} part={part} />
                ))}
              </Stack>
            </List.Item>
          ))}
        </List>
        {tools}
      </Stack>
    </Paper>
  );
}
