import { Anchor, Text } from '@mantine/core';
import type { FoundOccupation, Membership, OccupationPreview } from '@pathwise/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { credentialPagePaths } from '../../navigation/page-paths.ts';
import { type OccupationsApi, occupationsApi } from './job-profiles-api.ts';
import { OccupationSearchPanel } from './occupation-search-panel.tsx';
import { OccupationSkillPicker } from './occupation-skill-picker.tsx';
import { useEmployerOrg } from './use-employer-org.ts';

/** `/o/:orgSlug/job-profiles/new`: an employer builds a job profile from an O*NET or ESCO occupation. */
export function JobProfileOccupationPage() {
  const membership = useEmployerOrg();
  if (!membership) return <NotFoundPage />;
  return <JobProfileOccupationView membership={membership} />;
}

interface JobProfileOccupationViewProps {
  membership: Membership;
  /** The server calls (a test passes its own). */
  api?: OccupationsApi;
}

/** Search, then an occupation's skills to choose from, then the name and Save. */
export function JobProfileOccupationView({
  membership,
  api = occupationsApi,
}: JobProfileOccupationViewProps) {
  const { t } = useTranslation();
  const { orgId, orgSlug } = membership;
  const [preview, setPreview] = useState<OccupationPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function open(occupation: FoundOccupation) {
    setPreview(null);
    setError(null);
    setLoading(true);
    try {
      setPreview(await api.preview(orgId, occupation.source, occupation.code));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }
  return (
    <Page
      title={t('credentials.profiles.occupation.title')}
      intro={
        <>
          <Anchor
            component={Link}
            to={credentialPagePaths.jobProfiles(orgSlug)}
            size="sm"
            display="block"
            mb={4}
          >
            {t('credentials.profiles.back')}
          </Anchor>
          {t('credentials.profiles.occupation.intro')}
        </>
      }
    >
      <OccupationSearchPanel
        search={(q, source) => api.search(orgId, q, source)}
        onPick={(o) => void open(o)}
        byHandPath={credentialPagePaths.newJobProfileByHand(orgSlug)}
      />
      {loading ? <LoadingState /> : null}
      <ErrorAlert error={error} />
      {preview ? (
        <OccupationSkillPicker
          key={`${preview.source}:${preview.code}`}
          preview={preview}
          save={(body) => api.save(orgId, body)}
          matchPath={(id) => credentialPagePaths.match(orgSlug, id)}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t('credentials.profiles.occupation.attribution')}
      </Text>
    </Page>
  );
}
