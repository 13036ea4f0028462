import { Group, Stack, Text } from '@mantine/core';
import type { TimelineEvent } from '@pathwise/contracts';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import { shortStem } from './short-stem.ts';

/** What one event of the learner was, in words of the reader's language: skills and problems by name. */
export function TimelineEventText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const { locale, pick, percent } = useLocalized();
  const skill = event.skills.map((s) => pick(s.name)).join(', ') || t('dashboards.timeline.someSkill');
  const pct = (value: number | null) => (value === null ? '—' : percent(value));
  switch (event.kind) {
    case 'answer':
      return (
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Verdict success={event.success} />
            <Text size="sm">
              {t(`dashboards.timeline.answer.${event.item?.mode ?? 'unknown'}`, { skill })}
            </Text>
          </Group>
          <Problem event={event} />
          {event.response !== null ? (
            <Text size="sm">{t('dashboards.timeline.response', { answer: event.response })}</Text>
          ) : null}
          {event.help ? (
            <Text size="sm" c="dimmed">
              {event.help.hints === 0 && event.help.tutorQuestions === 0
                ? t('dashboards.timeline.noHelp')
                : t('dashboards.timeline.help', {
                    hints:
                      event.help.hints === 0
                        ? t('dashboards.timeline.noHints')
                        : t('dashboards.timeline.helpHints', { count: event.help.hints }),
                    questions:
                      event.help.tutorQuestions === 0
                        ? t('dashboards.timeline.noQuestions')
                        : t('dashboards.timeline.helpQuestions', { count: event.help.tutorQuestions }),
                  })}
            </Text>
          ) : null}
        </Stack>
      );
    case 'hint':
    case 'tutor-question':
    case 'tutor-reply': {
      const key = { hint: 'hint', 'tutor-question': 'tutorQuestion', 'tutor-reply': 'tutorReply' }[
        event.kind
      ];
      return (
        <Stack gap={2}>
          <Text size="sm">{t(`dashboards.timeline.${key}`, { skill, level: event.hintLevel ?? 1 })}</Text>
          <Problem event={event} />
        </Stack>
      );
    }
    case 'mastery':
      return (
        <Text size="sm">
          {event.mastery?.reached
            ? t('dashboards.timeline.masteryReached', { skill })
            : t('dashboards.timeline.masteryChanged', {
                skill,
                before: pct(event.mastery?.before ?? null),
                after: pct(event.mastery?.after ?? null),
              })}
        </Text>
      );
    case 'credential':
      return <Text size="sm">{t('dashboards.timeline.credential', { name: event.achievement ?? '' })}</Text>;
    default: {
      const verb = event.verb[locale] ?? event.verb.en ?? Object.values(event.verb)[0] ?? '';
      return <Text size="sm">{t('dashboards.timeline.other', { verb })}</Text>;
    }
  }
}

/** Right or wrong, in words and with an icon (the icon is decoration: the words are what is read). */
function Verdict({ success }: { success: boolean | null }) {
  const { t } = useTranslation();
  if (success === null) return null;
  const Icon = success ? IconCircleCheck : IconCircleX;
  return (
    <Group gap={4} wrap="nowrap" c={success ? 'teal.9' : 'red.9'}>
      <Icon size={18} aria-hidden="true" />
      <Text size="sm" fw={600} c="inherit">
        {success ? t('dashboards.timeline.right') : t('dashboards.timeline.wrong')}
      </Text>
    </Group>
  );
}

/** The problem an event was about: its stem, shortened, math typeset; "a removed problem" when none is kept. */
function Problem({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (!event.item) return null;
  return (
    <Text size="sm">
      {t('dashboards.timeline.problem')}{' '}
      {event.item.stem ? (
        <MathText text={shortStem(pick(event.item.stem))} />
      ) : (
        <em>{t('dashboards.timeline.removedProblem')}</em>
      )}
    </Text>
  );
}
