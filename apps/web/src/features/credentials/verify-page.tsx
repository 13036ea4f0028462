import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CredentialVerification } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Page } from '../../components/page.tsx';
import { VerifiedCredential } from './verified-credential.tsx';

/** What `/verify` says of text that is not JSON: one failed check, as the server says of any non-credential. */
function notJson(message: string): CredentialVerification {
  return {
    verdict: 'failed',
    verified: false,
    checks: [{ name: 'well-formed', ok: false, message, reason: 'malformed' }],
    issuer: null,
    validFrom: null,
    validUntil: null,
    revokedAt: null,
    checkedAt: new Date().toISOString(),
  };
}

/**
 * `/verify`: anyone drops or pastes a credential file and sees what it certifies, one plain verdict, and every
 * check (folded).
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ document: unknown; verification: CredentialVerification } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | null) {
    setText(file ? await file.text() : '');
    setResult(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setResult({ document: null, verification: notJson(t('credentials.verify.notJson')) });
      return;
    }
    setBusy(true);
    try {
      const verification = await api<CredentialVerification>('POST', '/api/verify', parsed);
      setResult({ document: parsed, verification });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('credentials.verify.title')} intro={t('credentials.verify.intro')}>
      <form onSubmit={submit}>
        <Stack maw={720}>
          <div>
            <Text component="label" htmlFor="credential-file" fw={500} size="sm" display="block" mb={4}>
              {t('credentials.verify.fileLabel')}
            </Text>
            <input
              id="credential-file"
              type="file"
              accept="application/json,.json"
              onChange={(e) => void onFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <Textarea
            label={t('credentials.verify.pasteLabel')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={12}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          />
          <Button type="submit" loading={busy} disabled={text.trim() === ''} w="fit-content">
            {t('credentials.verify.submit')}
          </Button>
          <ErrorAlert error={error} />
          {result ? (
            <section aria-labelledby="verify-result">
              <Title order={2} id="verify-result" size="h3" mb="sm">
                {t('credentials.verify.resultTitle')}
              </Title>
              <VerifiedCredential
                id="verified"
                document={result.document}
                verification={result.verification}
                titleOrder={3}
              />
            </section>
          ) : null}
        </Stack>
      </form>
    </Page>
  );
}
