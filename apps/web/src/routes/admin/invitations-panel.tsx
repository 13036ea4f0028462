import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { type CreatedInvitation, type Invitation, ROLES, type Role } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { fieldErrors } from '../../i18n/error-message.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { checkEmail } from '../../session/validate.ts';
import { PanelSection } from './panel-section.tsx';
import { RoleSelect } from './role-select.tsx';

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
  const list = useApiData<{ invitations: Invitation[] }>(`/api/orgs/${orgId}/invitations`);
  const action = useAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('learner');
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = checkEmail(t, email);
    setProblem(invalid);
    if (invalid) return;
    setCreated(null);
    const ok = await action.run(async () => {
      setCreated(
        await api<CreatedInvitation>('POST', `/api/orgs/${orgId}/invitations`, { email: email.trim(), role }),
      );
    });
    if (ok) setEmail('');
    else setProblem(null);
    await list.reload();
  }

  async function withdraw(invitation: Invitation) {
    await action.run(
      () => api('DELETE', `/api/orgs/${orgId}/invitations/${invitation.id}`),
      () => t('invitations.withdrawn', { email: invitation.email }),
    );
    await list.reload();
  }

  const invitations = list.data?.invitations ?? [];
  return (
    <Stack gap="xl">
      <PanelSection title={t('invitations.title')} intro={t('invitations.intro')}>
        <form onSubmit={submit} noValidate>
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
        </form>
        <ErrorAlert error={list.error ?? action.error} />
        <StatusMessage message={action.status} />
        {created ? (
          <Alert color="pathwise" variant="light" title={t('invitations.created', { email: created.email })}>
            <CopyField label={t('invitations.link')} value={created.url} />
          </Alert>
        ) : null}
      </PanelSection>
      <PanelSection title={t('invitations.listTitle')}>
        {invitations.length === 0 ? (
          <Text>{t('invitations.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('invitations.status')}</Table.Th>
                  <Table.Th scope="col">{t('invitations.expires')}</Table.Th>
                  <Table.Th scope="col">{t('members.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.map((invitation) => {
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
                            onClick={() => void withdraw(invitation)}
                            label={t('invitations.withdrawLabel', { email: invitation.email })}
                          >
                            {t('invitations.withdraw')}
                          </DangerButton>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PanelSection>
    </Stack>
  );
}
