import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemFamilies } from '../content/index.ts';
import { checkCitedCodes } from './cited-codes.ts';
import { composeLesson } from './compose-lesson.ts';
import { hasItems, SAMPLE_REQUEST, testFramework } from './lesson-test-kit.ts';
import { checkModelProse, MODEL_PROSE_REASONS, type ProseContext, unknownCodes } from './model-prose.ts';
import { applyModelProse, proseSlots } from './model-prose-slots.ts';
import { parseLessonRequest } from './parse-request.ts';

const form = parseLessonRequest(SAMPLE_REQUEST, testFramework, hasItems).form;
const lesson = composeLesson({ form, framework: testFramework, catalog: itemFamilies, seed: 7 });
const en: ProseContext = { locale: 'en', framework: testFramework };
const GOAL = 'By the end of the day, learners can solve one-step equations (add and subtract).';
const MOVES = 'Pose 2 short review problems such as $x + 3 = 5$. Learners answer on mini whiteboards.';

const reasonOf = (offline: string, proposed: unknown, ctx: ProseContext = en) => {
  const check = checkModelProse(offline, proposed, ctx);
  return check.ok ? 'accepted' : check.reason;
};

describe('checkModelProse', () => {
  it('accepts a rephrasing that keeps the numbers, the math and the skill name', () => {
    const check = checkModelProse(
      MOVES,
      '  Give  2 quick review problems like $x + 3 = 5$; learners reply on whiteboards.',
      en,
    );
    assert.deepEqual(check, {
      ok: true,
      text: 'Give 2 quick review problems like $x + 3 = 5$; learners reply on whiteboards.',
    });
    const goal = 'Today, every learner will solve one-step equations (add and subtract).';
    assert.equal(reasonOf(GOAL, goal), 'accepted');
  });

  it('rejects what is not a non-empty string as malformed', () => {
    for (const bad of [undefined, null, 42, { text: 'x' }, ['a'], '   '])
      assert.equal(reasonOf(GOAL, bad), 'malformed');
  });

  it('rejects a text much longer than the offline one', () => {
    assert.equal(reasonOf(GOAL, `${GOAL} ${'Keep practising with care. '.repeat(10)}`), 'too_long');
  });

  it('rejects a skill code that is not in the framework, and lets a framework code through', () => {
    assert.equal(reasonOf(GOAL, `${GOAL} See alg.quantum-flux.`), 'unknown_code');
    const known = testFramework.find((s) => s.id.includes('.'))!.id;
    assert.equal(
      reasonOf(GOAL, `Today, learners can solve one-step equations (add and subtract) (${known}).`),
      'accepted',
    );
    assert.deepEqual(unknownCodes('e.g. 3.5 and p. ej. alg.quantum-flux', testFramework), [
      'alg.quantum-flux',
    ]);
  });

  it('rejects a text that drops a number or a math span of the offline text', () => {
    assert.equal(
      reasonOf(MOVES, 'Give two quick review problems like $x + 3 = 5$ on whiteboards.'),
      'dropped_number',
    );
    assert.equal(
      reasonOf(MOVES, 'Give 2 quick review problems on mini whiteboards, nothing more.'),
      'dropped_number',
    );
  });

  it('rejects a text that drops the name of a skill the offline text names', () => {
    assert.equal(
      reasonOf(GOAL, 'By the end of the day, learners can work with simple equations.'),
      'dropped_term',
    );
  });

  it('rejects links, markup and words from the moderation list, in English and Spanish', () => {
    assert.equal(reasonOf(GOAL, `${GOAL} More at https://example.com`), 'url');
    assert.equal(reasonOf(GOAL, `${GOAL} www.example.org`), 'url');
    assert.equal(reasonOf(GOAL, `<b>${GOAL}</b>`), 'html');
    assert.equal(reasonOf(GOAL, `${GOAL} Do not be stupid.`), 'moderation');
    const es: ProseContext = { locale: 'es', framework: testFramework };
    const goalEs = 'Al final del día, el alumnado sabe resolver ecuaciones de un paso (suma y resta).';
    assert.equal(reasonOf(goalEs, `${goalEs} No seas idiota.`, es), 'moderation');
    assert.equal(
      reasonOf(goalEs, 'Hoy el alumnado va a resolver ecuaciones de un paso (suma y resta).', es),
      'accepted',
    );
    // Whole words only: "skill" holds no blocked word ("kill").
    assert.equal(
      reasonOf(GOAL, 'Today, with skill, learners can solve one-step equations (add and subtract).'),
      'accepted',
    );
  });

  it('rejects a version text that reads more than a grade harder, and keeps the same text as unchanged', () => {
    const below = lesson.versions.find((v) => v.level === 'below')!;
    const slot = proseSlots(lesson, 'en').find((s) => s.id === 'version-below/directions')!;
    const ctx: ProseContext = {
      ...en,
      level: {
        measuredText: (t) => [t, ...below.scaffolds.flatMap((s) => s.lines.map((l) => l.en))].join('\n'),
      },
    };
    const hard =
      'Systematically scrutinize each mathematical proposition, deliberately determining the appropriate inverse operation, subsequently substantiating every transformation with rigorous justification.';
    assert.equal(reasonOf(slot.text, hard, ctx), 'reading_level');
    assert.equal(
      reasonOf(slot.text, 'Read each problem. Go slow. Use the word list. Check your work.', ctx),
      'accepted',
    );
    assert.equal(reasonOf(slot.text, slot.text, ctx), 'unchanged');
  });

  it('words every reason in English and Spanish', () => {
    for (const words of Object.values(MODEL_PROSE_REASONS))
      assert.ok(words.en.length > 0 && words.es.length > 0);
  });
});

