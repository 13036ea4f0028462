import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MessageText } from './message-text.tsx';
import type { Announcement } from './messages-api.ts';

/** Announcements, newest first; with `onMarkRead`, unread ones are badged and can be marked read. */
export function AnnouncementList({
  announcements,
  onMarkRead,
  headingOrder = 4,
}: {
  announcements: Announcement[];
  onMarkRead?: (id: string) => void;
  headingOrder?: 3 | 4;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  if (announcements.length === 0) return <Text>{t('messages.inbox.noAnnouncements')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {announcements.map((a) => (
        <Paper component="li" key={a.id} withBorder radius="md" p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              {a.subject ? (
                <Title order={headingOrder} size="h5">
                  {a.subject}
                </Title>
              ) : null}
              <Text size="sm" c="dimmed">
                {t('messages.announcement.from', {
                  name: a.authorName ?? t('messages.announcement.unknownAuthor'),
                  className: a.className,
                  when: formatDate(a.createdAt, locale, true),
                })}
              </Text>
            </div>
            {onMarkRead && !a.read ? (
              <Group gap="xs" wrap="nowrap">
                <Badge color="blue.9">{t('messages.inbox.new')}</Badge>
                <Button size="xs" variant="subtle" onClick={() => onMarkRead(a.id)}>
                  {t('messages.inbox.markRead')}
                </Button>
              </Group>
            ) : null}
          </Group>
          <MessageText text={a.body} />
        </Paper>
      ))}
    </Stack>
  );
}
