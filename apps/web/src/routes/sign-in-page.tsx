import { Anchor, Button, Center, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/error-alert.tsx';
import { FormCard } from '../components/form-card.tsx';
import { Page } from '../components/page.tsx';
import { DeletionNotice } from '../features/account/deletion-notice.tsx';
import { landingPath, safeNext } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';
import { checkEmail, checkRequired, focusFirstInvalid, problemsOf } from '../session/validate.ts';

/** `/sign-in`: email and password; afterwards the page asked for (`?next=`) or the person's home. */
export function SignInPage() {
  const { t } = useTranslation();
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  if (me && !busy) return <Navigate to={next ?? landingPath(me)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOf({ email: checkEmail(t, email), password: checkRequired(t, password) });
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form.current);
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(email.trim(), password);
      navigate(next ?? landingPath(signedIn), { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const signUpLink = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <Center>
      <FormCard>
        <Page title={t('signIn.title')} intro={t('signIn.intro')}>
          <form ref={form} onSubmit={submit} noValidate>
            <Stack>
              <DeletionNotice />
              <ErrorAlert error={error} />
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={problems.email}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }}
                label={t('fields.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={problems.password}
              />
              <Button type="submit" loading={busy} size="md" fullWidth>
                {t('signIn.submit')}
              </Button>
              <Text size="sm" ta="center">
                {t('signIn.noAccount')}{' '}
                <Anchor component={Link} to={signUpLink} fw={600}>
                  {t('signIn.createAccount')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Page>
      </FormCard>
    </Center>
  );
}
