import { Alert, Badge, Stack } from '@mantine/core';
import type { OpenedShare } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { credentialPaths } from './credentials-api.ts';
import { VerifiedCredential } from './verified-credential.tsx';

/**
 * `/verify/share/:token`: the credentials a learner shared, each meaning first (what it certifies, who issued it,
 * when), then one plain verdict, then its checks folded.
 */
export function SharePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  // The criteria and skill names come in the reader's language (the signed words stay as issued).
  const share = useApiData<OpenedShare>(
    credentialPaths.share(token, i18n.language.startsWith('es') ? 'es' : 'en'),
  );
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <Page title={t('credentials.share.title')}>
      {share.loading ? <LoadingState /> : null}
      {share.error instanceof ApiError && share.error.status === 404 ? (
        <Alert color="red" variant="light" role="alert">
          {t('credentials.share.notFound')}
        </Alert>
      ) : (
        <ErrorAlert error={share.error} />
      )}
      {share.data?.status === 'revoked' ? (
        <Alert color="red" variant="light" role="alert">
          {t('credentials.share.revoked')}
        </Alert>
      ) : null}
      {share.data?.status === 'expired' ? (
        <Alert color="red" variant="light" role="alert">
          {t('credentials.share.expired', { date: date(share.data.expiresAt) })}
        </Alert>
      ) : null}
      {share.data?.status === 'ok' ? (
        <Stack>
          <p>
            {t('credentials.share.from', { name: share.data.learnerName, date: date(share.data.expiresAt) })}
          </p>
          {share.data.credentials.map((c) => (
            <VerifiedCredential
              key={c.id}
              id={`cred-${c.id}`}
              document={c.document}
              verification={c.verification}
              words={c.words}
              titleOrder={2}
              fallbackName={c.achievementName}
              aside={
                <Badge color={c.state === 'active' ? 'teal.9' : 'red.9'}>
                  {t(`credentials.share.state.${c.state}`)}
                </Badge>
              }
            />
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
