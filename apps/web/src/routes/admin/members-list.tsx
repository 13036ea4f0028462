import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { OrgMember as Member } from '@pathwise/contracts';
import { ROLES, type Role } from '@pathwise/core/identity';
import { useTranslation } from 'react-i18next';
import { DangerButton } from '../../components/danger-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { RoleSelect } from './role-select.tsx';

export interface MembersListProps {
  members: Member[];
  myUserId: string;
  busy: boolean;
  onRole(member: Member, role: Role): void;
  onRemove(member: Member): void;
}

function MemberName({ member, myUserId }: { member: Member; myUserId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {member.name}{' '}
      {member.userId === myUserId ? (
        <Text span c="dimmed" fw={400}>
          {t('members.you')}
        </Text>
      ) : null}
    </>
  );
}

/** Members as a table (wide screens): name, email, role (editable), joined, remove. */
export function MembersTable({ members, myUserId, busy, onRole, onRemove }: MembersListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ListTable
      headers={[
        t('members.name'),
        t('members.email'),
        t('members.role'),
        t('members.joined'),
        t('members.actions'),
      ]}
      items={members}
      minWidth={640}
      highlightOnHover
      row={(member) => (
        <Table.Tr key={member.userId}>
          <Table.Th scope="row" fw={600}>
            <MemberName member={member} myUserId={myUserId} />
          </Table.Th>
          <Table.Td>{member.email}</Table.Td>
          <Table.Td miw={160}>
            <RoleSelect
              roles={ROLES}
              value={member.role}
              ariaLabel={t('members.roleOf', { name: member.name })}
              disabled={busy}
              onChange={(role) => onRole(member, role)}
            />
          </Table.Td>
          <Table.Td>{formatDate(member.joinedAt, i18n.language)}</Table.Td>
          <Table.Td>
            <DangerButton
              onClick={() => onRemove(member)}
              label={t('members.removeLabel', { name: member.name })}
            >
              {t('members.remove')}
            </DangerButton>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

/** Members as a list of cards (phones): everything of a row, stacked, nothing hidden off-screen. */
export function MemberCards({ members, myUserId, busy, onRole, onRemove }: MembersListProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {members.map((member) => (
        <Paper component="li" key={member.userId} withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Text fw={600}>
              <MemberName member={member} myUserId={myUserId} />
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {member.email}
            </Text>
            <RoleSelect
              roles={ROLES}
              value={member.role}
              ariaLabel={t('members.roleOf', { name: member.name })}
              disabled={busy}
              onChange={(role) => onRole(member, role)}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('members.joined')}: {formatDate(member.joinedAt, i18n.language)}
              </Text>
              <DangerButton
                onClick={() => onRemove(member)}
                label={t('members.removeLabel', { name: member.name })}
              >
                {t('members.remove')}
              </DangerButton>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
