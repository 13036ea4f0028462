import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';

interface RevokeCredentialDialogProps {
  /** Revoke an active credential, or re-award a revoked one (both ask for the reason). */
  kind?: 'revoke' | 'reissue';
  /** The achievement and learner of the credential; the dialog is closed when null. */
  target: { achievement: string; learner: string } | null;
  busy: boolean;
  error: unknown;
  onConfirm(reason: string): void;
  onCancel(): void;
}

const TEXTS = {
  revoke: {
    title: 'credentials.admin.issued.dialogTitle',
    text: 'credentials.admin.issued.dialogText',
    reason: 'credentials.admin.issued.reason',
    hint: 'credentials.admin.issued.reasonHint',
    required: 'credentials.admin.issued.reasonRequired',
    confirm: 'credentials.admin.issued.confirm',
    color: 'red.9',
  },
  reissue: {
    title: 'credentials.admin.issued.reissueTitle',
    text: 'credentials.admin.issued.reissueText',
    reason: 'credentials.admin.issued.reissueReason',
    hint: 'credentials.admin.issued.reissueReasonHint',
    required: 'credentials.admin.issued.reissueReasonRequired',
    confirm: 'credentials.admin.issued.reissueConfirm',
    color: undefined,
  },
} as const;

/**
 * Asks for the reason before a credential is revoked (it cannot be undone, and verifiers will see it), or before
 * a revoked one is re-awarded (the reason becomes the new credential's evidence).
 * NOTE: the header is a `div`, as in ConfirmDialog: Mantine's `<header>` counts as a second banner landmark.
 */
export function RevokeCredentialDialog({
  kind = 'revoke',
  target,
  busy,
  error,
  onConfirm,
  onCancel,
}: RevokeCredentialDialogProps) {
  const { t } = useTranslation();
  const texts = TEXTS[kind];
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
          <Modal.Title fw={650}>{t(texts.title, { achievement: target?.achievement ?? '' })}</Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text>{t(texts.text, { learner: target?.learner ?? '' })}</Text>
              <Textarea
                label={t(texts.reason)}
                description={t(texts.hint)}
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
                error={missing ? t(texts.required) : null}
              />
              <ErrorAlert error={error} />
              <Group justify="end">
                <Button variant="default" onClick={onCancel}>
                  {t('credentials.admin.form.cancel')}
                </Button>
                <Button type="submit" color={texts.color} loading={busy}>
                  {t(texts.confirm)}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
