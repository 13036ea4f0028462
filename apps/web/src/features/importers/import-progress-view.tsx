import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from './upload-import.ts';

/** Where an import is: in the browser (reading, uploading), then on the server (the run's status). */
export type ImportStage = 'reading' | 'uploading' | ImportRun['status'];
/** An import's progress: its stage and, within it, the fraction done (browser) or done/total (server). */
export interface ImportProgressState {
  stage: ImportStage;
  fraction: number;
  done?: number;
  total?: number;
}

// NOTE: the server's stages are measured by the run it reports (records read, items written); the browser's
// by the bytes read and sent. Writing the items is most of the work, so it gets most of the bar.
const SPAN: Record<ImportStage, [number, number]> = {
  reading: [0, 10],
  uploading: [10, 30],
  queued: [30, 30],
  parsing: [30, 40],
  writing: [40, 99],
  done: [100, 100],
  failed: [0, 0],
};

function percentOf(p: ImportProgressState): number {
  const [from, to] = SPAN[p.stage];
  return Math.round(from + (to - from) * Math.min(Math.max(p.fraction, 0), 1));
}

/** The bar and its words: an accessible progressbar whose value text says the stage and the counts. */
export function ImportProgressView({ progress }: { progress: ImportProgressState }) {
  const { t } = useTranslation();
  const percent = percentOf(progress);
  // The staged items are all written: the last step moves them into the item bank in one transaction.
  const saving = progress.stage === 'writing' && !!progress.total && progress.done === progress.total;
  const label = t(saving ? 'importers.stages.saving' : `importers.stages.${progress.stage}`, {
    percent,
    done: progress.done ?? 0,
    total: progress.total ?? 0,
  });
  const moving = progress.stage !== 'done' && progress.stage !== 'failed';
  return (
    <Stack gap={4} mt="md" maw={560}>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          withAria={false}
          role="progressbar"
          aria-label={t('importers.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% — ${label}`}
          striped={moving}
          animated={moving}
          color={progress.stage === 'failed' ? 'red' : undefined}
        />
      </Progress.Root>
      <Text size="sm" data-testid="import-progress-text">
        {percent}% — {label}
      </Text>
    </Stack>
  );
}
