import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PublicProfile, PublicProfileCredential } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { CheckList } from './check-list.tsx';
import { safeImageSrc } from './credential-meaning.ts';
import { publicProfilePaths } from './public-profile-api.ts';
import { VerdictLine } from './verdict-line.tsx';

/**
 * `/profile/:handle`: a learner's public profile, open to anyone with its address: the name and headline they
 * chose, who issued their credentials, and each credential they picked with its badge, what it certifies, when it
 * was issued and one plain verdict checked at this moment. While the profile is off, or after its address was
 * replaced, the app's not-found page (the server answers the address with 404 too).
 */
export function PublicProfilePage() {
  const { t, i18n } = useTranslation();
  const { handle = '' } = useParams();
  const profile = useApiData<PublicProfile>(
    publicProfilePaths.data(handle, i18n.language.startsWith('es') ? 'es' : 'en'),
  );
  if (profile.error instanceof ApiError && profile.error.status === 404) return <NotFoundPage />;
  const p = profile.data;
  return (
    <Page title={p ? p.name : t('credentials.publicProfile.page.loading')} intro={p?.headline ?? undefined}>
      {profile.loading && !p ? <LoadingState /> : null}
      <ErrorAlert error={profile.error} />
      {p ? (
        <Stack>
          <Text fw={600}>{t('credentials.publicProfile.page.issuedBy', { org: p.organization.name })}</Text>
          <section aria-labelledby="profile-credentials">
            <Title order={2} size="h3" id="profile-credentials" mb={4}>
              {t('credentials.publicProfile.page.credentialsTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('credentials.publicProfile.page.checkedNote')}
            </Text>
            {p.credentials.length === 0 ? <Text>{t('credentials.publicProfile.page.none')}</Text> : null}
            <Stack>
              {p.credentials.map((c, i) => (
                <ProfileCredential
                  key={c.credentialId}
                  credential={c}
                  headingId={`profile-credential-${i}`}
                />
              ))}
            </Stack>
          </section>
        </Stack>
      ) : null}
    </Page>
  );
}

/** One credential of a public profile: its badge, name, description, dates, verdict and folded checks. */
function ProfileCredential({
  credential: c,
  headingId,
}: {
  credential: PublicProfileCredential;
  headingId: string;
}) {
  const { t, i18n } = useTranslation();
  // NOTE: only through <img>, never inline: an SVG shown as an image runs nothing. The server sent a checked
  // data: URI; it is checked again here, as every credential image of the app is.
  const image = safeImageSrc(c.image);
  const dates = [
    t('credentials.publicProfile.page.issued', { date: formatDate(c.issuedAt, i18n.language) }),
    ...(c.validUntil
      ? [t('credentials.publicProfile.page.validUntil', { date: formatDate(c.validUntil, i18n.language) })]
      : []),
  ];
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="profile-credential">
      <Group align="flex-start" wrap="nowrap" gap="md">
        {image ? (
          <img
            src={image}
            alt={t('credentials.publicProfile.page.imageAlt', { name: c.name })}
            width={72}
            height={72}
            style={{ objectFit: 'contain', flexShrink: 0 }}
            referrerPolicy="no-referrer"
          />
        ) : null}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h4" id={headingId}>
            {c.name}
          </Title>
          {c.description ? <Text size="sm">{c.description}</Text> : null}
          <Text size="sm" c="dimmed">
            {dates.join(' · ')}
          </Text>
        </Stack>
      </Group>
      <Stack mt="sm" gap={0}>
        <VerdictLine verification={c.verification} />
        <CheckList
          result={c.verification}
          label={t('credentials.publicProfile.page.checksLabel', { name: c.name })}
        />
      </Stack>
    </Paper>
  );
}
