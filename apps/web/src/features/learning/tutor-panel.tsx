import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconBook, IconBulb, IconSend, IconX } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learningApi, learningPaths, type TutorTurn } from './learning-api.ts';
import { MathText } from './math-text.tsx';

interface TutorPanelProps {
  orgId: string;
  servedId: string;
  stepId: string;
  stepNumber: number;
  onClose: () => void;
  /** Offered once every hint of the step has been given (practice items of a family). */
  onWorkedExample?: (() => void) | undefined;
  workedExampleBusy?: boolean;
}

/**
 * The Socratic tutor on the current step: the conversation so far, a box to write in, and a hint button. The
 * tutor asks guiding questions and climbs a hint ladder; it never gives the final answer (the server guards it).
 */
export function TutorPanel(props: TutorPanelProps) {
  const { orgId, servedId, stepId, stepNumber, onClose, onWorkedExample } = props;
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const history = useApiData<{ turns: TutorTurn[]; ladderDone: boolean }>(
    learningPaths.tutor(orgId, servedId, stepId),
  );
  const [turns, setTurns] = useState<TutorTurn[]>([]);
  const [message, setMessage] = useState('');
  const [hintLevel, setHintLevel] = useState(0);
  const [ladderDone, setLadderDone] = useState(false);
  const send = useAction();
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => {
    setTurns(history.data?.turns ?? []);
    if (history.data?.ladderDone) setLadderDone(true);
  }, [history.data]);
  useEffect(() => {
    const el = log.current;
    if (el && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);

  const ask = (text: string) =>
    send.run(async () => {
      const now = new Date().toISOString();
      const reply = await learningApi.askTutor(orgId, servedId, stepId, text, locale);
      setHintLevel(reply.hintLevel);
      setLadderDone(reply.ladderDone);
      setTurns((before) => [
        ...before,
        { speaker: 'learner', text, at: now },
        { speaker: 'tutor', text: reply.reply, at: new Date().toISOString() },
      ]);
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    if (!text) return;
    if (await ask(text)) setMessage('');
  };

  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      id="tutor-panel"
      component="aside"
      aria-labelledby="tutor-heading"
      shadow="sm"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={2} size="h4" id="tutor-heading">
              {t('learning.tutor.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('learning.tutor.onStep', { n: stepNumber })}
              {hintLevel > 0 ? ` · ${t('learning.tutor.hintLevel', { n: hintLevel })}` : ''}
            </Text>
          </div>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={onClose}
            aria-label={t('learning.tutor.close')}
            size="lg"
          >
            <IconX size={20} aria-hidden="true" />
          </ActionIcon>
        </Group>
        {/* NOTE: the log scrolls, so it takes focus: keyboard users can scroll back through the conversation. */}
        <ol
          className="pw-chat"
          ref={log}
          aria-live="polite"
          aria-label={t('learning.tutor.conversation')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
        >
          {turns.length === 0 ? (
            <li className="pw-bubble">{t('learning.tutor.welcome')}</li>
          ) : (
            turns.map((turn, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: turns are only ever appended
                key={i}
                className={`pw-bubble pw-bubble--${turn.speaker}`}
                data-speaker={turn.speaker}
              >
                <Text
                  component="span"
                  size="xs"
                  fw={700}
                  display="block"
                  c={turn.speaker === 'tutor' ? 'pathwise.9' : 'gray.8'}
                >
                  {t(turn.speaker === 'tutor' ? 'learning.tutor.tutorSays' : 'learning.tutor.youSaid')}
                </Text>
                {turn.speaker === 'tutor' ? <MathText text={turn.text} /> : turn.text}
              </li>
            ))
          )}
        </ol>
        <ErrorAlert error={send.error} />
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea
              label={t('learning.tutor.messageLabel')}
              placeholder={t('learning.tutor.placeholder')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
              autosize
              minRows={2}
              maxRows={5}
              maxLength={2000}
            />
            <Group gap="xs">
              <Button
                type="submit"
                loading={send.busy}
                leftSection={<IconSend size={16} aria-hidden="true" />}
              >
                {t('learning.tutor.send')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconBulb size={16} aria-hidden="true" />}
                onClick={() => void ask(t('learning.tutor.hintMessage'))}
                disabled={send.busy}
              >
                {t('learning.tutor.hint')}
              </Button>
            </Group>
          </Stack>
        </form>
        {ladderDone && onWorkedExample ? (
          <Paper radius="md" p="sm" bg="pathwise.0" data-stuck-offer="">
            <Stack gap="xs" align="start">
              <Text size="sm">{t('learning.worked.offer')}</Text>
              <Button
                variant="filled"
                leftSection={<IconBook size={16} aria-hidden="true" />}
                onClick={onWorkedExample}
                loading={props.workedExampleBusy ?? false}
              >
                {t('learning.worked.show')}
              </Button>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </Paper>
  );
}
