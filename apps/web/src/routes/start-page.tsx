import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Membership, Org, OrgSignupPolicy } from '@pathwise/contracts';
import { IconBuildingPlus, IconTicket } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/api-client.ts';
import { useApiData } from '../api/use-api-data.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { Page } from '../components/page.tsx';
import { fieldErrors } from '../i18n/error-message.ts';
import { homePathOf } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';
import { checkRequired } from '../session/validate.ts';

/** `/start` and `/join?code=`: join an organization with a code, or create one. */
export function StartPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  if (me === undefined) return <LoadingState />;
  if (me === null) {
    const here = `/join${code ? `?code=${encodeURIComponent(code)}` : ''}`;
    return (
      <Page title={t('start.title')} intro={t('start.intro')}>
        <Text>{t('start.signedOutIntro')}</Text>
        <Group>
          <Button component={Link} to={`/sign-up${code ? `?code=${encodeURIComponent(code)}` : ''}`}>
            {t('nav.signUp')}
          </Button>
          <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} variant="default">
            {t('nav.signIn')}
          </Button>
        </Group>
      </Page>
    );
  }
  return (
    <Page title={t('start.title')} intro={t('start.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <JoinWithCodeCard initialCode={code} />
        <CreateOrganizationCard />
      </SimpleGrid>
    </Page>
  );
}

function StartCard({
  icon,
  title,
  intro,
  children,
}: {
  icon: ReactNode;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p="lg" className="card-accent">
      <Stack>
        <Group gap="sm" wrap="nowrap">
          {icon}
          <Title order={2} size="h3">
            {title}
          </Title>
        </Group>
        <Text c="dimmed">{intro}</Text>
        {children}
      </Stack>
    </Paper>
  );
}

function useMembershipAction() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<Membership>) {
    setBusy(true);
    setError(null);
    try {
      const membership = await action();
      await refresh();
      navigate(homePathOf(membership));
    } catch (caught) {
      setError(caught);
      setProblems(fieldErrors(t, caught));
      setBusy(false);
    }
  }
  return { error, problems, setProblems, busy, run };
}

function JoinWithCodeCard({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const [joinCode, setJoinCode] = useState(initialCode);
  const { error, problems, setProblems, busy, run } = useMembershipAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkRequired(t, joinCode);
    setProblems(missing ? { joinCode: missing } : {});
    if (!missing) void run(() => api<Membership>('POST', '/api/join', { joinCode: joinCode.trim() }));
  }
  return (
    <StartCard
      icon={<IconTicket size={28} aria-hidden="true" />}
      title={t('start.joinTitle')}
      intro={t('start.joinIntro')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && !problems.joinCode ? <ErrorAlert error={error} /> : null}
          <TextInput
            label={t('fields.joinCode')}
            autoComplete="off"
            autoCapitalize="characters"
            required
            value={joinCode}
            onChange={(e) => setJoinCode(e.currentTarget.value)}
            error={problems.joinCode}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.1em' } }}
          />
          <Button type="submit" loading={busy}>
            {t('start.joinSubmit')}
          </Button>
        </Stack>
      </form>
    </StartCard>
  );
}

function CreateOrganizationCard() {
  const { t } = useTranslation();
  const policy = useApiData<OrgSignupPolicy>('/api/orgs/signup-policy');
  const [name, setName] = useState('');
  const [creationCode, setCreationCode] = useState('');
  const { error, problems, setProblems, busy, run } = useMembershipAction();
  const mode = policy.data?.orgSignup;
  if (mode === 'closed') {
    return (
      <StartCard
        icon={<IconBuildingPlus size={28} aria-hidden="true" />}
        title={t('start.createTitle')}
        intro={t('start.createClosed')}
      >
        {null}
      </StartCard>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkRequired(t, name);
    const missingCode = mode === 'invite' ? checkRequired(t, creationCode) : null;
    setProblems({
      ...(missing ? { name: missing } : {}),
      ...(missingCode ? { creationCode: missingCode } : {}),
    });
    if (missing || missingCode) return;
    void run(async () => {
      const org = await api<Org>('POST', '/api/orgs', {
        name: name.trim(),
        ...(mode === 'invite' ? { creationCode: creationCode.trim() } : {}),
      });
      return { orgId: org.id, orgName: org.name, orgSlug: org.slug, role: 'admin' };
    });
  }
  return (
    <StartCard
      icon={<IconBuildingPlus size={28} aria-hidden="true" />}
      title={t('start.createTitle')}
      intro={mode === 'invite' ? t('start.createInvite') : t('start.createIntro')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {problems.creationCode ? null : <ErrorAlert error={error} />}
          <TextInput
            label={t('fields.organizationName')}
            autoComplete="organization"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problems.name}
          />
          {mode === 'invite' ? (
            <TextInput
              label={t('start.creationCode')}
              description={t('start.creationCodeHelp')}
              autoComplete="off"
              autoCapitalize="characters"
              required
              value={creationCode}
              onChange={(e) => setCreationCode(e.currentTarget.value)}
              error={problems.creationCode ? t('start.creationCodeInvalid') : undefined}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          ) : null}
          <Button type="submit" loading={busy || policy.loading} variant="outline">
            {t('start.createSubmit')}
          </Button>
        </Stack>
      </form>
    </StartCard>
  );
}
