import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { ThreadSummary } from './messages-api.ts';

/** Conversations, most recent first, each with the other person, its unread count and the start of its last message. */
export function ThreadList({
  threads,
  viewerRole,
  selected,
  onOpen,
  empty,
}: {
  threads: ThreadSummary[];
  viewerRole: 'learner' | 'staff';
  selected: string | null;
  onOpen: (threadId: string) => void;
  empty: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  if (threads.length === 0) return <Text>{empty}</Text>;
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {threads.map((th) => {
        const other = viewerRole === 'learner' ? th.teacherName : th.learnerName;
        return (
          <li key={th.id}>
            <UnstyledButton
              onClick={() => onOpen(th.id)}
              aria-current={selected === th.id ? 'true' : undefined}
              w="100%"
              p="xs"
              style={{ borderRadius: 8, border: '1px solid var(--mantine-color-default-border)' }}
            >
              <Group component="span" justify="space-between" wrap="nowrap">
                <Text component="span" fw={th.unread > 0 ? 700 : 500}>
                  {other} · {th.className}
                </Text>
                <Group component="span" gap="xs" wrap="nowrap">
                  {th.unread > 0 ? (
                    <Badge color="blue.9">{t('messages.thread.unreadCount', { count: th.unread })}</Badge>
                  ) : null}
                  <Text component="span" size="xs" c="dimmed">
                    {formatDate(th.lastMessageAt, locale, true)}
                  </Text>
                </Group>
              </Group>
              {th.lastBody ? (
                <Text component="span" display="block" size="sm" c="dimmed" lineClamp={1}>
                  {t('messages.thread.last', { text: th.lastBody })}
                </Text>
              ) : null}
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
