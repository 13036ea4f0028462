import { MantineProvider } from '@mantine/core';
import type { TimelineEvent } from '@pathwise/contracts';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/format-date.ts';
import { applyLocale } from '../../i18n/i18n.ts';
import { theme } from '../../theme.ts';
import type { Intervention } from './dashboards-api.ts';
import { shortStem } from './short-stem.ts';
import { TimelineEvents } from './timeline-events.tsx';

const base = {
  verbId: 'http://adlnet.gov/expapi/verbs/answered',
  verb: { en: 'answered', es: 'respondió' },
  response: null,
  help: null,
  hintLevel: null,
  mastery: null,
  achievement: null,
} satisfies Partial<TimelineEvent>;

const systems = {
  id: 'alg.systems-elimination',
  name: { en: 'Systems by elimination', es: 'Sistemas por eliminación' },
};

const answer: TimelineEvent = {
  ...base,
  id: '11111111-1111-4111-8111-111111111111',
  timestamp: '2026-03-19T14:05:00.000Z',
  kind: 'answer',
  success: false,
  skills: [systems],
  item: {
    id: 'systems-elimination/4/2',
    stem: {
      en: 'Solve the system $x + y = 5$, $x - y = 1$.',
      es: 'Resuelve el sistema $x + y = 5$, $x - y = 1$.',
    },
    mode: 'practice',
  },
  response: 'x = 2',
  help: { hints: 2, tutorQuestions: 1 },
};

const removed: TimelineEvent = {
  ...base,
  id: '22222222-2222-4222-8222-222222222222',
  timestamp: '2026-03-18T09:30:00.000Z',
  kind: 'answer',
  success: true,
  skills: [systems],
  item: { id: 'gone', stem: null, mode: null },
  help: { hints: 0, tutorQuestions: 0 },
};

const mastered: TimelineEvent = {
  ...base,
  id: '33333333-3333-4333-8333-333333333333',
  timestamp: '2026-03-19T14:05:01.000Z',
  kind: 'mastery',
  verbId: 'https://pathwise.dev/xapi/verbs/mastery-changed',
  success: true,
  skills: [systems],
  item: null,
  mastery: { before: 0.8, after: 0.96, mastered: true, reached: true },
};

const note: Intervention = {
  id: 'i1',
  learnerId: 'l1',
  learnerName: 'Noa',
  teacherId: 't1',
  teacherName: 'Ms. Rivera',
  action: 'meeting',
  note: 'Went over elimination together.',
  createdAt: '2026-03-18T16:00:00.000Z',
};

function show(events: TimelineEvent[], interventions: Intervention[] = []) {
  return render(
    <MantineProvider theme={theme}>
      <TimelineEvents events={events} interventions={interventions} />
    </MantineProvider>,
  );
}

describe('TimelineEvents', () => {
  afterEach(() => applyLocale('en'));

  it('in Spanish, an answer names the skill and the problem, right/wrong in words, the answer and the help; dates by formatDate', async () => {
    await applyLocale('es');
    show([answer, mastered, removed], [note]);
    const item = screen
      .getByText(/Respondió un problema de práctica sobre Sistemas por eliminación/)
      .closest('li')!;
    expect(item).not.toBeNull();
    const li = within(item as HTMLElement);
    expect(li.getByText('Incorrecta')).toBeTruthy();
    expect(item.textContent).toContain('Problema:');
    expect(item.textContent).toContain('Resuelve el sistema');
    expect(item.textContent).not.toContain('Solve the system');
    expect(item.querySelectorAll('.pw-math').length).toBe(2);
    expect(li.getByText('Su respuesta: x = 2')).toBeTruthy();
    expect(li.getByText(/pistas hasta el nivel 2; 1 pregunta al tutor/)).toBeTruthy();
    expect(li.getByText(formatDate(answer.timestamp, 'es', true))).toBeTruthy();
    expect(document.body.textContent).not.toContain('alg.systems-elimination');
    // Grouped by day, newest first, each day's heading in the same format.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([formatDate(answer.timestamp, 'es'), formatDate(removed.timestamp, 'es')]);
    expect(screen.getByText('Dominó Sistemas por eliminación')).toBeTruthy();
    expect(screen.getByText('un problema eliminado')).toBeTruthy();
    expect(screen.getByText('Ms. Rivera registró: Se reunió con el alumno')).toBeTruthy();
  });

  it('in English the same events read in English', () => {
    show([removed]);
    expect(screen.getByText('Right')).toBeTruthy();
    expect(screen.getByText(/Answered a problem on Systems by elimination/)).toBeTruthy();
    expect(screen.getByText('a removed problem')).toBeTruthy();
    expect(screen.getByText('No hints and no questions to the tutor before answering.')).toBeTruthy();
  });
});

describe('shortStem', () => {
  it('joins lines, drops figures and cuts at a word, never inside math', () => {
    expect(shortStem('Solve $2x + 3 = 7$ for $x$.\nShow your work.', 20)).toBe('Solve $2x + 3 = 7$ for…');
    expect(shortStem('Look [[figure:a]] at this\nchart', 100)).toBe('Look at this chart');
    expect(shortStem('It costs \\$5 and $x = 12345678901234567890$', 12)).toBe('It costs \\$5…');
  });
});
