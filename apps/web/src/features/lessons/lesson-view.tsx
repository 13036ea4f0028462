import { List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import { DayBlock } from './day-block.tsx';
import type { LessonWire } from './lessons-api.ts';
import { QuizBlock } from './quiz-block.tsx';
import { RubricBlock } from './rubric-block.tsx';
import { SourceBadge } from './source-badge.tsx';
import { VersionBlock } from './version-block.tsx';

/**
 * A composed lesson in the teacher's view: the skills cited from the framework, the days, the quiz with its keys,
 * the rubric and the differentiated versions. `tools(blockId)` adds controls under a block (review, edit).
 */
export function LessonView({
  lesson,
  tools,
}: {
  lesson: LessonWire;
  tools?: (blockId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Stack gap="md">
      <section aria-labelledby="lesson-standards">
        <Title order={2} size="h3" id="lesson-standards" mb="xs">
          {t('lessons.lesson.standards')}
        </Title>
        <List spacing={4}>
          {lesson.standards.map((c) => (
            <List.Item key={c.code}>
              <Text span fw={600}>
                {c.code}
              </Text>{' '}
              — {pick(c.name)} <SourceBadge source={c.source} />
            </List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          <MathText text={t('lessons.lesson.finalCheck', { text: pick(lesson.design.finalCheck) })} />
        </Text>
      </section>
      {lesson.days.map((day) => (
        <DayBlock key={day.day} day={day} tools={tools?.(`day-${day.day}`)} />
      ))}
      <QuizBlock quiz={lesson.quiz} tools={tools?.('quiz')} />
      <RubricBlock rubric={lesson.rubric} tools={tools?.('rubric')} />
      <Title order={2} size="h3">
        {t('lessons.lesson.versions')}
      </Title>
      {lesson.versions.map((v) => (
        <VersionBlock key={v.level} version={v} tools={tools?.(`version-${v.level}`)} />
      ))}
    </Stack>
  );
}
