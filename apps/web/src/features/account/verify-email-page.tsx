import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormCard } from '../../components/form-card.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../session/session-context.tsx';
import { accountApi, accountPaths } from './account-api.ts';

type Outcome =
  | { kind: 'checking' }
  | { kind: 'done'; email: string }
  | { kind: 'failed' }
  | { kind: 'missing' };

/** `/verify-email?token=…`: the page the verification mail links to; it confirms the address once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [outcome, setOutcome] = useState<Outcome>(token ? { kind: 'checking' } : { kind: 'missing' });
  const sent = useRef(false);
  useEffect(() => {
    // NOTE: once only, even when React runs effects twice: the link works once.
    if (!token || sent.current) return;
    sent.current = true;
    accountApi.verifyEmail(token).then(
      (result) => setOutcome({ kind: 'done', email: result.email }),
      () => setOutcome({ kind: 'failed' }),
    );
  }, [token]);
  return (
    <Center>
      <FormCard>
        <Page title={t('account.verify.pageTitle')}>
          <Stack align="flex-start">
            {outcome.kind === 'checking' ? (
              <Stack align="center" gap="xs" role="status">
                <Loader size="sm" aria-hidden="true" />
                <Text>{t('account.verify.checking')}</Text>
              </Stack>
            ) : null}
            {outcome.kind === 'done' ? (
              <Alert color="teal" variant="light" role="status">
                {t('account.verify.done', { email: outcome.email })}
              </Alert>
            ) : null}
            {outcome.kind === 'failed' ? (
              <Alert color="red" variant="light" role="alert">
                <Text>{t('account.verify.failed')}</Text>
                <Text>{t('account.verify.failedHint')}</Text>
              </Alert>
            ) : null}
            {outcome.kind === 'missing' ? <Text>{t('account.verify.missing')}</Text> : null}
            {outcome.kind !== 'checking' ? (
              <Button component={Link} to={me ? accountPaths.account : '/sign-in'}>
                {t('account.verify.continue')}
              </Button>
            ) : null}
          </Stack>
        </Page>
      </FormCard>
    </Center>
  );
}
