import { Button, Table } from '@mantine/core';
import type { AuditEvent, AuditEventList, OrgMemberList } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { formatDate } from '../../i18n/format-date.ts';

/** The audit trail, newest first (when, who by name when they are still a member, what), with older pages on request. */
export function AuditPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useApiData<AuditEventList>(`/api/orgs/${orgId}/audit`);
  const members = useApiData<OrgMemberList>(`/api/orgs/${orgId}/members`);
  // Older pages fetched with "Show older entries", appended below the newest page.
  const [older, setOlder] = useState<AuditEventList[]>([]);
  const [olderError, setOlderError] = useState<unknown>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const names = new Map((members.data?.members ?? []).map((m) => [m.userId, m.name]));

  function who(event: AuditEvent): string {
    if (!event.actorUserId) return t('audit.system');
    return names.get(event.actorUserId) ?? t('audit.someone');
  }

  const pages = audit.data ? [audit.data, ...older] : [];
  const nextBefore = pages.at(-1)?.nextBefore ?? null;

  async function showOlder(before: number) {
    setLoadingOlder(true);
    try {
      const page = await api<AuditEventList>('GET', `/api/orgs/${orgId}/audit?before=${before}`);
      setOlder((current) => [...current, page]);
      setOlderError(null);
    } catch (caught) {
      setOlderError(caught);
    } finally {
      setLoadingOlder(false);
    }
  }

  if (audit.loading && !audit.data) return <LoadingState />;
  return (
    <PanelSection title={t('audit.title')} intro={t('audit.intro')}>
      <ErrorAlert error={audit.error ?? olderError} />
      <ListTable
        headers={[t('audit.when'), t('audit.who'), t('audit.what')]}
        items={pages.flatMap((page) => page.events)}
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
      {nextBefore !== null ? (
        <Button
          variant="default"
          loading={loadingOlder}
          onClick={() => void showOlder(nextBefore)}
          style={{ alignSelf: 'start' }}
        >
          {t('audit.showOlder')}
        </Button>
      ) : null}
    </PanelSection>
  );
}
