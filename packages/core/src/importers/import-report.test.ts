import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gsm8kAttribution } from './dataset-attributions.ts';
import { type ImportReport, parseImportReport } from './import-report.ts';

const report: ImportReport = {
  source: 'gsm8k',
  framework: 'gsm8k',
  pathwayId: 'import-gsm8k',
  pathwayStatus: 'draft',
  attribution: gsm8kAttribution,
  records: 4,
  imported: 2,
  importedAsSteps: 1,
  skippedByReason: { 'answer: missing': 1 },
  skills: 1,
  figures: 0,
  written: true,
  rejected: [{ line: 3, field: 'answer', message: 'missing', reason: 'answer: missing' }],
  rejectedCount: 1,
  rejectedByReason: { 'answer: missing': 1 },
};

test('a stored report reads back as it was written, through JSON', () => {
  assert.deepEqual(parseImportReport(JSON.parse(JSON.stringify(report))), report);
});

test('a report stored before the later counts reads them as such', () => {
  const {
    pathwayStatus: _status,
    importedAsSteps: _steps,
    skippedByReason: _skipped,
    rejectedCount: _count,
    rejectedByReason: _byReason,
    ...older
  } = report;
  assert.deepEqual(parseImportReport(older), {
    ...report,
    pathwayStatus: 'published',
    importedAsSteps: 0,
    skippedByReason: {},
    rejectedCount: 1,
    rejectedByReason: {},
  });
});

test('a bad stored report throws naming the column and each bad part', () => {
  assert.throws(
    () =>
      parseImportReport({
        ...report,
        attribution: { ...gsm8kAttribution, url: 7 },
        skippedByReason: { x: 'one' },
        rejected: [{ line: 3, field: 'answer' }],
      }),
    {
      message:
        'import_runs.report: rejected[0].message must be a string; attribution.url must be a string; ' +
        'skippedByReason.x must be a finite number of at least 0',
    },
  );
});
