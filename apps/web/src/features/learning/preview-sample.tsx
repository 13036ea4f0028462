import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { ItemView } from './item-view.tsx';
import type { PathwayPreviewSample, previewApi, SkillRef } from './learning-api.ts';

/** What the preview asks the server: a sample problem, and the verdict on an answer (nothing is recorded). */
export type PreviewApi = typeof previewApi;

interface PreviewSampleProps {
  orgId: string;
  pathwayId: string;
  skill: SkillRef;
  api: PreviewApi;
  onClose: () => void;
}

/**
 * A sample problem of a skill in the staff's preview: the learner's own problem view, answered step by step and
 * judged as in practice, through the preview's answer route (nothing recorded); another one on demand.
 */
export function PreviewSample({ orgId, pathwayId, skill, api, onClose }: PreviewSampleProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [sample, setSample] = useState<PathwayPreviewSample | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const [asked, setAsked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(false);

  const load = useCallback(async () => {
    setError(null);
    setDone(false);
    try {
      setSample(await api.sample(orgId, pathwayId, skill.id));
      setRound((r) => r + 1);
    } catch (caught) {
      setError(caught);
    }
  }, [api, orgId, pathwayId, skill.id]);
  useEffect(() => {
    void load();
  }, [load]);
  // The first problem: focus goes to the section's heading, so that a screen reader announces where it is; the
  // next ones (asked for with "Another problem") put it in their first answer field.
  useEffect(() => {
    if (!sample || shown.current) return;
    shown.current = true;
    heading.current?.focus();
  }, [sample]);

  const title = t('learning.preview.sampleTitle', { skill: pick(skill.name) });
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="preview-sample-title">
      <Stack gap="md">
        <Group justify="space-between" align="start">
          <Title order={2} size="h3" id="preview-sample-title" ref={heading} tabIndex={-1}>
            {title}
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              disabled={!sample && !error}
              onClick={() => {
                setAsked(true);
                void load();
              }}
            >
              {t('learning.preview.another')}
            </Button>
            <Button variant="subtle" onClick={onClose}>
              {t('learning.preview.close')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">{t('learning.preview.sampleNote')}</Text>
        <ErrorAlert error={error} />
        {sample ? (
          <ItemView
            key={round}
            orgId={orgId}
            item={sample.item}
            placement={false}
            focusFirst={asked}
            onDone={() => setDone(true)}
            judge={(stepId, answer, locale) =>
              api.answer(orgId, pathwayId, { itemId: sample.item.itemId, stepId, answer, locale })
            }
          />
        ) : error ? null : (
          <LoadingState />
        )}
        <div role="status">{done ? <Text fw={600}>{t('learning.preview.done')}</Text> : null}</div>
      </Stack>
    </Paper>
  );
}
