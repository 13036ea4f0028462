import { Anchor, Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import type { IssuerInfo } from '@pathwise/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { credentialAdminPaths } from './credentials-api.ts';

const STATUS_COLOR = { active: 'teal.9', retired: 'gray.7', revoked: 'red.9' } as const;

/** The key that signs the organization's credentials: its DID, the key history, and rotation. */
export function IssuerKeysPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const issuer = useApiData<IssuerInfo>(credentialAdminPaths.issuer(orgId));
  const action = useAction();
  const [asking, setAsking] = useState(false);
  const date = (iso: string) => formatDate(iso, i18n.language, true);

  async function rotate() {
    setAsking(false);
    await action.run(
      () => api('POST', credentialAdminPaths.rotate(orgId)),
      () => t('credentials.admin.issuer.done'),
    );
    await issuer.reload();
  }

  const info = issuer.data;
  // Newest first: the active key leads, the retired ones follow.
  const keys = [...(info?.keys ?? [])].reverse();
  return (
    <Stack gap="xl">
      <PanelSection title={t('credentials.admin.issuer.title')} intro={t('credentials.admin.issuer.intro')}>
        <ErrorAlert error={issuer.error ?? action.error} />
        <StatusMessage message={action.status} />
        {issuer.loading && !info ? <LoadingState /> : null}
        {info ? (
          <Stack gap="sm" maw={760}>
            <CopyField label={t('credentials.admin.issuer.did')} value={info.did} />
            <Anchor href={info.didDocumentUrl} target="_blank" rel="noreferrer" w="fit-content">
              {t('credentials.admin.issuer.document')}
            </Anchor>
            <Button
              color="red.9"
              variant="outline"
              w="fit-content"
              leftSection={<IconRefresh size={18} aria-hidden="true" />}
              loading={action.busy}
              onClick={() => setAsking(true)}
            >
              {t('credentials.admin.issuer.rotate')}
            </Button>
          </Stack>
        ) : null}
      </PanelSection>
      {info ? (
        <PanelSection title={t('credentials.admin.issuer.historyTitle')}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('credentials.admin.issuer.key')}</Table.Th>
                  <Table.Th scope="col">{t('credentials.admin.issuer.status')}</Table.Th>
                  <Table.Th scope="col">{t('credentials.admin.issuer.created')}</Table.Th>
                  <Table.Th scope="col">{t('credentials.admin.issuer.retired')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((k) => (
                  <Table.Tr key={k.id} data-testid="issuer-key" data-status={k.status}>
                    <Table.Th scope="row" fw={400}>
                      <Code style={{ wordBreak: 'break-all' }}>{keyFragment(k.id)}</Code>
                      {keyFragment(k.id) === `#${k.publicKeyMultibase}` ? null : (
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                          {k.publicKeyMultibase}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[k.status]}>
                        {t(`credentials.admin.issuer.state.${k.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{date(k.createdAt)}</Table.Td>
                    <Table.Td>
                      {k.retiredAt ? date(k.retiredAt) : t('credentials.admin.issuer.inUse')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </PanelSection>
      ) : null}
      <ConfirmDialog
        opened={asking}
        title={t('credentials.admin.issuer.dialogTitle')}
        text={t('credentials.admin.issuer.dialogText')}
        confirmLabel={t('credentials.admin.issuer.confirm')}
        onConfirm={() => void rotate()}
        onCancel={() => setAsking(false)}
      />
    </Stack>
  );
}

/** The key's own part of its DID URL (`#key-…`), which tells keys apart; the DID is shown above. */
function keyFragment(verificationMethod: string): string {
  const hash = verificationMethod.indexOf('#');
  return hash >= 0 ? verificationMethod.slice(hash) : verificationMethod;
}
