import { Anchor, Button, Group, Table } from '@mantine/core';
import type { JobProfile, JobProfileList } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { jobProfilePaths, SOURCE_NAMES } from './job-profiles-api.ts';
import { useEmployerOrg } from './use-employer-org.ts';

/** `/o/:orgSlug/job-profiles`: the organization's job profiles, and the ways to make one. */
export function JobProfilesPage() {
  const { t } = useTranslation();
  const membership = useEmployerOrg();
  const profiles = useApiData<JobProfileList>(membership ? jobProfilePaths.profiles(membership.orgId) : null);
  if (!membership) return <NotFoundPage />;
  const slug = membership.orgSlug;
  return (
    <Page title={t('credentials.profiles.title')} intro={t('credentials.profiles.intro')}>
      <Group gap="sm">
        <Button component={Link} to={credentialPagePaths.newJobProfile(slug)}>
          {t('credentials.profiles.newFromOccupation')}
        </Button>
        <Button component={Link} to={credentialPagePaths.newJobProfileByHand(slug)} variant="light">
          {t('credentials.profiles.newByHand')}
        </Button>
        <Anchor component={Link} to={credentialPagePaths.match(slug)}>
          {t('credentials.profiles.openMatch')}
        </Anchor>
      </Group>
      {profiles.data ? (
        <ProfileTable profiles={profiles.data.profiles} orgSlug={slug} />
      ) : profiles.loading ? (
        <LoadingState />
      ) : (
        <ErrorAlert error={profiles.error} />
      )}
    </Page>
  );
}

const HEADER_KEYS = [
  'credentials.profiles.columns.name',
  'credentials.profiles.columns.source',
  'credentials.profiles.columns.skills',
  'credentials.profiles.columns.created',
  'credentials.profiles.columns.actions',
] as const;

function ProfileTable({ profiles, orgSlug }: { profiles: readonly JobProfile[]; orgSlug: string }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const source = (p: JobProfile) =>
    p.source === 'manual'
      ? t('credentials.profiles.byHandSource')
      : `${SOURCE_NAMES[p.source]}${p.source === 'onet' && p.sourceCode ? ` ${p.sourceCode}` : ''}`;
  return (
    <ListTable
      headers={HEADER_KEYS.map((key) => t(key))}
      items={profiles}
      empty={t('credentials.profiles.none')}
      minWidth={640}
      row={(p) => {
        const nice = p.skills.filter((s) => s.required === false).length;
        return (
          <Table.Tr key={p.id}>
            <Table.Th scope="row" fw={600}>
              {p.name}
            </Table.Th>
            <Table.Td>{source(p)}</Table.Td>
            <Table.Td>
              {t('credentials.profiles.counts', { required: p.skills.length - nice, nice })}
            </Table.Td>
            <Table.Td>{formatDate(p.createdAt, locale)}</Table.Td>
            <Table.Td>
              <Anchor
                component={Link}
                to={credentialPagePaths.match(orgSlug, p.id)}
                aria-label={t('credentials.profiles.matchWith', { name: p.name })}
              >
                {t('credentials.profiles.openMatch')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        );
      }}
    />
  );
}
