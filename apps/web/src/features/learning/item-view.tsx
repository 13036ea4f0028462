import { Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { FigureView } from './figure-view.tsx';
import { type AnswerResult, learningApi, type PublicItem } from './learning-api.ts';
import { MathText } from './math-text.tsx';
import { StepBlock } from './step-block.tsx';

interface ItemViewProps {
  orgId: string;
  item: PublicItem;
  placement: boolean;
  /** Called with the answer that finished the item. */
  onDone: (result: AnswerResult) => void;
  /** Called with every judged answer (for the mastery moment and the estimate change). */
  onResult?: (result: AnswerResult) => void;
  onStepChange?: (stepId: string) => void;
  tutor?: { open: boolean; onOpen: () => void };
  /** Put focus in the first answer field (an item that replaced the one just finished). */
  focusFirst?: boolean;
  /** Judges an answer instead of practice's answer route (the staff's preview, where nothing is recorded). */
  judge?: (stepId: string, answer: string, locale: 'en' | 'es') => Promise<AnswerResult>;
}

/** A problem: its stem and figure, then its steps up to the current one, answered one at a time. */
export function ItemView(props: ItemViewProps) {
  const { orgId, item, placement, onDone, onResult, onStepChange, tutor } = props;
  const { pick, locale } = useLocalized();
  const { t } = useTranslation();
  const [current, setCurrent] = useState(item.currentStepId);
  const [finished, setFinished] = useState(false);
  const [feedback, setFeedback] = useState<Record<string, AnswerResult>>({});
  const [moved, setMoved] = useState(props.focusFirst ?? false);
  const action = useAction();
  const currentIndex = Math.max(
    0,
    item.steps.findIndex((s) => s.id === current),
  );

  const answer = (stepId: string, text: string) =>
    action.run(async () => {
      const result = props.judge
        ? await props.judge(stepId, text, locale)
        : await learningApi.answer(orgId, item.servedId, stepId, text, locale);
      setFeedback((f) => ({ ...f, [stepId]: result }));
      onResult?.(result);
      if (result.itemDone) {
        setFinished(true);
        onDone(result);
      } else if (result.stepDone && result.nextStepId) {
        setCurrent(result.nextStepId);
        setMoved(true);
        onStepChange?.(result.nextStepId);
      }
    });

  return (
    <Stack gap="md" data-item-id={item.itemId} data-served-id={item.servedId}>
      <Paper radius="md" p="md" bg="white" withBorder>
        <Stack gap="md">
          <Text size="lg" lh={1.6}>
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
      {item.steps.slice(0, currentIndex + 1).map((step, index) => (
        <StepBlock
          key={step.id}
          step={step}
          index={index}
          count={item.steps.length}
          state={index < currentIndex || finished ? 'done' : 'current'}
          feedback={feedback[step.id] ?? null}
          placement={placement}
          busy={action.busy}
          error={action.error}
          onAnswer={(text) => void answer(step.id, text)}
          autoFocus={moved}
          {...(tutor ? { tutor } : {})}
        />
      ))}
    </Stack>
  );
}
