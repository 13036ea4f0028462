import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PublicStep } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-localized.ts';
import { AnswerInput } from '../learning/answer-input.tsx';
import { MathText } from '../learning/math-text.tsx';
import type { LearnerLesson } from './lessons-api.ts';

type QuizItem = LearnerLesson['quiz']['items'][number];

/** A quiz part as the learning feature's answer field expects it: options for a choice, one line otherwise. */
function stepOf(part: QuizItem['parts'][number], id: string): PublicStep {
  return part.format === 'choice'
    ? { id, prompt: part.prompt, answerType: 'choice', choices: (part.options ?? []).map((o) => o.text) }
    : { id, prompt: part.prompt, answerType: 'expression' };
}

/** One quiz item, read-only like the item preview: the stem and each part with its (disabled) answer field. */
function QuizItemView({ item }: { item: QuizItem }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const headingId = `lesson-quiz-item-${item.number}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Text id={headingId} fw={600} style={{ whiteSpace: 'pre-line' }}>
          {t('lessons.learner.item', { n: item.number })} <MathText text={pick(item.stem)} />
        </Text>
        {item.parts.map((part, i) => {
          const promptId = `${headingId}-part-${i + 1}`;
          return (
            <Stack key={promptId} gap={4}>
              <Group gap="xs" align="start" wrap="nowrap">
                <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
                  {t('learning.item.stepOf', { n: i + 1, count: item.parts.length })}
                </Badge>
                <Text id={promptId} style={{ whiteSpace: 'pre-line' }}>
                  <MathText text={pick(part.prompt)} />
                </Text>
              </Group>
              <AnswerInput
                step={stepOf(part, `p${i + 1}`)}
                value=""
                onChange={() => {}}
                labelledBy={promptId}
                disabled
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

/**
 * A lesson as a learner reads it: the directions and scaffolds of its version, the quiz (no key) read-only, and
 * the link to practise its skills (`practiceHref`; null in a teacher's preview, where the link is only named).
 */
export function LearnerLessonView({
  lesson,
  practiceHref,
}: {
  lesson: LearnerLesson;
  practiceHref: string | null;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { version, quiz } = lesson;
  return (
    <Stack gap="md" data-learner-lesson={lesson.id}>
      <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="learner-directions">
        <Stack gap="xs">
          <Title order={2} size="h3" id="learner-directions">
            {t('lessons.learner.directions')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>
            <MathText text={pick(version.directions)} />
          </Text>
        </Stack>
      </Paper>
      {version.scaffolds.map((scaffold, i) => {
        const id = `learner-scaffold-${i + 1}`;
        return (
          <Paper key={id} withBorder radius="lg" p="md" component="section" aria-labelledby={id}>
            <Title order={2} size="h4" id={id} mb="xs">
              {pick(scaffold.title)}
            </Title>
            <List size="sm" spacing={4}>
              {scaffold.lines.map((line, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a stored version never reorder
                <List.Item key={j}>
                  <MathText text={pick(line)} />
                </List.Item>
              ))}
            </List>
          </Paper>
        );
      })}
      <Stack component="section" gap="sm" aria-labelledby="learner-quiz">
        <Title order={2} size="h3" id="learner-quiz">
          {pick(quiz.title)}
        </Title>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {quiz.items.map((item) => (
            <QuizItemView key={item.number} item={item} />
          ))}
        </Stack>
      </Stack>
      <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="learner-skills">
        <Stack gap="xs">
          <Title order={2} size="h3" id="learner-skills">
            {t('lessons.learner.skills')}
          </Title>
          <List size="sm">
            {lesson.skills.map((s) => (
              <List.Item key={s.id}>{pick(s.name)}</List.Item>
            ))}
          </List>
          {practiceHref ? (
            <Anchor component={Link} to={practiceHref} fw={600}>
              {t('lessons.learner.practise')}
            </Anchor>
          ) : lesson.practicePathwayId ? (
            <Text size="sm" c="dimmed">
              {t('lessons.learner.practisePreview')}
            </Text>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
