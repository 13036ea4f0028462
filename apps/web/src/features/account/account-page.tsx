import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../session/session-context.tsx';
import { EmailSettingCard } from '../messages/email-setting-card.tsx';
import { accountApi } from './account-api.ts';
import { DeleteAccountDialog } from './delete-account-dialog.tsx';
import { EmailVerificationNotice } from './email-verification-notice.tsx';

/** `/account`: the signed-in person's details, the download of all their data, and deleting the account. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [deleting, setDeleting] = useState(false);
  if (!me) return null;
  return (
    <Page title={t('account.title')} intro={t('account.intro')}>
      <Stack gap="xl" maw={760}>
        {me.user.emailVerified ? null : <EmailVerificationNotice email={me.user.email} />}
        <section aria-labelledby="account-details">
          <Title order={2} size="h3" id="account-details" mb="sm">
            {t('account.details.title')}
          </Title>
          <Table variant="vertical" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('account.details.name')}</Table.Th>
                <Table.Td>{me.user.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.details.email')}</Table.Th>
                <Table.Td>
                  {me.user.email}
                  {me.user.emailVerified ? (
                    <Badge ml="sm" color="teal" variant="light">
                      {t('account.verify.verified')}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="account-download">
          <Title order={2} size="h3" id="account-download" mb="sm">
            {t('account.download.title')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Text>{t('account.download.text')}</Text>
            <Button
              component="a"
              href={accountApi.exportFile}
              download
              leftSection={<IconDownload size={18} aria-hidden="true" />}
            >
              {t('account.download.button')}
            </Button>
          </Stack>
        </section>
        <EmailSettingCard />
        <Paper component="section" aria-labelledby="account-delete" withBorder p="lg" radius="md">
          <Title order={2} size="h3" id="account-delete" mb="sm">
            {t('account.delete.title')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Text>{t('account.delete.text')}</Text>
            <Text fw={600}>{t('account.delete.credentials')}</Text>
            <Button
              color="red.9"
              variant="outline"
              leftSection={<IconTrash size={18} aria-hidden="true" />}
              onClick={() => setDeleting(true)}
            >
              {t('account.delete.button')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
      <DeleteAccountDialog
        opened={deleting}
        memberships={me.memberships}
        onClose={() => setDeleting(false)}
      />
    </Page>
  );
}
