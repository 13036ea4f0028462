import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconMailOpened } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/api-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { FormCard } from '../components/form-card.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { Page } from '../components/page.tsx';
import { homePathOf } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';
import { useInvitationPreview } from '../session/use-invitation-preview.ts';

/** `/invite/:token`: what the invitation is for, and accepting it (signing up or in first when needed). */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { me, refresh, signOut } = useSession();
  const navigate = useNavigate();
  const { data: invitation, error: loadError, loading } = useInvitationPreview(token);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      const membership = await api<Membership>(
        'POST',
        `/api/invitations/${encodeURIComponent(token)}/accept`,
      );
      await refresh();
      navigate(homePathOf(membership));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  function body() {
    if (loading || me === undefined) return <LoadingState />;
    if (loadError || !invitation) return <Alert color="yellow">{t('invite.notFound')}</Alert>;
    if (invitation.status === 'accepted') return <Alert color="yellow">{t('invite.accepted')}</Alert>;
    if (invitation.status === 'expired') return <Alert color="yellow">{t('invite.expired')}</Alert>;
    const here = `/invite/${encodeURIComponent(token)}`;
    return (
      <Stack>
        <Group gap="sm" wrap="nowrap" align="start">
          <IconMailOpened size={28} aria-hidden="true" color="var(--mantine-color-pathwise-7)" />
          <Text size="lg">
            {t('invite.summary', { orgName: invitation.orgName, role: t(`roles.${invitation.role}`) })}
          </Text>
        </Group>
        <Text c="dimmed">{t('invite.sentTo', { email: invitation.email })}</Text>
        <ErrorAlert error={error} />
        {me === null ? (
          <>
            <Text>{t('invite.signedOut', { email: invitation.email })}</Text>
            <Group grow>
              <Button component={Link} to={`/sign-up?invitation=${encodeURIComponent(token)}`}>
                {t('nav.signUp')}
              </Button>
              <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} variant="default">
                {t('nav.signIn')}
              </Button>
            </Group>
          </>
        ) : me.user.email !== invitation.email ? (
          <>
            <Alert color="yellow">{t('invite.wrongAccount', { email: me.user.email })}</Alert>
            <Button
              variant="default"
              onClick={() => void signOut(`/sign-in?next=${encodeURIComponent(here)}`)}
            >
              {t('nav.signOut')}
            </Button>
          </>
        ) : (
          <Button size="md" onClick={accept} loading={busy}>
            {t('invite.accept')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Center>
      <FormCard>
        <Page title={t('invite.title')}>{body()}</Page>
      </FormCard>
    </Center>
  );
}
