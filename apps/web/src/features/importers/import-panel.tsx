import { Anchor, Button, Checkbox, FileInput, Select, Stack, Text } from '@mantine/core';
import type { ImportFormatList } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { frameworkPagePath } from '../framework/framework-api.ts';
import { type ImportProgressState, ImportProgressView } from './import-progress-view.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { PathwayDrafts } from './pathway-drafts.tsx';
import {
  followImport,
  type ImportFormatInfo,
  type ImportReport,
  type ImportRequest,
  type ImportRun,
  importerPaths,
  readFigureFiles,
  readFileText,
  uploadImport,
} from './upload-import.ts';

// NOTE: Mantine's placeholder grey (#adb5bd) fails the 4.5:1 contrast on white.
const READABLE = { placeholder: { color: 'var(--mantine-color-gray-7)' } };
const FIGURE_TYPES = 'image/gif,image/png,image/jpeg,image/webp,.gif,.png,.jpg,.jpeg,.webp';

type Companion = ImportFormatInfo['companions'][number];

/** The administrator's content import: the formats come from the server's registry; then the drafts to publish. */
export function ImportPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const formats = useApiData<ImportFormatList>(importerPaths.formats(orgId));
  const [imports, setImports] = useState(0);
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
      <ErrorAlert error={formats.error} />
      {formats.data ? (
        <ImportForm
          orgId={orgId}
          formats={formats.data.formats}
          onImported={() => setImports((n) => n + 1)}
        />
      ) : null}
      <PathwayDrafts orgId={orgId} version={imports} />
    </PanelSection>
  );
}

/** The import form over the given formats: choose the files, watch the progress, read the report. */
export function ImportForm({
  orgId,
  formats,
  onImported,
}: {
  orgId: string;
  formats: readonly ImportFormatInfo[];
  onImported?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(formats[0]?.name);
  const format = formats.find((f) => f.name === name) ?? formats[0];
  const [problems, setProblems] = useState<File | null>(null);
  const [companions, setCompanions] = useState<Partial<Record<Companion['key'], File | null>>>({});
  const [figureFiles, setFigureFiles] = useState<File[]>([]);
  const [acceptPartial, setAcceptPartial] = useState(false);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const clear = { 'aria-label': t('importers.clear') };
  if (!format) return null;

  const showRun = (run: ImportRun) =>
    setProgress({
      stage: run.status,
      fraction: run.status === 'done' ? 1 : run.total > 0 ? run.done / run.total : 0,
      done: run.done,
      total: run.total,
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!format) return;
    setMissing(problems ? null : t('importers.missingFile'));
    if (!problems) return;
    setReport(null);
    setError(null);
    try {
      setProgress({ stage: 'reading', fraction: 0 });
      const figures = format.figures ? figureFiles : [];
      const share = figures.length > 0 ? 0.5 : 1;
      const text = await readFileText(problems, (f) =>
        setProgress({ stage: 'reading', fraction: f * share }),
      );
      const body: ImportRequest = { format: format.name, problems: text, acceptPartial };
      for (const c of format.companions) {
        const file = companions[c.key];
        if (file) body[c.key] = await readFileText(file, () => {});
      }
      const images = await readFigureFiles(figures, (f) =>
        setProgress({ stage: 'reading', fraction: share + f * (1 - share) }),
      );
      if (images.length > 0) body.figures = images;
      setProgress({ stage: 'uploading', fraction: 0 });
      const started = await uploadImport(orgId, body, (f) =>
        setProgress({ stage: 'uploading', fraction: f }),
      );
      showRun(started);
      const finished = await followImport(orgId, started.id, showRun);
      if (finished.status === 'failed') throw new Error(finished.error ?? t('importers.stages.failed'));
      setReport(finished.report);
      onImported?.();
    } catch (caught) {
      setError(caught);
      setProgress((p) => (p ? { ...p, stage: 'failed' } : null));
    }
  }

  const busy = progress !== null && progress.stage !== 'done' && progress.stage !== 'failed';
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <Select
            label={t('importers.format')}
            data={formats.map((f) => ({
              value: f.name,
              label: t(`importers.formats.${f.name}`, { defaultValue: f.label }),
            }))}
            value={format.name}
            onChange={(v) => v && setName(v as ImportFormatInfo['name'])}
            allowDeselect={false}
          />
          <FileInput
            label={t('importers.problems', { file: format.problemsFile })}
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
          {format.companions.map((c) => (
            <FileInput
              key={`${format.name}-${c.key}`}
              label={t(c.required ? 'importers.companionRequired' : 'importers.companionOptional', {
                name: t(`importers.companions.${c.key}`, { defaultValue: c.key }),
                file: c.file,
              })}
              placeholder={t('importers.choose')}
              accept=".json"
              value={companions[c.key] ?? null}
              onChange={(file) => setCompanions((all) => ({ ...all, [c.key]: file }))}
              clearable
              clearButtonProps={clear}
              styles={READABLE}
            />
          ))}
          {format.figures ? (
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
    </>
  );
}