describe('applyModelProse', () => {
  const slots = proseSlots(lesson, 'en');

  it('offers only goals, teacher moves and directions', () => {
    assert.equal(slots.length, 3 + lesson.days.reduce((n, d) => n + d.phases.length, 0) + 3);
    assert.ok(
      slots.every((s) => /^(day-\d+\/(goal|phases\/.+\/teacherMoves)|version-\w+\/directions)$/.test(s.id)),
    );
  });

  it('uses an accepted text with source model and keeps the offline text, with the reason, otherwise', () => {
    const goal = slots.find((s) => s.id === 'day-1/goal')!;
    const rephrased = goal.text.replace('By the end of the day', 'Today');
    const { lesson: out, notes } = applyModelProse(lesson, testFramework, 'en', {
      'day-1/goal': rephrased,
      'day-2/goal': `${slots.find((s) => s.id === 'day-2/goal')!.text} alg.quantum-flux`,
      'version-below/directions': 17,
    });
    assert.equal(out.days[0]!.goal.en, rephrased);
    assert.equal(out.days[0]!.goal.es, lesson.days[0]!.goal.es);
    assert.equal(out.days[0]!.source, 'model');
    assert.deepEqual(out.days[1], lesson.days[1]);
    assert.deepEqual(out.versions, lesson.versions);
    const noteOf = (slot: string) => notes.find((n) => n.slot === slot);
    assert.equal(noteOf('day-1/goal')?.outcome, 'accepted');
    assert.equal(noteOf('day-2/goal')?.reason, 'unknown_code');
    assert.equal(noteOf('version-below/directions')?.reason, 'malformed');
    assert.equal(noteOf('day-3/goal')?.reason, 'missing');
    assert.equal(notes.length, slots.length);
    checkCitedCodes(out, testFramework);
  });

  it('keeps every slot offline with the reason when the model gave nothing usable', () => {
    const { lesson: out, notes } = applyModelProse(lesson, testFramework, 'en', 'unavailable');
    assert.equal(out, lesson);
    assert.ok(notes.every((n) => n.outcome === 'kept' && n.reason === 'unavailable'));
    assert.equal(notes[0]?.message?.es, MODEL_PROSE_REASONS.unavailable.es);
  });
});
