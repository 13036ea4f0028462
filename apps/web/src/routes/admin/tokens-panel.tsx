import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ApiToken, CreatedApiToken } from '@pathwise/contracts';
import { ROLES, type Role } from '@pathwise/core/identity';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { checkRequired } from '../../session/validate.ts';
import { RevocableListPanel } from './revocable-list-panel.tsx';
import { RoleSelect } from './role-select.tsx';
import { useRevocableList } from './use-revocable-list.ts';

/** API tokens: create one (its secret shown once), see the live ones, revoke. */
export function TokensPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const tokens = useRevocableList<ApiToken, CreatedApiToken>(`/api/orgs/${orgId}/tokens`, 'tokens');
  const { action, created } = tokens;
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('admin');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkRequired(t, name);
    setProblem(missing);
    if (missing) return;
    if (await tokens.create({ name: name.trim(), role })) setName('');
  }

  return (
    <RevocableListPanel
      title={t('tokens.title')}
      intro={t('tokens.intro')}
      onSubmit={submit}
      form={
        <Group align="start" gap="sm">
          <TextInput
            label={t('tokens.name')}
            placeholder={t('tokens.namePlaceholder')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem}
            style={{ flex: '1 1 240px' }}
          />
          <RoleSelect label={t('fields.role')} roles={ROLES} value={role} onChange={setRole} />
          <Button type="submit" loading={action.busy} mt={{ base: 0, sm: 25 }}>
            {t('tokens.submit')}
          </Button>
        </Group>
      }
      error={tokens.error}
      status={action.status}
      created={
        created ? (
          <Alert
            color="orange"
            variant="light"
            title={t('tokens.createdTitle')}
            icon={<IconAlertTriangle aria-hidden="true" />}
          >
            <Stack gap="sm">
              <Text size="sm">{t('tokens.createdWarning')}</Text>
              <CopyField label={t('tokens.token')} value={created.token} />
            </Stack>
          </Alert>
        ) : null
      }
      listTitle={t('tokens.listTitle')}
    >
      <ListTable
        headers={[
          t('tokens.name'),
          t('fields.role'),
          t('tokens.prefix'),
          t('tokens.created'),
          t('tokens.lastUsed'),
          t('members.actions'),
        ]}
        items={tokens.items}
        empty={t('tokens.empty')}
        minWidth={640}
        row={(token) => (
          <Table.Tr key={token.id}>
            <Table.Th scope="row" fw={600}>
              {token.name}
            </Table.Th>
            <Table.Td>{t(`roles.${token.role}`)}</Table.Td>
            <Table.Td>
              <Code>{token.prefix}…</Code>
            </Table.Td>
            <Table.Td>{formatDate(token.createdAt, i18n.language)}</Table.Td>
            <Table.Td>
              {token.lastUsedAt ? formatDate(token.lastUsedAt, i18n.language, true) : t('tokens.neverUsed')}
            </Table.Td>
            <Table.Td>
              <DangerButton
                onClick={() => void tokens.revoke(token, t('tokens.revoked', { name: token.name }))}
                label={t('tokens.revokeLabel', { name: token.name })}
              >
                {t('tokens.revoke')}
              </DangerButton>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </RevocableListPanel>
  );
}
