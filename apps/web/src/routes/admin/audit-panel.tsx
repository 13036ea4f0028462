import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, Member } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { PanelSection } from './panel-section.tsx';

/** The newest audit events: when, who (by name when they are still a member), what. */
export function AuditPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useApiData<{ events: AuditEvent[] }>(`/api/orgs/${orgId}/audit`);
  const members = useApiData<{ members: Member[] }>(`/api/orgs/${orgId}/members`);
  const names = new Map((members.data?.members ?? []).map((m) => [m.userId, m.name]));

  function who(event: AuditEvent): string {
    if (!event.actorUserId) return t('audit.system');
    return names.get(event.actorUserId) ?? t('audit.someone');
  }

  if (audit.loading && !audit.data) return <LoadingState />;
  const events = audit.data?.events ?? [];
  return (
    <PanelSection title={t('audit.title')} intro={t('audit.intro')}>
      <ErrorAlert error={audit.error} />
      {events.length === 0 ? (
        <Text>{t('audit.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.when')}</Table.Th>
                <Table.Th scope="col">{t('audit.who')}</Table.Th>
                <Table.Th scope="col">{t('audit.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{formatDate(event.createdAt, i18n.language, true)}</Table.Td>
                  <Table.Td>{who(event)}</Table.Td>
                  <Table.Td>
                    {t(`audit.actions.${event.action.replaceAll('.', '_')}`, { defaultValue: event.action })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PanelSection>
  );
}
