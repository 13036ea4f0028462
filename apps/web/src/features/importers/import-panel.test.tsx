import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import { ImportPanel, ImportProgressView, ImportReportView } from './import-panel.tsx';
import type { ImportReport } from './upload-import.ts';

const report: ImportReport = {
  source: 'gsm8k',
  pathwayId: 'import-gsm8k',
  attribution: { dataset: 'GSM8K Socratic', text: 'GSM8K (Karl Cobbe et al.)', license: 'MIT', url: 'x' },
  records: 14,
  imported: 0,
  skills: 0,
  figures: 0,
  written: false,
  rejected: [
    { line: 6, field: 'final_answer', message: 'missing' },
    { line: 14, field: '(line)', message: 'not valid JSON' },
  ],
};

describe('content import panel', () => {
  it('asks for the problems file before uploading anything', () => {
    renderAt('/a', <Route path="/a" element={<ImportPanel orgId="o" />} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByText('Choose the problems file first.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('offers the figure files for OATutor, saying what happens to a problem without its figure', () => {
    renderAt('/a', <Route path="/a" element={<ImportPanel orgId="o" />} />);
    expect(screen.getByText('Figures (the image files of the figures folder)')).toBeTruthy();
    expect(screen.getByText(/is rejected and listed in the report with its line/)).toBeTruthy();
  });

  it('shows the server’s progress as a labelled progressbar with the counts in words', () => {
    renderAt(
      '/a',
      <Route
        path="/a"
        element={
          <ImportProgressView progress={{ stage: 'writing', fraction: 0.5, done: 1000, total: 2000 }} />
        }
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('70');
    expect(bar.getAttribute('aria-valuetext')).toBe('70% — Writing the items: 1000 of 2000');
    expect(screen.getByText('70% — Writing the items: 1000 of 2000')).toBeTruthy();
  });

  it('says when the last step saves everything at once', () => {
    renderAt(
      '/a',
      <Route
        path="/a"
        element={<ImportProgressView progress={{ stage: 'writing', fraction: 1, done: 2000, total: 2000 }} />}
      />,
    );
    expect(screen.getByText('99% — Saving all 2000 items in one step…')).toBeTruthy();
  });

  it('reaches 100% when the run is done', () => {
    renderAt(
      '/a',
      <Route path="/a" element={<ImportProgressView progress={{ stage: 'done', fraction: 1 }} />} />,
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText('100% — Done')).toBeTruthy();
  });

  it('reports that nothing was written and lists every rejected line with the attribution', () => {
    renderAt('/a', <Route path="/a" element={<ImportReportView report={report} />} />);
    expect(screen.getByText('Nothing was imported: 2 problem(s) in 14 records.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['6final_answermissing', '14(line)not valid JSON']);
    expect(screen.getByText(/Karl Cobbe/)).toBeTruthy();
  });
});
