import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { homePathOf } from '../../session/home-path.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { learningPaths, type MapSkill, type PathwayPreview, previewApi } from './learning-api.ts';
import { PathwayOverview } from './pathway-overview.tsx';
import { type PreviewApi, PreviewSample } from './preview-sample.tsx';
import { SkillDetail } from './skill-detail.tsx';

/**
 * `/o/:orgSlug/pathways/:pathwayId/preview`: preview as a learner, for teachers and administrators. The learner's
 * pathway page as a new learner sees it, under a banner saying nothing is recorded, and a sample problem of any
 * skill to try.
 */
export function PathwayPreviewPage() {
  const { t } = useTranslation();
  const membership = useStaffOrg();
  const { pathwayId = '' } = useParams();
  const preview = useApiData<PathwayPreview>(
    membership ? learningPaths.preview(membership.orgId, pathwayId) : null,
  );
  if (!membership) return <NotFoundPage />;
  if (!preview.data) {
    return (
      <Page title={t('learning.preview.loadingTitle')}>
        {preview.loading ? <LoadingState /> : <ErrorAlert error={preview.error} />}
      </Page>
    );
  }
  return <PathwayPreviewView membership={membership} preview={preview.data} />;
}

interface PathwayPreviewViewProps {
  membership: Membership;
  preview: PathwayPreview;
  /** The server calls of the sample problems (a test passes its own). */
  api?: PreviewApi;
}

/** The preview itself, from its data: the banner, the learner's pathway view, and the sample problem tried. */
export function PathwayPreviewView({ membership, preview, api = previewApi }: PathwayPreviewViewProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [trying, setTrying] = useState<MapSkill | null>(null);
  const withSample = new Set(preview.sampleSkillIds);
  const { pathway } = preview;
  const close = () => {
    const skillId = trying?.id ?? '';
    setTrying(null);
    // Focus goes back to the button that opened the sample.
    requestAnimationFrame(() =>
      [...document.querySelectorAll<HTMLElement>('[data-try-sample]')]
        .find((b) => b.dataset.trySample === skillId)
        ?.focus(),
    );
  };
  return (
    <Page
      title={t('learning.preview.title', { name: pick(pathway.name) })}
      intro={
        <>
          <Anchor component={Link} to={homePathOf(membership)} size="sm" display="block" mb={4}>
            {t('learning.preview.back')}
          </Anchor>
          {pick(pathway.description)}
        </>
      }
    >
      <Alert
        variant="light"
        color="blue"
        icon={<IconEye aria-hidden="true" />}
        title={t('learning.preview.bannerTitle')}
        data-preview-banner
      >
        <Text size="sm">{t('learning.preview.banner')}</Text>
        {preview.status === 'draft' ? (
          <Text size="sm" fw={600} mt="xs">
            {t('learning.preview.draft')}
          </Text>
        ) : null}
      </Alert>
      <PathwayOverview
        map={preview}
        actions={<Text size="sm">{t('learning.preview.start')}</Text>}
        detail={(skill) => (
          <Stack gap="sm">
            <SkillDetail skill={skill} practiceHref={null} />
            {withSample.has(skill.id) ? (
              <Button
                variant="light"
                data-try-sample={skill.id}
                aria-label={t('learning.preview.trySampleLabel', { skill: pick(skill.name) })}
                aria-controls={trying ? 'preview-sample' : undefined}
                onClick={() =>
                  trying?.id === skill.id
                    ? document.getElementById('preview-sample-title')?.focus()
                    : setTrying(skill)
                }
              >
                {t('learning.preview.trySample')}
              </Button>
            ) : (
              <Text size="sm">{t('learning.preview.noSample')}</Text>
            )}
          </Stack>
        )}
      />
      {trying ? (
        <div id="preview-sample">
          <PreviewSample
            key={trying.id}
            orgId={membership.orgId}
            pathwayId={pathway.id}
            skill={trying}
            api={api}
            onClose={close}
          />
        </div>
      ) : null}
    </Page>
  );
}
