import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '@pathwise/core/errors';
import { type Lesson, studentCopy } from '@pathwise/core/lessons';
import { plainMathText } from '@pathwise/core/math-text';
import { winAnsiText } from '@pathwise/core/win-ansi-text';
import { docxText, readPdf, sampleLesson, unzip } from './export-test-kit.ts';
import type { LessonExportOptions } from './lesson-document.ts';
import { lessonDocx } from './lesson-docx.ts';
import { lessonPdf } from './lesson-pdf.ts';

/** Whether `token` stands in `text` as a whole (not inside a longer number or word). */
function hasToken(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.])${escaped}($|[^\\w])`, 'm').test(text);
}

/** The lines of the teacher copy's answer key section (between its heading and the rubric's). */
function keyLines(text: string, heading: string, next: string): string[] {
  const lines = text.split('\n');
  return lines.slice(lines.indexOf(heading) + 1, lines.indexOf(next)).filter((l) => l.trim() !== '');
}

const docx = async (lesson: Lesson, options: LessonExportOptions) =>
  docxText(await lessonDocx(lesson, options));

describe('lesson exports (DOCX and PDF)', () => {
  let lesson: Lesson;
  let openKeys: string[];
  before(() => {
    lesson = sampleLesson();
    // The keys of open steps that the student copy's own texts never show (a stem could hold the same number).
    const shown = plainMathText(JSON.stringify(studentCopy(lesson)));
    openKeys = lesson.quiz.items
      .flatMap((i) => i.parts.filter((p) => p.format === 'open').map((p) => plainMathText(p.answerKey)))
      .filter((k) => !hasToken(shown, k));
  });

  test('the teacher DOCX: title, every day, the rubric criteria, the answer key with every open key; properties', async () => {
    const file = await lessonDocx(lesson, { copy: 'teacher', locale: 'en' });
    const entries = unzip(file);
    const text = docxText(file);
    assert.ok(text.includes('Lesson: linear equations'), text.slice(0, 200));
    for (const day of lesson.days) assert.ok(text.includes(`Day ${day.day}`), `Day ${day.day}`);
    for (const c of lesson.rubric) assert.ok(text.includes(c.skill.en), c.skill.en);
    assert.ok(text.includes('Answer key'));
    assert.ok(openKeys.length > 0, 'the sample has open steps whose keys the stems do not show');
    const keys = keyLines(text, 'Answer key', 'Rubric');
    assert.equal(
      keys.filter((l) => l.startsWith('Question')).length,
      lesson.quiz.items.flatMap((i) => i.parts).length,
    );
    for (const k of openKeys)
      assert.ok(
        keys.some((l) => l.endsWith(`: ${k}`)),
        `open key ${k}`,
      );
    assert.match(
      entries.get('docProps/core.xml')?.toString() ?? '',
      /<dc:title>Lesson: linear equations<\/dc:title>/,
    );
    assert.match(entries.get('word/styles.xml')?.toString() ?? '', /w:lang w:val="en-US"/);
    assert.match(text, /Warm-up \(\d+ min\)/);
    assert.match(text, /Visual activity: /);
  });

  test('the student DOCX: the title, quiz, rubric and versions, and no key, key line or worked solution', async () => {
    const teacher = await docx(lesson, { copy: 'teacher', locale: 'en' });
    const text = await docx(lesson, { copy: 'student', locale: 'en' });
    assert.ok(text.includes('Lesson: linear equations'));
    for (const c of lesson.rubric) assert.ok(text.includes(c.skill.en), c.skill.en);
    for (const item of lesson.quiz.items) assert.ok(text.includes(`Question ${item.number}`));
    assert.ok(!text.includes('Answer key'));
    assert.ok(!text.includes('Worked solution'));
    // A key line names its question ("Question 3, Part 1: 36"); worked lines after the first may be bare math.
    const lines = keyLines(teacher, 'Answer key', 'Rubric').filter((l) =>
      /^(Question|Worked solution)/.test(l),
    );
    assert.ok(lines.length > lesson.quiz.items.length);
    for (const line of lines) assert.ok(!text.includes(line), line);
    for (const k of openKeys) {
      assert.ok(hasToken(teacher, k), `the teacher copy shows ${k}`);
      assert.ok(!hasToken(text, k), `the student copy leaks the key ${k}`);
    }
    // Neutral headings: a learner's sheet does not name a reading level.
    assert.ok(!/below grade level/i.test(text));
    assert.equal(text.match(/Help for this work \(version \d of 3\)/g)?.length, 3);
  });

  test('the PDF: tagged, titled, the title and days in its text; the student copy holds no key', async () => {
    const teacherPdf = await lessonPdf(lesson, { copy: 'teacher', locale: 'en' });
    assert.equal(teacherPdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const teacher = await readPdf(teacherPdf);
    assert.equal(teacher.title, 'Lesson: linear equations');
    assert.ok(teacher.text.includes('Lesson: linear equations'));
    for (const day of lesson.days) assert.ok(teacher.text.includes(`Day ${day.day}`), `Day ${day.day}`);
    assert.ok(teacher.text.includes('Answer key'));
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TH', 'TD'])
      assert.ok(teacher.roles.has(role), role);
    const raw = teacherPdf.toString('latin1');
    assert.match(raw, /\/Lang \(en-US\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /\/Marked true/);

    const student = await readPdf(await lessonPdf(lesson, { copy: 'student', locale: 'en' }));
    assert.ok(student.text.includes('Lesson: linear equations'));
    assert.ok(!student.text.includes('Answer key'));
    assert.ok(!student.text.includes('Worked solution'));
    for (const k of openKeys) {
      assert.ok(hasToken(teacher.text, k), `the teacher PDF shows ${k}`);
      assert.ok(!hasToken(student.text, k), `the student PDF leaks the key ${k}`);
    }
  });

  test('Spanish: headings and properties in Spanish, in both formats', async () => {
    const text = await docx(lesson, { copy: 'teacher', locale: 'es' });
    for (const heading of [
      'Lección: linear equations',
      'Día 1',
      'Día 3',
      'Clave de respuestas',
      'Rúbrica',
      'Criterio',
    ]) {
      assert.ok(text.includes(heading), heading);
    }
    assert.ok(text.includes(lesson.rubric[0]?.skill.es ?? '?'));
    assert.ok(!text.includes('Answer key'));
    const pdf = await lessonPdf(lesson, { copy: 'student', locale: 'es' });
    const read = await readPdf(pdf);
    assert.ok(read.text.includes('Lección: linear equations'));
    assert.ok(read.text.includes('Pregunta 1'));
    assert.ok(read.text.includes('Rúbrica'));
    assert.ok(!read.text.includes('Clave de respuestas'));
    assert.match(pdf.toString('latin1'), /\/Lang \(es-ES\)/);
  });

  test('a stem with ≤ and − (outside WinAnsi) renders readable: ASCII in the PDF, the symbols in the DOCX', async () => {
    const [first, ...rest] = lesson.quiz.items;
    assert.ok(first);
    const stem = {
      en: 'Is $x \\le 5$ when $x = 2 − 7$? Then $y ≥ √4$ → done.',
      es: '¿Es $x \\le 5$ si $x = 2 − 7$?',
    };
    const odd: Lesson = { ...lesson, quiz: { ...lesson.quiz, items: [{ ...first, stem }, ...rest] } };
    const read = await readPdf(await lessonPdf(odd, { copy: 'student', locale: 'en' }));
    assert.ok(
      read.text.includes('Is x <= 5 when x = 2 - 7? Then y >= sqrt4 -> done.'),
      read.text.slice(0, 2000),
    );
    const text = await docx(odd, { copy: 'student', locale: 'en' });
    assert.ok(text.includes('Is x ≤ 5 when x = 2 − 7? Then y ≥ √4 → done.'));
  });

  test('the student copy of one reading level holds that version only; a level the lesson lacks is a 400', async () => {
    const text = await docx(lesson, { copy: 'student', locale: 'en', level: 'above' });
    assert.equal(text.match(/Help for this work/g)?.length, 1);
    const above = lesson.versions.find((v) => v.level === 'above');
    assert.ok(above && text.includes(plainMathText(above.directions.en)));
    const onOnly: Lesson = { ...lesson, versions: lesson.versions.filter((v) => v.level === 'on') };
    await assert.rejects(
      () => lessonPdf(onOnly, { copy: 'student', locale: 'en', level: 'below' }),
      (e: unknown) =>
        e instanceof AppError && e.code === 'validation_failed' && e.errors?.[0]?.field === 'body/level',
    );
  });

  // NOTE: the math written out is core's plainMathText, tested in packages/core/src/content/math-text.test.ts.
  test('the PDF text: WinAnsi kept, the rest mapped to ASCII', () => {
    assert.equal(
      winAnsiText('x − 3 ≤ 5 ≠ 6, 2 × 3 ÷ 1, x², é ñ ¿ “quoted” — €'),
      'x - 3 <= 5 != 6, 2 × 3 ÷ 1, x², é ñ ¿ “quoted” — €',
    );
    assert.equal(winAnsiText('x⁴ ≥ √y → π ∞ 中'), 'x^4 >= sqrty -> pi infinity ?');
  });
});
