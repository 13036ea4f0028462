import type { Locale } from '@pathwise/core/identity';
import type { LessonVersion, Quiz, Scaffold, StudentCopy } from '@pathwise/core/lessons';
import { plainMathText } from '@pathwise/core/math-text';
import type { LessonBlock, Say } from './lesson-document.ts';
import type { LessonExportStrings } from './lesson-export-strings.ts';

/**
 * The quiz as learners see it: each question's stem, its parts' prompts, the options of choice parts and an
 * answer line for open parts. It reads the student copy's shape, so a teacher's quiz prints the same questions.
 */
export function quizBlocks(quiz: StudentCopy['quiz'], s: LessonExportStrings, say: Say): LessonBlock[] {
  const blocks: LessonBlock[] = [{ kind: 'heading', level: 2, text: say(quiz.title) }];
  for (const item of quiz.items) {
    blocks.push({ kind: 'heading', level: 3, text: s.question(item.number) });
    blocks.push({ kind: 'paragraph', text: say(item.stem) });
    item.parts.forEach((part, i) => {
      const prompt = say(part.prompt);
      blocks.push({
        kind: 'paragraph',
        text: item.parts.length > 1 ? `${s.part(i + 1)}: ${prompt}` : prompt,
      });
      if (part.options) {
        for (const o of part.options)
          blocks.push({ kind: 'item', depth: 0, text: `${label(o.id)}. ${say(o.text)}` });
      } else {
        blocks.push({ kind: 'paragraph', text: s.answerLine });
      }
    });
  }
  return blocks;
}

/** The teacher's answer key: each part's key (the option and its text for a choice part) and its worked lines. */
export function answerKeyBlocks(quiz: Quiz, s: LessonExportStrings, say: Say): LessonBlock[] {
  const blocks: LessonBlock[] = [{ kind: 'heading', level: 2, text: s.answerKey }];
  for (const item of quiz.items) {
    item.parts.forEach((part, i) => {
      const which =
        item.parts.length > 1 ? `${s.question(item.number)}, ${s.part(i + 1)}` : s.question(item.number);
      const option = part.options?.find((o) => o.id === part.answerKey);
      const key = option ? `${label(option.id)}. ${say(option.text)}` : plainMathText(part.answerKey);
      blocks.push({ kind: 'item', depth: 0, text: `${which}: ${key}` });
      (part.worked ?? []).forEach((line, j) => {
        blocks.push({ kind: 'item', depth: 1, text: j === 0 ? `${s.worked}: ${say(line)}` : say(line) });
      });
    });
  }
  return blocks;
}

/** Every version for the teacher: its reading level, the measured readability in the document's language, its text. */
export function teacherVersionBlocks(
  versions: readonly LessonVersion[],
  s: LessonExportStrings,
  say: Say,
  locale: Locale,
): LessonBlock[] {
  const blocks: LessonBlock[] = [{ kind: 'heading', level: 2, text: s.versions }];
  for (const v of versions) {
    blocks.push({ kind: 'heading', level: 3, text: s.readingLevel[v.level] });
    blocks.push({ kind: 'paragraph', strong: true, text: s.measured(v.readability[locale]) });
    blocks.push({ kind: 'paragraph', text: say(v.directions) });
    blocks.push(...scaffoldBlocks(v.scaffolds, 4, say));
  }
  return blocks;
}

/**
 * The versions' student-facing text (directions and scaffolds), under neutral headings: a learner's sheet does
 * not name a reading level.
 */
export function studentVersionBlocks(
  versions: StudentCopy['versions'],
  s: LessonExportStrings,
  say: Say,
): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  versions.forEach((v, i) => {
    const text =
      versions.length > 1 ? `${s.support} (${s.studentVersion(i + 1, versions.length)})` : s.support;
    blocks.push({ kind: 'heading', level: 2, text });
    blocks.push({ kind: 'paragraph', text: say(v.directions) });
    blocks.push(...scaffoldBlocks(v.scaffolds, 3, say));
  });
  return blocks;
}

function scaffoldBlocks(scaffolds: readonly Scaffold[], level: 3 | 4, say: Say): LessonBlock[] {
  return scaffolds.flatMap((sc): LessonBlock[] => [
    { kind: 'heading', level, text: say(sc.title) },
    ...sc.lines.map((line): LessonBlock => ({ kind: 'item', depth: 0, text: say(line) })),
  ]);
}

/** An option's label as printed ("A", "B" …). */
function label(id: string): string {
  return id.toUpperCase();
}
