import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MessageText } from './message-text.tsx';
import type { Message } from './messages-api.ts';

/** The messages of a conversation, oldest first: who wrote each (the sender's display name, or "You"), when, and the text as typed. */
export function ThreadMessages({ messages }: { messages: Message[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {messages.map((m) => (
        <Paper
          component="li"
          key={m.seq}
          withBorder
          radius="md"
          p="sm"
          ml={m.mine ? 'xl' : 0}
          mr={m.mine ? 0 : 'xl'}
          bg={m.mine ? 'var(--mantine-color-blue-light)' : undefined}
        >
          <Text size="sm" fw={600}>
            {m.mine ? t('messages.thread.you') : (m.senderName ?? t('messages.announcement.unknownAuthor'))}
            <Text component="span" size="sm" c="dimmed" fw={400}>
              {' · '}
              {formatDate(m.createdAt, locale, true)}
            </Text>
          </Text>
          <MessageText text={m.body} />
        </Paper>
      ))}
    </Stack>
  );
}
