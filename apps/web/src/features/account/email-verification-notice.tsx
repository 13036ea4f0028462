import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { accountApi } from './account-api.ts';

/** Says that the address is not verified yet, with "send the link again" (rate limited by the server). */
export function EmailVerificationNotice({ email }: { email: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | 'tooMany'>('idle');
  const [error, setError] = useState<unknown>(null);
  async function resend() {
    setState('busy');
    setError(null);
    try {
      await accountApi.resendVerification();
      setState('sent');
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'rate_limited') return setState('tooMany');
      setError(caught);
      setState('idle');
    }
  }
  return (
    <Alert color="yellow" variant="light" title={t('account.verify.notVerified')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('account.verify.notVerifiedText', { email })}</Text>
        <ErrorAlert error={error} />
        <div role="status">
          {state === 'sent' ? <Text size="sm">{t('account.verify.resent', { email })}</Text> : null}
          {state === 'tooMany' ? <Text size="sm">{t('account.verify.tooMany')}</Text> : null}
        </div>
        <Button variant="default" loading={state === 'busy'} onClick={resend}>
          {t('account.verify.resend')}
        </Button>
      </Stack>
    </Alert>
  );
}
