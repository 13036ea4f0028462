import { Table } from '@mantine/core';
import type { AuditEvent, AuditEventList, OrgMemberList } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { formatDate } from '../../i18n/format-date.ts';

/** The newest audit events: when, who (by name when they are still a member), what. */
export function AuditPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useApiData<AuditEventList>(`/api/orgs/${orgId}/audit`);
  const members = useApiData<OrgMemberList>(`/api/orgs/${orgId}/members`);
  const names = new Map((members.data?.members ?? []).map((m) => [m.userId, m.name]));

  function who(event: AuditEvent): string {
    if (!event.actorUserId) return t('audit.system');
    return names.get(event.actorUserId) ?? t('audit.someone');
  }

  if (audit.loading && !audit.data) return <LoadingState />;
  return (
    <PanelSection title={t('audit.title')} intro={t('audit.intro')}>
      <ErrorAlert error={audit.error} />
      <ListTable
        headers={[t('audit.when'), t('audit.who'), t('audit.what')]}
        items={audit.data?.events ?? []}
        empty={t('audit.empty')}
        minWidth={560}
        verticalSpacing="xs"
        row={(event) => (
          <Table.Tr key={event.id}>
            <Table.Td>{formatDate(event.createdAt, i18n.language, true)}</Table.Td>
            <Table.Td>{who(event)}</Table.Td>
            <Table.Td>
              {t(`audit.actions.${event.action.replaceAll('.', '_')}`, { defaultValue: event.action })}
            </Table.Td>
          </Table.Tr>
        )}
      />
    </PanelSection>
  );
}
