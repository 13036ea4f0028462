import { Stack, Text, Title } from '@mantine/core';
import type { TimelineEvent } from '@pathwise/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { Intervention } from './dashboards-api.ts';
import { TimelineEventText } from './timeline-event-text.tsx';

/** How many entries the page lists (the server sends the latest 100 events). */
const SHOWN = 60;

interface Entry {
  key: string;
  at: string;
  body: ReactNode;
}

/** The day of a moment in the reader's time zone, as a sortable key. */
function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The learner's recent events and the interventions teachers recorded, newest first, grouped by day; each with
 * its date and time in the one format of the page ({@link formatDate}).
 */
export function TimelineEvents({
  events,
  interventions,
}: {
  events: TimelineEvent[];
  interventions: Intervention[];
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const entries: Entry[] = [
    ...events.map((e) => ({ key: `s${e.id}`, at: e.timestamp, body: <TimelineEventText event={e} /> })),
    ...interventions.map((i) => ({ key: `i${i.id}`, at: i.createdAt, body: <InterventionText entry={i} /> })),
  ]
    .filter((e) => !Number.isNaN(Date.parse(e.at)))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, SHOWN);
  if (entries.length === 0) return <Text>{t('dashboards.noData')}</Text>;
  const days = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = dayKey(entry.at);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('dashboards.timeline.eventsCaption')}
      </Text>
      {[...days].map(([day, list]) => (
        <section key={day}>
          <Title order={3} size="h5">
            {formatDate(list[0]!.at, locale)}
          </Title>
          <Stack component="ol" gap="xs" pl="md" mt={4}>
            {list.map((entry) => (
              <li key={entry.key}>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at}>{formatDate(entry.at, locale, true)}</time>
                </Text>
                {entry.body}
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

/** What a teacher recorded, in words: who, the action, the note. */
function InterventionText({ entry }: { entry: Intervention }) {
  const { t } = useTranslation();
  const action = t(`dashboards.dashboard.actions.${entry.action}`, { defaultValue: entry.action });
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('dashboards.timeline.intervention', {
          teacher: entry.teacherName ?? t('dashboards.timeline.someTeacher'),
          action,
        })}
      </Text>
      {entry.note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {t('dashboards.timeline.interventionNote', { note: entry.note })}
        </Text>
      ) : null}
    </Stack>
  );
}
