import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';

interface RevokeCredentialDialogProps {
  /** The achievement and learner of the credential; the dialog is closed when null. */
  target: { achievement: string; learner: string } | null;
  busy: boolean;
  error: unknown;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/**
 * Asks for the reason before a credential is revoked (it cannot be undone, and verifiers will see it).
 * NOTE: the header is a `div`, as in ConfirmDialog: Mantine's `<header>` counts as a second banner landmark.
 */
export function RevokeCredentialDialog({
  target,
  busy,
  error,
  onConfirm,
  onCancel,
}: RevokeCredentialDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (target) {
      setReason('');
      setMissing(false);
    }
  }, [target]);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  }
  return (
    <Modal.Root opened={target !== null} onClose={onCancel} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={650}>
            {t('credentials.admin.issued.dialogTitle', { achievement: target?.achievement ?? '' })}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text>{t('credentials.admin.issued.dialogText', { learner: target?.learner ?? '' })}</Text>
              <Textarea
                label={t('credentials.admin.issued.reason')}
                description={t('credentials.admin.issued.reasonHint')}
                required
                data-autofocus
                maxLength={500}
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  if (e.currentTarget.value.trim()) setMissing(false);
                }}
                error={missing ? t('credentials.admin.issued.reasonRequired') : null}
              />
              <ErrorAlert error={error} />
              <Group justify="end">
                <Button variant="default" onClick={onCancel}>
                  {t('credentials.admin.form.cancel')}
                </Button>
                <Button type="submit" color="red.9" loading={busy}>
                  {t('credentials.admin.issued.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
