import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { AnswerInput } from '../learning/answer-input.tsx';
import { FigureView } from '../learning/figure-view.tsx';
import { MathText } from '../learning/math-text.tsx';
import type { AuthoredItemInput, PublicItem } from './item-authoring-api.ts';

const both = (text: { en: string; es?: string | undefined }) => ({
  en: text.en,
  es: text.es?.trim() || text.en,
});

/**
 * The public view of an item being written, built the way the server builds it (no key, hint or wrong answer ever
 * reaches it): Spanish left empty shows the English text.
 */
export function previewOfForm(form: AuthoredItemInput): PublicItem {
  const steps = form.steps.map((s, i) => {
    const { answer } = s;
    const answerType =
      answer.kind === 'relation' ? (/[<>≤≥]/.test(answer.key) ? 'inequality' : 'equation') : answer.kind;
    const base = { id: s.id ?? `s${i + 1}`, prompt: both(s.prompt), answerType } as const;
    return answer.kind === 'choice' ? { ...base, choices: answer.options.map((o) => both(o.text)) } : base;
  });
  return {
    servedId: 'preview',
    itemId: 'preview',
    skillId: form.skillId,
    source: 'authored',
    stem: both(form.stem),
    steps,
    currentStepId: steps[0]?.id ?? '',
  };
}

/**
 * An item exactly as a learner sees it, read-only: the stem, its figure and credit, and every step with its answer
 * field (the learning feature's own components, disabled).
 */
export function ItemPreview({ item }: { item: PublicItem }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Stack gap="md" data-item-preview={item.itemId}>
      <Alert variant="light" color="blue">
        {t('itemBank.preview.note')}
      </Alert>
      <Paper radius="md" p="md" bg="white" withBorder>
        <Stack gap="md">
          <Text size="lg" lh={1.6} style={{ whiteSpace: 'pre-line' }}>
            <MathText text={pick(item.stem)} />
          </Text>
          {item.figure ? <FigureView figure={item.figure} /> : null}
          {item.attribution ? (
            <Text size="xs" c="dimmed">
              {t('learning.practice.source', { credit: item.attribution })}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      {item.steps.map((step, index) => {
        const promptId = `preview-${item.itemId}-${step.id}`;
        return (
          <Paper key={step.id} withBorder radius="md" p="md" component="section" aria-labelledby={promptId}>
            <Group gap="xs" align="start" wrap="nowrap" mb="xs">
              <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
                {t('learning.item.stepOf', { n: index + 1, count: item.steps.length })}
              </Badge>
              <Text id={promptId} fw={500} style={{ whiteSpace: 'pre-line' }}>
                <MathText text={pick(step.prompt)} />
              </Text>
            </Group>
            <AnswerInput step={step} value="" onChange={() => {}} labelledBy={promptId} disabled />
          </Paper>
        );
      })}
    </Stack>
  );
}
