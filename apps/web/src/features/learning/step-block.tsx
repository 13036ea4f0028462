import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconMessageCircleQuestion } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { AnswerFeedback } from './answer-feedback.tsx';
import { AnswerInput } from './answer-input.tsx';
import type { AnswerResult, PublicStep } from './learning-api.ts';
import { MathText } from './math-text.tsx';

interface StepBlockProps {
  step: PublicStep;
  index: number;
  count: number;
  state: 'done' | 'current';
  feedback: AnswerResult | null;
  placement: boolean;
  busy: boolean;
  error: unknown;
  onAnswer: (answer: string) => void;
  /** Opens the tutor on this step (practice only). */
  tutor?: { open: boolean; onOpen: () => void };
  /** Move focus into the step when it becomes current (not on the first step of a page). */
  autoFocus: boolean;
}

/** One step of a problem: its prompt, the answer field and the verdict; a finished step shows only its result. */
export function StepBlock(props: StepBlockProps) {
  const { step, index, count, state, feedback, placement, tutor } = props;
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const promptId = `step-${step.id}-prompt`;
  useEffect(() => {
    if (state === 'current' && props.autoFocus) box.current?.querySelector<HTMLElement>('input')?.focus();
  }, [state, props.autoFocus]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    props.onAnswer(value);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      ref={box}
      className={state === 'done' ? 'pw-step-done' : undefined}
      data-step-id={step.id}
      data-step-state={state}
      component="section"
      aria-labelledby={promptId}
    >
      <Stack gap="sm">
        <Group gap="xs" align="start" wrap="nowrap">
          <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
            {t('learning.item.stepOf', { n: index + 1, count })}
          </Badge>
          <Text id={promptId} fw={500}>
            <MathText text={pick(step.prompt)} />
          </Text>
        </Group>
        {state === 'done' ? (
          <Group gap={6} c="teal.9">
            <IconCircleCheck size={18} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {t('learning.item.stepDone')}
            </Text>
          </Group>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <AnswerInput
                step={step}
                value={value}
                onChange={(v) => {
                  setValue(v);
                  setEmpty(false);
                }}
                labelledBy={promptId}
                error={empty ? t('learning.answer.empty') : null}
                disabled={props.busy}
              />
              <Group gap="sm">
                <Button type="submit" loading={props.busy}>
                  {t('learning.answer.check')}
                </Button>
                {tutor ? (
                  <Button
                    variant="default"
                    leftSection={<IconMessageCircleQuestion size={18} aria-hidden="true" />}
                    onClick={tutor.onOpen}
                    aria-expanded={tutor.open}
                    aria-controls="tutor-panel"
                  >
                    {t('learning.tutor.open')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </form>
        )}
        <div aria-live="polite" aria-atomic="true">
          {feedback ? <AnswerFeedback result={feedback} placement={placement} /> : null}
        </div>
        {state === 'current' ? <ErrorAlert error={props.error} /> : null}
      </Stack>
    </Paper>
  );
}
