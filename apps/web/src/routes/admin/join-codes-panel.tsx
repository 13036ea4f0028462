import { Alert, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import type { JoinCode } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { PanelSection } from './panel-section.tsx';
import { RoleSelect } from './role-select.tsx';

type CodeRole = JoinCode['role'];

interface JoinCodesPanelProps {
  orgId: string;
  /** The roles this person may hand out with a code (teachers: learners only). */
  roles: readonly CodeRole[];
}

/** The link that fills in a join code for whoever opens it. */
export function joinLinkOf(code: string): string {
  return `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
}

/** Create a join code (role, optional use limit and expiry), and the live codes with their links. */
export function JoinCodesPanel({ orgId, roles }: JoinCodesPanelProps) {
  const { t, i18n } = useTranslation();
  const list = useApiData<{ joinCodes: JoinCode[] }>(`/api/orgs/${orgId}/join-codes`);
  const action = useAction();
  const [role, setRole] = useState<CodeRole>(roles[0] ?? 'learner');
  const [maxUses, setMaxUses] = useState<string | number>('');
  const [expiresInDays, setExpiresInDays] = useState<string | number>('');
  const [created, setCreated] = useState<JoinCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const body = {
      role,
      ...(typeof maxUses === 'number' ? { maxUses } : {}),
      ...(typeof expiresInDays === 'number' ? { expiresInDays } : {}),
    };
    await action.run(async () => {
      setCreated(await api<JoinCode>('POST', `/api/orgs/${orgId}/join-codes`, body));
    });
    await list.reload();
  }

  async function revoke(joinCode: JoinCode) {
    await action.run(
      () => api('DELETE', `/api/orgs/${orgId}/join-codes/${joinCode.id}`),
      () => t('joinCodes.revoked', { code: joinCode.code }),
    );
    if (created?.id === joinCode.id) setCreated(null);
    await list.reload();
  }

  // A teacher hands out learner codes only, so only those are theirs to share or revoke here.
  const codes = (list.data?.joinCodes ?? []).filter((joinCode) => roles.includes(joinCode.role));
  return (
    <Stack gap="xl">
      <PanelSection title={t('joinCodes.title')} intro={t('joinCodes.intro')}>
        <form onSubmit={submit} noValidate>
          <Group align="end" gap="sm">
            {roles.length > 1 ? (
              <RoleSelect
                label={t('fields.role')}
                roles={roles}
                value={role}
                onChange={(r) => setRole(r as CodeRole)}
              />
            ) : null}
            <NumberInput
              label={t('joinCodes.maxUses')}
              min={1}
              max={100000}
              allowDecimal={false}
              allowNegative={false}
              value={maxUses}
              onChange={setMaxUses}
              w={200}
            />
            <NumberInput
              label={t('joinCodes.expiresInDays')}
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              value={expiresInDays}
              onChange={setExpiresInDays}
              w={200}
            />
            <Button type="submit" loading={action.busy}>
              {t('joinCodes.submit')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={list.error ?? action.error} />
        <StatusMessage message={action.status} />
        {created ? (
          <Alert color="pathwise" variant="light" title={t('joinCodes.created', { code: created.code })}>
            <CopyField label={t('joinCodes.link')} value={joinLinkOf(created.code)} />
          </Alert>
        ) : null}
      </PanelSection>
      <PanelSection title={t('joinCodes.listTitle')}>
        {codes.length === 0 ? (
          <Text>{t('joinCodes.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('joinCodes.code')}</Table.Th>
                  <Table.Th scope="col">{t('fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('joinCodes.uses')}</Table.Th>
                  <Table.Th scope="col">{t('joinCodes.expires')}</Table.Th>
                  <Table.Th scope="col">{t('members.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {codes.map((joinCode) => (
                  <Table.Tr key={joinCode.id}>
                    <Table.Th scope="row">
                      <span className="code-chip">{joinCode.code}</span>
                    </Table.Th>
                    <Table.Td>{t(`roles.${joinCode.role}`)}</Table.Td>
                    <Table.Td>
                      {joinCode.maxUses === null
                        ? joinCode.uses
                        : t('joinCodes.usesOf', { uses: joinCode.uses, max: joinCode.maxUses })}
                    </Table.Td>
                    <Table.Td>
                      {joinCode.expiresAt
                        ? formatDate(joinCode.expiresAt, i18n.language)
                        : t('joinCodes.never')}
                    </Table.Td>
                    <Table.Td>
                      <DangerButton
                        onClick={() => void revoke(joinCode)}
                        label={t('joinCodes.revokeLabel', { code: joinCode.code })}
                      >
                        {t('joinCodes.revoke')}
                      </DangerButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PanelSection>
    </Stack>
  );
}
