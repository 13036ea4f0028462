import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { theme } from '../../theme.ts';
import { AtRiskList } from './at-risk-list.tsx';
import type { ClassDashboard } from './dashboards-api.ts';

const risk: ClassDashboard['risk'] = {
  enabled: true,
  horizonDays: 14,
  threshold: 0.82,
  consenting: 20,
  scored: 12,
  atRiskCount: 2,
  flaggedShare: 0.1,
  learners: [
    {
      userId: 'a',
      name: 'Ana Álvarez',
      probability: 0.97,
      reasons: [{ feature: 'daysInactive', text: { en: 'no activity for 12 days', es: 'sin actividad' } }],
      suggestedAction: { en: 'Check in with the learner.', es: 'Hable con el alumno.' },
    },
    {
      userId: 'b',
      name: 'Bruno Brown',
      probability: 0.85,
      reasons: [],
      suggestedAction: { en: 'Agree on short sessions.', es: 'Sesiones breves.' },
    },
  ],
};

function show(value: ClassDashboard['risk']) {
  render(
    <MantineProvider theme={theme}>
      <MemoryRouter>
        <AtRiskList risk={value} orgId="o" orgSlug="demo" classId="c" onRecorded={() => {}} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('AtRiskList', () => {
  it('says what the risk means, the share flagged and the threshold, and lists the flagged by risk', () => {
    show(risk);
    expect(screen.getByTestId('risk-meaning').textContent).toBe(
      'Risk is the chance that a learner masters none of the skills left on their pathway in the next 14 days. A learner who finished their pathway is not at risk and is not scored.',
    );
    expect(screen.getByTestId('risk-share').textContent).toMatch(
      /^2 of 20 learners who agreed to risk scoring are flagged \(10%\), highest risk first\. 12 of them/,
    );
    expect(screen.getByText(/^Flagged from a risk of 82%/)).toBeTruthy();
    const items = within(screen.getByTestId('at-risk')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Ana Álvarez',
      'Bruno Brown',
    ]);
    expect(within(items[0]!).getByText('Risk 97%')).toBeTruthy();
  });

  it('says early warning is off when the organization has not enabled it', () => {
    show({ ...risk, enabled: false, learners: [] });
    expect(screen.getByText(/Early warning is off/)).toBeTruthy();
    expect(screen.queryByTestId('risk-meaning')).toBeNull();
  });
});
