import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { IssuedCredential, IssuedCredentialList } from '@pathwise/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { credentialAdminPaths } from './credentials-api.ts';
import { RevokeCredentialDialog } from './revoke-credential-dialog.tsx';

const STATE_COLOR = { active: 'teal.9', revoked: 'red.9', expired: 'gray.7' } as const;

/** Every credential the organization issued (learner, achievement, date, status), with revocation. */
export function IssuedCredentialsPanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const list = useApiData<IssuedCredentialList>(credentialAdminPaths.credentials(orgId));
  const action = useAction();
  const [target, setTarget] = useState<IssuedCredential | null>(null);
  const [reissuing, setReissuing] = useState<IssuedCredential | null>(null);
  // The row just revoked: its button is gone, so focus lands on the row, which now says why it was revoked.
  const [landing, setLanding] = useState<string | null>(null);
  useEffect(() => {
    if (landing) document.getElementById(`issued-${landing}`)?.focus();
  }, [landing]);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const learnerOf = (c: IssuedCredential) => c.learnerName ?? t('credentials.admin.issued.formerMember');

  async function revoke(credential: IssuedCredential, reason: string) {
    const ok = await action.run(
      () => api('POST', credentialAdminPaths.revoke(orgId, credential.id), { reason }),
      () =>
        t('credentials.admin.issued.done', {
          achievement: credential.achievementName,
          learner: learnerOf(credential),
        }),
    );
    if (ok) setTarget(null);
    await list.reload();
    if (ok) setLanding(credential.id);
  }

  async function reissue(credential: IssuedCredential, reason: string) {
    const ok = await action.run(
      () => api('POST', credentialAdminPaths.reissue(orgId, credential.id), { reason }),
      () =>
        t('credentials.admin.issued.reissued', {
          achievement: credential.achievementName,
          learner: learnerOf(credential),
        }),
    );
    if (ok) setReissuing(null);
    await list.reload();
    if (ok) setLanding(credential.id);
  }

  const credentials = list.data?.credentials ?? [];
  // Only the newest credential of a learner's achievement can be re-awarded (the list is newest first).
  const newest = new Set<string>();
  const seen = new Set<string>();
  for (const c of credentials) {
    const key = `${c.learnerId}/${c.achievementId}`;
    if (!seen.has(key)) newest.add(c.id);
    seen.add(key);
  }
  const dialogOpen = target !== null || reissuing !== null;
  return (
    <PanelSection title={t('credentials.admin.issued.title')} intro={t('credentials.admin.issued.intro')}>
      <ErrorAlert error={list.error ?? (dialogOpen ? null : action.error)} />
      <StatusMessage message={action.status} />
      {list.loading && !list.data ? <LoadingState /> : null}
      {list.data && credentials.length === 0 ? <Text>{t('credentials.admin.issued.empty')}</Text> : null}
      {credentials.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('credentials.admin.issued.learner')}</Table.Th>
                <Table.Th scope="col">{t('credentials.admin.issued.achievement')}</Table.Th>
                <Table.Th scope="col">{t('credentials.admin.issued.issued')}</Table.Th>
                <Table.Th scope="col">{t('credentials.admin.issued.status')}</Table.Th>
                <Table.Th scope="col">{t('credentials.admin.list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {credentials.map((c) => (
                <Table.Tr key={c.id} data-testid="issued-credential">
                  <Table.Th scope="row" fw={600} id={`issued-${c.id}`} tabIndex={-1}>
                    {learnerOf(c)}
                  </Table.Th>
                  <Table.Td>{c.achievementName}</Table.Td>
                  <Table.Td>{date(c.issuedAt)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="start">
                      <Badge color={STATE_COLOR[c.state]}>
                        {t(`credentials.admin.issued.state.${c.state}`)}
                      </Badge>
                      {c.state === 'revoked' && c.revokedAt ? (
                        <Text size="sm">
                          {t('credentials.admin.issued.revokedOn', {
                            date: date(c.revokedAt),
                            reason: c.revocationReason ?? '',
                          })}
                        </Text>
                      ) : null}
                      {c.state !== 'revoked' && c.validUntil ? (
                        <Text size="sm">
                          {t('credentials.admin.issued.validUntil', { date: date(c.validUntil) })}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {c.state === 'revoked' ? (
                      c.learnerId && newest.has(c.id) ? (
                        <Button
                          variant="default"
                          size="compact-sm"
                          onClick={() => setReissuing(c)}
                          aria-label={t('credentials.admin.issued.reissueLabel', {
                            achievement: c.achievementName,
                            learner: learnerOf(c),
                          })}
                        >
                          {t('credentials.admin.issued.reissue')}
                        </Button>
                      ) : null
                    ) : (
                      <DangerButton
                        onClick={() => setTarget(c)}
                        label={t('credentials.admin.issued.revokeLabel', {
                          achievement: c.achievementName,
                          learner: learnerOf(c),
                        })}
                      >
                        {t('credentials.admin.issued.revoke')}
                      </DangerButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <RevokeCredentialDialog
        target={target ? { achievement: target.achievementName, learner: learnerOf(target) } : null}
        busy={action.busy}
        error={target ? action.error : null}
        onConfirm={(reason) => target && void revoke(target, reason)}
        onCancel={() => setTarget(null)}
      />
      <RevokeCredentialDialog
        kind="reissue"
        target={reissuing ? { achievement: reissuing.achievementName, learner: learnerOf(reissuing) } : null}
        busy={action.busy}
        error={reissuing ? action.error : null}
        onConfirm={(reason) => reissuing && void reissue(reissuing, reason)}
        onCancel={() => setReissuing(null)}
      />
    </PanelSection>
  );
}
