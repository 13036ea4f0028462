import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { type Member, ROLES, type Role } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { PanelSection } from './panel-section.tsx';
import { RoleSelect } from './role-select.tsx';

interface MembersPanelProps {
  orgId: string;
  myUserId: string;
}

/** Everyone in the organization: change a role, remove someone. */
export function MembersPanel({ orgId, myUserId }: MembersPanelProps) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useApiData<{ members: Member[] }>(`/api/orgs/${orgId}/members`);
  const action = useAction();
  const [removing, setRemoving] = useState<Member | null>(null);

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

  if (loading && !data) return <LoadingState />;
  const members = data?.members ?? [];
  return (
    <PanelSection title={t('members.title')}>
      <ErrorAlert error={error ?? action.error} />
      <StatusMessage message={action.status} />
      {members.length === 0 ? (
        <Text>{t('members.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.role')}</Table.Th>
                <Table.Th scope="col">{t('members.joined')}</Table.Th>
                <Table.Th scope="col">{t('members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Th scope="row" fw={600}>
                    {member.name}{' '}
                    {member.userId === myUserId ? (
                      <Text span c="dimmed">
                        {t('members.you')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td miw={160}>
                    <RoleSelect
                      roles={ROLES}
                      value={member.role}
                      ariaLabel={t('members.roleOf', { name: member.name })}
                      disabled={action.busy}
                      onChange={(role) => void changeRole(member, role)}
                    />
                  </Table.Td>
                  <Table.Td>{formatDate(member.joinedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <DangerButton
                      onClick={() => setRemoving(member)}
                      label={t('members.removeLabel', { name: member.name })}
                    >
                      {t('members.remove')}
                    </DangerButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
