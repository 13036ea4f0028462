import type { ImportFormatInfo, ImportReport } from '@pathwise/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import { ImportForm } from './import-panel.tsx';
import { ImportProgressView } from './import-progress-view.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { DraftList } from './pathway-drafts.tsx';

const attribution = {
  dataset: 'GSM8K Socratic',
  text: 'GSM8K (Karl Cobbe et al.)',
  license: 'MIT',
  url: 'x',
};

/** Two formats as GET /imports/formats answers them (the server reads its registry). */
const formats: ImportFormatInfo[] = [
  {
    name: 'oatutor',
    label: 'OATutor (Elementary Algebra)',
    problemsFile: 'problems.jsonl',
    companions: [
      { key: 'bktParams', file: 'bkt-params.json', required: false },
      { key: 'coursePlan', file: 'course-plan.json', required: false },
    ],
    figures: true,
    maxProblemsChars: 1,
    attribution,
  },
  {
    name: 'mathcamps',
    label: 'MathCAMPS (Common Core)',
    problemsFile: 'problems.jsonl',
    companions: [{ key: 'standards', file: 'standards.json', required: true }],
    figures: false,
    maxProblemsChars: 1,
    attribution,
  },
];

const report: ImportReport = {
  source: 'gsm8k',
  framework: 'gsm8k',
  pathwayId: 'import-gsm8k',
  pathwayStatus: 'draft',
  attribution,
  records: 14,
  imported: 0,
  importedAsSteps: 0,
  skippedByReason: { 'final_answer: missing': 1, '(line): not valid JSON': 1, '(not written)': 12 },
  skills: 0,
  figures: 0,
  written: false,
  rejected: [
    { line: 6, field: 'final_answer', message: 'missing' },
    { line: 14, field: '(line)', message: 'not valid JSON' },
  ],
  rejectedCount: 2,
  rejectedByReason: {},
};

const form = (element: React.ReactNode) => renderAt('/a', <Route path="/a" element={element} />);

describe('content import panel', () => {
  it('asks for the problems file before uploading anything', () => {
    form(<ImportForm orgId="o" formats={formats} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByText('Choose the problems file first.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('offers the files the registry names for the format: companions, course plan and figures for OATutor', () => {
    form(<ImportForm orgId="o" formats={formats} />);
    expect(screen.getByText('Figures (the image files of the figures folder)')).toBeTruthy();
    expect(screen.getByText(/is rejected and listed in the report with its line/)).toBeTruthy();
    expect(screen.getByText('BKT parameters (bkt-params.json, optional)')).toBeTruthy();
    expect(
      screen.getByText(
        'Course plan: lessons in order, for strands and prerequisites (course-plan.json, optional)',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/standards\.json/)).toBeNull();
  });

  it('shows the server’s progress as a labelled progressbar with the counts in words', () => {
    form(<ImportProgressView progress={{ stage: 'writing', fraction: 0.5, done: 1000, total: 2000 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('70');
    expect(bar.getAttribute('aria-valuetext')).toBe('70% — Writing the items: 1000 of 2000');
    expect(screen.getByText('70% — Writing the items: 1000 of 2000')).toBeTruthy();
  });

  it('says when the last step saves everything at once', () => {
    form(<ImportProgressView progress={{ stage: 'writing', fraction: 1, done: 2000, total: 2000 }} />);
    expect(screen.getByText('99% — Saving all 2000 items in one step…')).toBeTruthy();
  });

  it('reaches 100% when the run is done', () => {
    form(<ImportProgressView progress={{ stage: 'done', fraction: 1 }} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText('100% — Done')).toBeTruthy();
  });

  it('reports that nothing was written, accounts for every record and lists every rejected line', () => {
    form(<ImportReportView report={report} />);
    expect(screen.getByText('Nothing was imported: 2 problem(s) in 14 records.')).toBeTruthy();
    const account = screen.getByTestId('import-account');
    expect([...account.querySelectorAll('tr')].map((r) => r.textContent)).toEqual([
      'What became of itRecords',
      'Imported as items0',
      'Imported as steps of an earlier item (follow-up questions)0',
      'Skipped: (not written)12',
      'Skipped: (line): not valid JSON1',
      'Skipped: final_answer: missing1',
      'Records in the file14',
    ]);
    const rejected = screen.getByRole('table', { name: 'Rejected records' });
    expect([...rejected.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      '6final_answermissing',
      '14(line)not valid JSON',
    ]);
    expect(screen.getByText(/Karl Cobbe/)).toBeTruthy();
  });

  it('says a written import made a draft pathway', () => {
    form(<ImportReportView report={{ ...report, written: true, imported: 12, skippedByReason: {} }} />);
    expect(screen.getByText(/import-gsm8k is a draft: learners do not see it/)).toBeTruthy();
  });

  it('lists each draft with its attribution apart from its description, and a publish button', () => {
    const published: string[] = [];
    const draft = {
      id: 'import-oatutor',
      name: { en: 'Elementary Algebra (OATutor)', es: 'Álgebra elemental (OATutor)' },
      description: { en: 'Practice in the course order.', es: 'Práctica en el orden del curso.' },
      attribution: { ...attribution, text: 'Licensed CC BY 4.0' },
      goalSkills: 190,
    };
    form(<DraftList drafts={[draft]} busy={false} onPublish={(d) => published.push(d.id)} />);
    expect(screen.getByText('Practice in the course order.')).toBeTruthy();
    expect(screen.getByText('Licensed CC BY 4.0')).toBeTruthy();
    expect(screen.getByText('190 skills to master')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish Elementary Algebra (OATutor)' }));
    expect(published).toEqual(['import-oatutor']);
  });
});
