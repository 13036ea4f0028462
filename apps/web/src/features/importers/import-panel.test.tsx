import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import { ImportPanel, ImportReportView } from './import-panel.tsx';
import type { ImportReport } from './upload-import.ts';

const report: ImportReport = {
  source: 'gsm8k',
  pathwayId: 'import-gsm8k',
  attribution: { dataset: 'GSM8K Socratic', text: 'GSM8K (Karl Cobbe et al.)', license: 'MIT', url: 'x' },
  records: 14,
  imported: 0,
  skills: 0,
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

  it('reports that nothing was written and lists every rejected line with the attribution', () => {
    renderAt('/a', <Route path="/a" element={<ImportReportView report={report} />} />);
    expect(screen.getByText('Nothing was imported: 2 problem(s) in 14 records.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['6final_answermissing', '14(line)not valid JSON']);
    expect(screen.getByText(/Karl Cobbe/)).toBeTruthy();
  });
});
