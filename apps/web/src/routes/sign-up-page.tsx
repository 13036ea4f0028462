import { Alert, Anchor, Button, Center, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { OrgSignupMode, OrgSignupPolicy } from '@pathwise/contracts';
import type { Locale } from '@pathwise/core/identity';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { useApiData } from '../api/use-api-data.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { FormCard } from '../components/form-card.tsx';
import { Page } from '../components/page.tsx';
import { fieldErrors } from '../i18n/error-message.ts';
import { landingPath, safeNext } from '../session/home-path.ts';
import { passwordFeedbackMessage } from '../session/password-feedback.ts';
import { type SignUpInput, useSession } from '../session/session-context.tsx';
import { useInvitationPreview } from '../session/use-invitation-preview.ts';
import {
  checkEmail,
  checkNewPassword,
  checkRequired,
  focusFirstInvalid,
  problemsOf,
} from '../session/validate.ts';

type Purpose = 'learn' | 'hire' | 'organize';

/**
 * `/sign-up`: name, email, password and what the person comes for. `?code=` joins with a join code,
 * `?invitation=` accepts an invitation (its email is fixed), otherwise they may create an organization.
 */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const { me, signUp } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invitationToken = params.get('invitation');
  const invitation = useInvitationPreview(invitationToken).data;
  // Until the server says otherwise, offer it as open: the server refuses a sign-up that may not create one.
  const orgSignup = useApiData<OrgSignupPolicy>('/api/orgs/signup-policy').data?.orgSignup ?? 'open';
  const next = safeNext(params.get('next'));
  const [name, setName] = useState('');
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('learn');
  const [joinCode, setJoinCode] = useState(params.get('code') ?? '');
  const [organizationName, setOrganizationName] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  if (me && !busy) return <Navigate to={next ?? landingPath(me)} replace />;
  const invited = invitation?.status === 'open' ? invitation : null;

  function input(): SignUpInput {
    const base = {
      name: name.trim(),
      email: (invited?.email ?? email).trim(),
      password,
      locale: (i18n.resolvedLanguage ?? 'en') as Locale,
    };
    if (invited && invitationToken) return { ...base, invitationToken };
    // With a code (ORG_SIGNUP=invite) the organization is created after sign-up, on the start page.
    if (purpose === 'organize' && orgSignup === 'invite') return base;
    if (purpose === 'organize') return { ...base, organizationName: organizationName.trim() };
    if (purpose === 'hire') return { ...base, role: 'employer' };
    return { ...base, role: 'learner', ...(joinCode.trim() ? { joinCode: joinCode.trim() } : {}) };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = input();
    const found = problemsOf({
      name: checkRequired(t, name),
      email: checkEmail(t, body.email),
      password: checkNewPassword(t, password),
      organizationName:
        purpose === 'organize' && !invited && orgSignup === 'open'
          ? checkRequired(t, organizationName)
          : null,
    });
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form.current);
    setBusy(true);
    setError(null);
    setNotice(false);
    try {
      const created = await signUp(body);
      navigate(next ?? landingPath(created), { replace: true });
    } catch (caught) {
      // The account could not be signed in after sign-up: the address already had one (it was told by mail).
      if (caught instanceof ApiError && caught.code === 'invalid_credentials') {
        setNotice(true);
        setBusy(false);
        return;
      }
      setError(caught);
      const passwordReason = passwordFeedbackMessage(t, caught);
      setProblems({ ...fieldErrors(t, caught), ...(passwordReason ? { password: passwordReason } : {}) });
      setBusy(false);
      focusFirstInvalid(form.current);
    }
  }

  return (
    <Center>
      <FormCard>
        <Page title={t('signUp.title')} intro={t('signUp.intro')}>
          <form ref={form} onSubmit={submit} noValidate>
            <Stack>
              {invited ? (
                <Alert color="pathwise" variant="light">
                  {t('signUp.invitedTo', { orgName: invited.orgName, role: t(`roles.${invited.role}`) })}
                </Alert>
              ) : null}
              <ErrorAlert error={error} />
              {notice ? (
                <Alert color="pathwise" variant="light" role="status">
                  {t('account.signUpCheckMail')}
                </Alert>
              ) : null}
              <TextInput
                label={t('fields.name')}
                autoComplete="name"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={problems.name}
              />
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                readOnly={Boolean(invited)}
                value={invited?.email ?? email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={problems.email}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }}
                label={t('fields.password')}
                description={t('fields.passwordHint')}
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={problems.password}
              />
              {invited ? null : (
                <PurposeFields
                  purpose={purpose}
                  onPurpose={setPurpose}
                  joinCode={joinCode}
                  onJoinCode={setJoinCode}
                  organizationName={organizationName}
                  onOrganizationName={setOrganizationName}
                  orgSignup={orgSignup}
                  problems={problems}
                />
              )}
              <Button type="submit" loading={busy} size="md" fullWidth>
                {t('signUp.submit')}
              </Button>
              <Text size="sm" ta="center">
                {t('signUp.haveAccount')}{' '}
                <Anchor
                  component={Link}
                  to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}
                  fw={600}
                >
                  {t('signUp.signIn')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Page>
      </FormCard>
    </Center>
  );
}

interface PurposeFieldsProps {
  purpose: Purpose;
  onPurpose(purpose: Purpose): void;
  joinCode: string;
  onJoinCode(value: string): void;
  organizationName: string;
  onOrganizationName(value: string): void;
  orgSignup: OrgSignupMode;
  problems: Record<string, string>;
}

function PurposeFields(props: PurposeFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('signUp.purpose')}
        value={props.purpose}
        onChange={(value) => props.onPurpose(value as Purpose)}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="learn" label={t('signUp.purposeLearn')} description={t('signUp.purposeLearnHint')} />
          <Radio value="hire" label={t('signUp.purposeHire')} description={t('signUp.purposeHireHint')} />
          {props.orgSignup === 'open' || props.orgSignup === 'invite' ? (
            <Radio
              value="organize"
              label={t('signUp.purposeOrganize')}
              description={
                props.orgSignup === 'invite'
                  ? t('signUp.purposeOrganizeInvite')
                  : t('signUp.purposeOrganizeHint')
              }
            />
          ) : null}
        </Stack>
      </Radio.Group>
      {props.purpose === 'learn' ? (
        <TextInput
          label={t('fields.joinCode')}
          description={t('fields.joinCodeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          value={props.joinCode}
          onChange={(e) => props.onJoinCode(e.currentTarget.value)}
          error={props.problems.joinCode}
        />
      ) : null}
      {props.purpose === 'organize' && props.orgSignup === 'open' ? (
        <TextInput
          label={t('fields.organizationName')}
          required
          autoComplete="organization"
          value={props.organizationName}
          onChange={(e) => props.onOrganizationName(e.currentTarget.value)}
          error={props.problems.organizationName}
        />
      ) : null}
    </>
  );
}
