import { Button, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { OrgMember as Member, OrgMemberList } from '@pathwise/contracts';
import type { Role } from '@pathwise/core/identity';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { filterMembers, MemberFilter, type MemberQuery } from './member-filter.tsx';
import { MemberCards, MembersTable } from './members-list.tsx';

// Rows drawn at once: a school has hundreds of members; the search finds anyone.
const PAGE = 50;

interface MembersPanelProps {
  orgId: string;
  myUserId: string;
}

/** Everyone in the organization: change a role, remove someone. */
export function MembersPanel({ orgId, myUserId }: MembersPanelProps) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiData<OrgMemberList>(`/api/orgs/${orgId}/members`);
  const action = useAction();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [query, setQuery] = useState<MemberQuery>({ text: '', role: '' });
  const [limit, setLimit] = useState(PAGE);

  async function changeRole(member: Member, role: Role) {
    await action.run(
      () => api('PATCH', `/api/orgs/${orgId}/members/${member.userId}`, { role }),
      () => t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) }),
    );
    await reload();
  }

  async function remove(member: Member) {
    setRemoving(null);
    await action.run(
      () => api('DELETE', `/api/orgs/${orgId}/members/${member.userId}`),
      () => t('members.removed', { name: member.name }),
    );
    await reload();
  }

  // NOTE: the breakpoint is Mantine's `xs` (36em); below it a table would hide the role and remove controls.
  const phone = useMediaQuery('(max-width: 36em)');
  const List = phone ? MemberCards : MembersTable;

  if (loading && !data) return <LoadingState />;
  const members = data?.members ?? [];
  const matching = filterMembers(members, query);
  const shown = matching.slice(0, limit);
  return (
    <PanelSection title={t('members.title')}>
      <ErrorAlert error={error ?? action.error} />
      <StatusMessage message={action.status} />
      {members.length === 0 ? (
        <Text>{t('members.empty')}</Text>
      ) : (
        <>
          <MemberFilter
            query={query}
            onChange={(next) => {
              setQuery(next);
              setLimit(PAGE);
            }}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('members.showing', { shown: shown.length, total: matching.length })}
          </Text>
          {matching.length === 0 ? (
            <Text>{t('members.noMatch')}</Text>
          ) : (
            <List
              members={shown}
              myUserId={myUserId}
              busy={action.busy}
              onRole={(member, role) => void changeRole(member, role)}
              onRemove={setRemoving}
            />
          )}
          {matching.length > shown.length ? (
            <Button variant="default" onClick={() => setLimit(limit + PAGE)} style={{ alignSelf: 'start' }}>
              {t('members.showMore')}
            </Button>
          ) : null}
        </>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('members.removeTitle', { name: removing.name }) : ''}
        text={removing ? t('members.removeText', { name: removing.name }) : ''}
        confirmLabel={t('members.remove')}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </PanelSection>
  );
}
