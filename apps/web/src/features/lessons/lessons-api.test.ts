import { describe, expect, it } from 'vitest';
import { type ComposeLessonAnswer, saveBodyOf } from './lessons-api.ts';

const form = {
  topic: 'linear equations',
  skillIds: ['alg.two-step'],
  days: 1,
  periodMinutes: 50,
  readingLevels: ['on' as const],
  visualActivities: 1,
  quizLength: 5,
  locale: 'en' as const,
};
// Only what saving reads: the status and the notes (the lesson itself is never sent back).
const composed = (modelNotes?: Extract<ComposeLessonAnswer, { status: 'composed' }>['modelNotes']) =>
  ({ status: 'composed', form, lesson: {}, ...(modelNotes ? { modelNotes } : {}) }) as ComposeLessonAnswer;

describe('saveBodyOf: what saving sends for the lesson on screen', () => {
  it('sends what was composed, and with a model the notes the teacher saw (text or reason, no words)', () => {
    const from = { request: 'a lesson on linear equations', form: { days: 1 } };
    expect(saveBodyOf(from, composed())).toEqual(from);
    const notes = [
      {
        slot: 'day-1/goal',
        locale: 'en' as const,
        outcome: 'accepted' as const,
        reason: null,
        message: null,
        text: 'Today…',
      },
      {
        slot: 'version-on/directions',
        locale: 'en' as const,
        outcome: 'kept' as const,
        reason: 'reading_level' as const,
        message: { en: 'harder', es: 'más difícil' },
        text: null,
      },
    ];
    expect(saveBodyOf(from, composed(notes))).toEqual({
      ...from,
      modelNotes: [
        { slot: 'day-1/goal', outcome: 'accepted', reason: null, text: 'Today…' },
        { slot: 'version-on/directions', outcome: 'kept', reason: 'reading_level', text: null },
      ],
    });
  });

  it('has nothing to save while the assistant still needs fields', () => {
    expect(saveBodyOf({ request: 'a plan' }, { status: 'needs', form, missing: ['topic'] })).toBeNull();
  });
});
