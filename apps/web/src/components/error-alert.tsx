import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';

/** The error of a failed request, in the reader's language, announced at once. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t('errors.title')}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      {errorMessage(t, error)}
    </Alert>
  );
}
