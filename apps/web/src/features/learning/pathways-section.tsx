import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconChartLine } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { LabelledProgress } from './labelled-progress.tsx';
import { learningApi, learningPaths, type PathwaySummary } from './learning-api.ts';
import { learnPaths } from './use-learner-org.ts';

/** The learner home's pathways: each with progress and the one next thing to do (start, place, practise). */
export function PathwaysSection({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApiData<{ pathways: PathwaySummary[] }>(
    learningPaths.pathways(membership.orgId),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="pathways-heading">
      <Group justify="space-between" align="end">
        <Title order={2} size="h3" id="pathways-heading">
          {t('learning.home.title')}
        </Title>
        <Button
          component={Link}
          to={learnPaths.myLearning(membership.orgSlug)}
          variant="default"
          leftSection={<IconChartLine size={18} aria-hidden="true" />}
        >
          {t('learning.myLearning.title')}
        </Button>
      </Group>
      {loading && !data ? <LoadingState /> : null}
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {data?.pathways.map((p) => (
          <PathwayCard key={p.id} pathway={p} membership={membership} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function PathwayCard({ pathway, membership }: { pathway: PathwaySummary; membership: Membership }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const navigate = useNavigate();
  const enrol = useAction();
  const status = pathway.enrollment?.status ?? null;
  const name = pick(pathway.name);
  const headingId = `pathway-${pathway.id}`;
  const start = async () => {
    const ok = await enrol.run(() => learningApi.enrol(membership.orgId, pathway.id));
    if (ok) navigate(learnPaths.placement(membership.orgSlug, pathway.id));
  };
  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="start" wrap="nowrap">
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
          <Badge variant="outline" color={status === 'paused' ? 'orange.9' : 'gray.7'} radius="sm">
            {t(`learning.status.${status ?? 'none'}`)}
          </Badge>
        </Group>
        <Text c="dimmed">{pick(pathway.description)}</Text>
        {pathway.attribution ? <PathwayCredit attribution={pathway.attribution} /> : null}
        <Stack gap={4} mt="auto">
          <Text size="sm" id={`${headingId}-progress`}>
            {t('learning.home.progress', { mastered: pathway.masteredCount, total: pathway.skillCount })}
          </Text>
          <LabelledProgress
            value={pathway.skillCount ? (100 * pathway.masteredCount) / pathway.skillCount : 0}
            label={t('learning.home.progress', {
              mastered: pathway.masteredCount,
              total: pathway.skillCount,
            })}
          />
        </Stack>
        <ErrorAlert error={enrol.error} />
        <Group gap="xs">
          {status === null ? (
            <Button onClick={start} loading={enrol.busy}>
              {t('learning.home.start')}
              <VisuallyName name={name} />
            </Button>
          ) : status === 'placement' ? (
            <Button component={Link} to={learnPaths.placement(membership.orgSlug, pathway.id)}>
              {t('learning.home.continuePlacement')}
              <VisuallyName name={name} />
            </Button>
          ) : (
            <>
              {status === 'active' ? (
                <Button component={Link} to={learnPaths.practice(membership.orgSlug, pathway.id)}>
                  {t('learning.home.practise')}
                  <VisuallyName name={name} />
                </Button>
              ) : null}
              <Button
                component={Link}
                to={learnPaths.pathway(membership.orgSlug, pathway.id)}
                variant={status === 'active' ? 'default' : 'filled'}
              >
                {t('learning.home.openMap')}
                <VisuallyName name={name} />
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Where an imported pathway's content comes from and its licence, linked to the source when it is https. */
function PathwayCredit({ attribution }: { attribution: NonNullable<PathwaySummary['attribution']> }) {
  const { dataset, license, url } = attribution;
  return (
    <Text size="sm" c="dimmed" data-pathway-credit>
      <Trans
        i18nKey="learning.home.credit"
        values={{ dataset, license }}
        components={[
          url.startsWith('https://') ? (
            <Anchor key="source" href={url} target="_blank" rel="noopener noreferrer" inherit />
          ) : (
            <span key="source" />
          ),
        ]}
      />
    </Text>
  );
}

/** The pathway's name for screen readers, after the visible button text (the label keeps the visible words). */
function VisuallyName({ name }: { name: string }) {
  return <VisuallyHidden>: {name}</VisuallyHidden>;
}
