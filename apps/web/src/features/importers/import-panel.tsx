import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Progress,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PanelSection } from '../../routes/admin/panel-section.tsx';
import { frameworkPagePath } from '../framework/framework-api.ts';
import { ImportedItemsLink } from '../item-bank/item-bank-link.tsx';
import {
  followImport,
  type ImportFormat,
  type ImportReport,
  type ImportRun,
  readFigureFiles,
  readFileText,
  uploadImport,
} from './upload-import.ts';

/** Where an import is: in the browser (reading, uploading), then on the server (the run's status). */
export type ImportStage = 'reading' | 'uploading' | ImportRun['status'];
/** An import's progress: its stage and, within it, the fraction done (browser) or done/total (server). */
export interface ImportProgressState {
  stage: ImportStage;
  fraction: number;
  done?: number;
  total?: number;
}

const FORMATS: ImportFormat[] = ['oatutor', 'mathcamps', 'gsm8k'];
// NOTE: Mantine's placeholder grey (#adb5bd) fails the 4.5:1 contrast on white.
const READABLE = { placeholder: { color: 'var(--mantine-color-gray-7)' } };
const FIGURE_TYPES = 'image/gif,image/png,image/jpeg,image/webp,.gif,.png,.jpg,.jpeg,.webp';
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

/** The administrator's content import: choose the dataset's files, watch the progress, read the report. */
export function ImportPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ImportFormat>('oatutor');
  const [problems, setProblems] = useState<File | null>(null);
  const [companion, setCompanion] = useState<File | null>(null);
  const [figureFiles, setFigureFiles] = useState<File[]>([]);
  const [acceptPartial, setAcceptPartial] = useState(false);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const clear = { 'aria-label': t('importers.clear') };
  const { orgSlug } = useParams();

  const showRun = (run: ImportRun) =>
    setProgress({
      stage: run.status,
      fraction: run.status === 'done' ? 1 : run.total > 0 ? run.done / run.total : 0,
      done: run.done,
      total: run.total,
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(problems ? null : t('importers.missingFile'));
    if (!problems) return;
    setReport(null);
    setError(null);
    try {
      setProgress({ stage: 'reading', fraction: 0 });
      const figures = format === 'oatutor' ? figureFiles : [];
      const share = figures.length > 0 ? 0.5 : 1;
      const text = await readFileText(problems, (f) =>
        setProgress({ stage: 'reading', fraction: f * share }),
      );
      const extra = companion && format !== 'gsm8k' ? await readFileText(companion, () => {}) : undefined;
      const images = await readFigureFiles(figures, (f) =>
        setProgress({ stage: 'reading', fraction: share + f * (1 - share) }),
      );
      const key = format === 'mathcamps' ? 'standards' : 'bktParams';
      const body = {
        format,
        problems: text,
        acceptPartial,
        ...(extra === undefined ? {} : { [key]: extra }),
        ...(images.length > 0 ? { figures: images } : {}),
      };
      setProgress({ stage: 'uploading', fraction: 0 });
      const started = await uploadImport(orgId, body, (f) =>
        setProgress({ stage: 'uploading', fraction: f }),
      );
      showRun(started);
      const finished = await followImport(orgId, started.id, showRun);
      if (finished.status === 'failed') throw new Error(finished.error ?? t('importers.stages.failed'));
      setReport(finished.report);
    } catch (caught) {
      setError(caught);
      setProgress((p) => (p ? { ...p, stage: 'failed' } : null));
    }
  }

  const busy = progress !== null && progress.stage !== 'done' && progress.stage !== 'failed';
  return (
    <PanelSection title={t('importers.title')} intro={t('importers.intro')}>
      {orgSlug ? (
        <Text size="sm" mb="sm">
          {t('importers.casePointer')}{' '}
          <Anchor component={Link} to={frameworkPagePath(orgSlug)}>
            {t('importers.casePointerLink')}
          </Anchor>
        </Text>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <Select
            label={t('importers.format')}
            data={FORMATS.map((f) => ({ value: f, label: t(`importers.formats.${f}`) }))}
            value={format}
            onChange={(v) => v && setFormat(v as ImportFormat)}
            allowDeselect={false}
          />
          <FileInput
            label={t('importers.problems')}
            placeholder={t('importers.choose')}
            accept=".jsonl,.json,.txt"
            value={problems}
            onChange={setProblems}
            error={missing}
            required
            clearable
            clearButtonProps={clear}
            styles={READABLE}
          />
          {format !== 'gsm8k' ? (
            <FileInput
              label={t(
                format === 'mathcamps' ? 'importers.companionMathcamps' : 'importers.companionOatutor',
              )}
              placeholder={t('importers.choose')}
              accept=".json"
              value={companion}
              onChange={setCompanion}
              clearable
              clearButtonProps={clear}
              styles={READABLE}
            />
          ) : null}
          {format === 'oatutor' ? (
            <FileInput
              label={t('importers.figures')}
              description={t('importers.figuresHint')}
              placeholder={t('importers.chooseFigures')}
              accept={FIGURE_TYPES}
              multiple
              value={figureFiles}
              onChange={setFigureFiles}
              valueComponent={({ value }) =>
                t('importers.figuresChosen', { count: Array.isArray(value) ? value.length : value ? 1 : 0 })
              }
              clearable
              clearButtonProps={clear}
              styles={READABLE}
            />
          ) : null}
          <Checkbox
            label={t('importers.acceptPartial')}
            description={t('importers.acceptPartialHint')}
            checked={acceptPartial}
            onChange={(e) => setAcceptPartial(e.currentTarget.checked)}
          />
          <Button type="submit" loading={busy} w="fit-content">
            {t('importers.submit')}
          </Button>
        </Stack>
      </form>
      {progress ? <ImportProgressView progress={progress} /> : null}
      <ErrorAlert error={error} />
      {report ? <ImportReportView report={report} /> : null}
    </PanelSection>
  );
}

/** The report of an import: what was written, each rejected record with its line, and the attribution. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="md">
      <Alert color={report.written ? 'teal' : 'red'} variant="light">
        {report.written
          ? t('importers.imported', {
              imported: report.imported,
              records: report.records,
              skills: report.skills,
              figures: report.figures ?? 0,
              pathway: report.pathwayId,
            })
          : t('importers.nothingWritten', { count: report.rejected.length, records: report.records })}
      </Alert>
      {report.rejected.length > 0 ? (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped captionSide="top">
            <Table.Caption>{t('importers.rejectedTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('importers.line')}</Table.Th>
                <Table.Th>{t('importers.field')}</Table.Th>
                <Table.Th>{t('importers.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a record may have the same field twice; the list never moves
                <Table.Tr key={i}>
                  <Table.Td>{p.line}</Table.Td>
                  <Table.Td>
                    <code>{p.field}</code>
                  </Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="sm" c="dimmed">
        <strong>{t('importers.attribution')}:</strong> {report.attribution.text}
      </Text>
      {report.written ? <ImportedItemsLink source={report.source} /> : null}
    </Stack>
  );
}
