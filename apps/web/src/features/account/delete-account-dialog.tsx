import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { accountApi, accountPaths } from './account-api.ts';

interface DeleteAccountDialogProps {
  opened: boolean;
  memberships: readonly Membership[];
  onClose(): void;
}

/** Names of the organizations a `last_admin` refusal lists (`organizations/<id>`), from the person's memberships. */
function orphanedOrganizations(error: ApiError, memberships: readonly Membership[]): string {
  const ids = error.errors.map((e) => e.field.replace(/^organizations\//, ''));
  return memberships
    .filter((m) => ids.includes(m.orgId))
    .map((m) => m.orgName)
    .join(', ');
}

/**
 * Asks for the current password before deleting the account. A wrong password shows on the field; being the only
 * administrator of an organization names it. On success the whole app reloads at sign-in, with a message.
 * NOTE: the header is a `div`: Mantine's default `<header>` counts as a second banner landmark for axe-core.
 */
export function DeleteAccountDialog({ opened, memberships, onClose }: DeleteAccountDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wrongPassword =
    error instanceof ApiError &&
    error.code === 'validation_failed' &&
    error.fieldNames().includes('password');
  const onlyAdmin = error instanceof ApiError && error.code === 'last_admin' ? error : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) return;
    setBusy(true);
    setError(null);
    try {
      await accountApi.deleteAccount(password);
      // A full load drops everything this tab held about the person.
      setCsrfToken(null);
      window.location.assign(accountPaths.afterDeletion);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  function close() {
    setPassword('');
    setError(null);
    onClose();
  }

  return (
    <Modal.Root opened={opened} onClose={close} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={650}>{t('account.delete.dialogTitle')}</Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text>{t('account.delete.dialogText')}</Text>
              {onlyAdmin ? (
                <Alert role="alert" color="red" variant="light">
                  {t('account.delete.onlyAdmin', {
                    organizations: orphanedOrganizations(onlyAdmin, memberships),
                  })}
                </Alert>
              ) : wrongPassword ? null : (
                <ErrorAlert error={error} />
              )}
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }}
                label={t('account.delete.password')}
                autoComplete="current-password"
                required
                data-autofocus
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={wrongPassword ? t('account.delete.wrongPassword') : undefined}
              />
              <Group justify="end">
                <Button variant="default" onClick={close}>
                  {t('account.delete.cancel')}
                </Button>
                <Button type="submit" color="red.9" loading={busy} disabled={!password}>
                  {t('account.delete.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
