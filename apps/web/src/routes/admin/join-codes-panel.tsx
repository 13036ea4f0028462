import { Alert, Button, Group, NumberInput, Table } from '@mantine/core';
import type { JoinCode } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { joinLinkOf } from '../../navigation/page-paths.ts';
import { RevocableListPanel } from './revocable-list-panel.tsx';
import { RoleSelect } from './role-select.tsx';
import { useRevocableList } from './use-revocable-list.ts';

type CodeRole = JoinCode['role'];

interface JoinCodesPanelProps {
  orgId: string;
  /** The roles this person may hand out with a code (teachers: learners only). */
  roles: readonly CodeRole[];
}

/** Create a join code (role, optional use limit and expiry), and the live codes with their links. */
export function JoinCodesPanel({ orgId, roles }: JoinCodesPanelProps) {
  const { t, i18n } = useTranslation();
  const joinCodes = useRevocableList<JoinCode, JoinCode>(`/api/orgs/${orgId}/join-codes`, 'joinCodes');
  const { action, created } = joinCodes;
  const [role, setRole] = useState<CodeRole>(roles[0] ?? 'learner');
  const [maxUses, setMaxUses] = useState<string | number>('');
  const [expiresInDays, setExpiresInDays] = useState<string | number>('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await joinCodes.create({
      role,
      ...(typeof maxUses === 'number' ? { maxUses } : {}),
      ...(typeof expiresInDays === 'number' ? { expiresInDays } : {}),
    });
  }

  // A teacher hands out learner codes only, so only those are theirs to share or revoke here.
  const codes = joinCodes.items.filter((joinCode) => roles.includes(joinCode.role));
  return (
    <RevocableListPanel
      title={t('joinCodes.title')}
      intro={t('joinCodes.intro')}
      onSubmit={submit}
      form={
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
      }
      error={joinCodes.error}
      status={action.status}
      created={
        created ? (
          <Alert color="pathwise" variant="light" title={t('joinCodes.created', { code: created.code })}>
            <CopyField label={t('joinCodes.link')} value={joinLinkOf(created.code)} />
          </Alert>
        ) : null
      }
      listTitle={t('joinCodes.listTitle')}
    >
      <ListTable
        headers={[
          t('joinCodes.code'),
          t('fields.role'),
          t('joinCodes.uses'),
          t('joinCodes.expires'),
          t('members.actions'),
        ]}
        items={codes}
        empty={t('joinCodes.empty')}
        minWidth={560}
        row={(joinCode) => (
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
              {joinCode.expiresAt ? formatDate(joinCode.expiresAt, i18n.language) : t('joinCodes.never')}
            </Table.Td>
            <Table.Td>
              <DangerButton
                onClick={() =>
                  void joinCodes.revoke(joinCode, t('joinCodes.revoked', { code: joinCode.code }))
                }
                label={t('joinCodes.revokeLabel', { code: joinCode.code })}
              >
                {t('joinCodes.revoke')}
              </DangerButton>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </RevocableListPanel>
  );
}
