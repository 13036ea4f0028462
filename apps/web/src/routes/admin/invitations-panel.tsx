import { Alert, Badge, Button, Group, Table, TextInput } from '@mantine/core';
import type { CreatedInvitation, Invitation } from '@pathwise/contracts';
import { ROLES, type Role } from '@pathwise/core/identity';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { fieldErrors } from '../../i18n/error-message.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { checkEmail } from '../../session/validate.ts';
import { RevocableListPanel } from './revocable-list-panel.tsx';
import { RoleSelect } from './role-select.tsx';
import { useRevocableList } from './use-revocable-list.ts';

function statusOf(invitation: Invitation): 'accepted' | 'expired' | 'open' {
  if (invitation.acceptedAt) return 'accepted';
  return new Date(invitation.expiresAt) <= new Date() ? 'expired' : 'open';
}

const STATUS_COLOR = { open: 'pathwise', accepted: 'green', expired: 'gray' } as const;
const STATUS_KEY = {
  open: 'invitations.statusOpen',
  accepted: 'invitations.statusAccepted',
  expired: 'invitations.statusExpired',
} as const;

/** Invite one person by email (a link to send them), and the invitations so far. */
export function InvitationsPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const invitations = useRevocableList<Invitation, CreatedInvitation>(
    `/api/orgs/${orgId}/invitations`,
    'invitations',
  );
  const { action, created } = invitations;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('learner');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = checkEmail(t, email);
    setProblem(invalid);
    if (invalid) return;
    if (await invitations.create({ email: email.trim(), role })) setEmail('');
    else setProblem(null);
  }

  return (
    <RevocableListPanel
      title={t('invitations.title')}
      intro={t('invitations.intro')}
      onSubmit={submit}
      form={
        <Group align="start" gap="sm">
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem ?? fieldErrors(t, action.error).email}
            style={{ flex: '1 1 240px' }}
          />
          <RoleSelect label={t('fields.role')} roles={ROLES} value={role} onChange={setRole} />
          <Button type="submit" loading={action.busy} mt={{ base: 0, sm: 25 }}>
            {t('invitations.submit')}
          </Button>
        </Group>
      }
      error={invitations.error}
      status={action.status}
      created={
        created ? (
          <Alert color="pathwise" variant="light" title={t('invitations.created', { email: created.email })}>
            <CopyField label={t('invitations.link')} value={created.url} />
          </Alert>
        ) : null
      }
      listTitle={t('invitations.listTitle')}
    >
      <ListTable
        headers={[
          t('fields.email'),
          t('fields.role'),
          t('invitations.status'),
          t('invitations.expires'),
          t('members.actions'),
        ]}
        items={invitations.items}
        empty={t('invitations.empty')}
        minWidth={560}
        row={(invitation) => {
          const status = statusOf(invitation);
          return (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={600}>
                {invitation.email}
              </Table.Th>
              <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[status]}>
                  {t(STATUS_KEY[status])}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(invitation.expiresAt, i18n.language)}</Table.Td>
              <Table.Td>
                {status === 'open' ? (
                  <DangerButton
                    onClick={() =>
                      void invitations.revoke(
                        invitation,
                        t('invitations.withdrawn', { email: invitation.email }),
                      )
                    }
                    label={t('invitations.withdrawLabel', { email: invitation.email })}
                  >
                    {t('invitations.withdraw')}
                  </DangerButton>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
    </RevocableListPanel>
  );
}
