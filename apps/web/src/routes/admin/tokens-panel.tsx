import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { type ApiToken, type CreatedApiToken, ROLES, type Role } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { checkRequired } from '../../session/validate.ts';
import { PanelSection } from './panel-section.tsx';
import { RoleSelect } from './role-select.tsx';

/** API tokens: create one (its secret shown once), see the live ones, revoke. */
export function TokensPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const list = useApiData<{ tokens: ApiToken[] }>(`/api/orgs/${orgId}/tokens`);
  const action = useAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('admin');
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkRequired(t, name);
    setProblem(missing);
    if (missing) return;
    setCreated(null);
    const ok = await action.run(async () => {
      setCreated(
        await api<CreatedApiToken>('POST', `/api/orgs/${orgId}/tokens`, { name: name.trim(), role }),
      );
    });
    if (ok) setName('');
    await list.reload();
  }

  async function revoke(token: ApiToken) {
    await action.run(
      () => api('DELETE', `/api/orgs/${orgId}/tokens/${token.id}`),
      () => t('tokens.revoked', { name: token.name }),
    );
    if (created?.id === token.id) setCreated(null);
    await list.reload();
  }

  const tokens = list.data?.tokens ?? [];
  return (
    <Stack gap="xl">
      <PanelSection title={t('tokens.title')} intro={t('tokens.intro')}>
        <form onSubmit={submit} noValidate>
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
        </form>
        <ErrorAlert error={list.error ?? action.error} />
        <StatusMessage message={action.status} />
        {created ? (
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
        ) : null}
      </PanelSection>
      <PanelSection title={t('tokens.listTitle')}>
        {tokens.length === 0 ? (
          <Text>{t('tokens.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tokens.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.prefix')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.created')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('members.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
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
                      {token.lastUsedAt
                        ? formatDate(token.lastUsedAt, i18n.language, true)
                        : t('tokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <DangerButton
                        onClick={() => void revoke(token)}
                        label={t('tokens.revokeLabel', { name: token.name })}
                      >
                        {t('tokens.revoke')}
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
