import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { DraftPathwayList } from '@pathwise/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type DraftPathway, importerPaths, publishDraft } from './upload-import.ts';

/** The draft pathways, each with its description, its attribution apart, and a publish button. */
export function DraftList({
  drafts,
  busy,
  onPublish,
}: {
  drafts: readonly DraftPathway[];
  busy: boolean;
  onPublish(draft: DraftPathway): void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (drafts.length === 0) return <Text size="sm">{t('importers.drafts.none')}</Text>;
  return (
    <Stack gap="sm">
      {drafts.map((d) => (
        <Card key={d.id} withBorder padding="sm" data-draft-id={d.id}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Text fw={600}>{pick(d.name)}</Text>
              <Text size="sm">{pick(d.description)}</Text>
              <Text size="sm">{t('importers.drafts.skills', { count: d.goalSkills })}</Text>
              {d.attribution ? (
                <Text size="xs" c="dimmed">
                  <strong>{t('importers.attribution')}:</strong> {d.attribution.text}
                </Text>
              ) : null}
            </Stack>
            <Button
              size="xs"
              loading={busy}
              aria-label={t('importers.drafts.publishLabel', { name: pick(d.name) })}
              onClick={() => onPublish(d)}
            >
              {t('importers.drafts.publish')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** The organization's draft pathways (made by imports) and their publication; `version` reloads the list. */
export function PathwayDrafts({ orgId, version }: { orgId: string; version: number }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const drafts = useApiData<DraftPathwayList>(importerPaths.drafts(orgId));
  const action = useAction();
  const { reload } = drafts;
  // An import just made (or replaced) a draft: read the list again.
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  const publish = (draft: DraftPathway) =>
    action
      .run(
        () => publishDraft(orgId, draft.id),
        () => t('importers.drafts.published', { name: pick(draft.name) }),
      )
      .then((ok) => (ok ? drafts.reload() : undefined));
  return (
    <Stack gap="sm" mt="xl">
      <Title order={3} size="h4">
        {t('importers.drafts.title')}
      </Title>
      <Text size="sm">{t('importers.drafts.intro')}</Text>
      <ErrorAlert error={drafts.error ?? action.error} />
      <div role="status">
        {action.status ? (
          <Alert color="teal" variant="light">
            {action.status}
          </Alert>
        ) : null}
      </div>
      {drafts.data ? (
        <DraftList drafts={drafts.data.pathways} busy={action.busy} onPublish={publish} />
      ) : null}
    </Stack>
  );
}
