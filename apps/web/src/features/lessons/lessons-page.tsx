import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { type LessonSummary, lessonPagePaths, lessonPaths } from './lessons-api.ts';

/** The organization's lessons the reader may see (their own drafts and the published ones), and the assistant. */
export function LessonsPage() {
  const { t, i18n } = useTranslation();
  const org = useStaffOrg();
  const list = useApiData<{ lessons: LessonSummary[] }>(org ? lessonPaths.list(org.orgId) : null);
  if (!org) return null;
  return (
    <Page title={t('lessons.list.title')} intro={t('lessons.list.intro')}>
      <Group>
        <Button component={Link} to={lessonPagePaths.assistant(org.orgSlug)}>
          {t('lessons.list.new')}
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {!list.data ? (
        list.error ? null : (
          <LoadingState />
        )
      ) : list.data.lessons.length === 0 ? (
        <Text>{t('lessons.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t('lessons.list.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('lessons.list.name')}</Table.Th>
                <Table.Th scope="col">{t('lessons.list.status')}</Table.Th>
                <Table.Th scope="col">{t('lessons.list.author')}</Table.Th>
                <Table.Th scope="col">{t('lessons.list.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.lessons.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={lessonPagePaths.lesson(org.orgSlug, l.id)}>
                      {l.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Badge variant="light" radius="sm">
                      {t(`lessons.status.${l.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{l.author.name ?? t('lessons.saved.unknownAuthor')}</Table.Td>
                  <Table.Td>{formatDate(l.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
