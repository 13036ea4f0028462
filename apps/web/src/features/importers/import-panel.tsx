import { Alert, Button, Checkbox, FileInput, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PanelSection } from '../../routes/admin/panel-section.tsx';
import { type ImportFormat, type ImportReport, readFileText, uploadImport } from './upload-import.ts';

type Stage = 'reading' | 'uploading' | 'processing' | 'done';
const FORMATS: ImportFormat[] = ['oatutor', 'mathcamps', 'gsm8k'];
// NOTE: reading and uploading are measured; the server's checking and writing is one request, shown as the last
// stretch of the bar (animated) until the report arrives.
const SPAN: Record<Stage, [number, number]> = {
  reading: [0, 20],
  uploading: [20, 80],
  processing: [80, 99],
  done: [100, 100],
};

/** The administrator's content import: choose a dataset file, watch the progress, read the report. */
export function ImportPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ImportFormat>('oatutor');
  const [problems, setProblems] = useState<File | null>(null);
  const [companion, setCompanion] = useState<File | null>(null);
  const [acceptPartial, setAcceptPartial] = useState(false);
  const [stage, setStage] = useState<Stage | null>(null);
  const [fraction, setFraction] = useState(0);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);

  const step = (next: Stage) => (f: number) => {
    setStage(next);
    setFraction(f);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(problems ? null : t('importers.missingFile'));
    if (!problems) return;
    setReport(null);
    setError(null);
    try {
      step('reading')(0);
      const text = await readFileText(problems, step('reading'));
      const extra = companion && format !== 'gsm8k' ? await readFileText(companion, () => {}) : undefined;
      const key = format === 'mathcamps' ? 'standards' : 'bktParams';
      const body = {
        format,
        problems: text,
        acceptPartial,
        ...(extra === undefined ? {} : { [key]: extra }),
      };
      step('uploading')(0);
      const result = await uploadImport(orgId, body, (f) =>
        f < 1 ? step('uploading')(f) : step('processing')(0),
      );
      setReport(result);
      step('done')(1);
    } catch (caught) {
      setError(caught);
      setStage(null);
    }
  }

  const [from, to] = stage ? SPAN[stage] : [0, 0];
  const busy = stage !== null && stage !== 'done';
  return (
    <PanelSection title={t('importers.title')} intro={t('importers.intro')}>
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
      {stage ? (
        <Stack gap={4} mt="md" maw={560}>
          <Progress
            value={Math.round(from + (to - from) * fraction)}
            striped={stage === 'processing'}
            animated={stage === 'processing'}
            aria-label={t('importers.progressLabel')}
          />
          <Text size="sm" role="status">
            {t(`importers.stages.${stage}`)}
          </Text>
        </Stack>
      ) : null}
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
              {report.rejected.map((p) => (
                <Table.Tr key={`${p.line}:${p.field}`}>
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
    </Stack>
  );
}
