import type { LessonFormWire, LessonSummary, LessonWire, SavedLesson } from '@pathwise/contracts';
import type { Lesson, LessonForm } from '@pathwise/core/lessons';
import { blocksOf } from '@pathwise/core/lessons';
import type { LessonReviews, LessonRow, LessonVersionRow } from '@pathwise/db';

/** The ids of a version's blocks that nobody has marked reviewed, in block order. */
export function unreviewedBlocks(lesson: Lesson, reviews: LessonReviews): string[] {
  return blocksOf(lesson)
    .filter((b) => !reviews[b.id])
    .map((b) => b.id);
}

/**
 * A lesson as the API answers it. The domain's lesson is read-only and the wire type mutable; contracts/lessons.ts
 * proves at compile time that they are the same shape, so this is the one place that says so.
 */
export const lessonWire = (lesson: Lesson): LessonWire => lesson as LessonWire;

/** A lesson form as the API answers it (its lists copied: the domain's are read-only). */
export const formWire = (form: LessonForm): LessonFormWire => ({
  ...form,
  skillIds: [...form.skillIds],
  readingLevels: [...form.readingLevels],
});

const authorOf = (row: LessonRow) => ({ id: row.authorId, name: row.authorName });

/** A lesson in the organization's list. */
export function presentLessonSummary(row: LessonRow): LessonSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    author: authorOf(row),
    version: row.latestVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A saved lesson at its latest version, with its blocks' reviews and every version number. */
export function presentSavedLesson(
  row: LessonRow,
  latest: LessonVersionRow,
  versions: number[],
  canEdit: boolean,
): SavedLesson {
  return {
    ...presentLessonSummary(row),
    version: latest.version,
    versions,
    request: latest.request,
    seed: latest.seed,
    form: formWire(latest.form),
    lesson: lessonWire(latest.lesson),
    blocks: blocksOf(latest.lesson).map((b) => ({
      ...b,
      reviewed: Boolean(latest.reviews[b.id]),
      reviewedAt: latest.reviews[b.id]?.reviewedAt ?? null,
    })),
    unreviewed: unreviewedBlocks(latest.lesson, latest.reviews),
    canEdit,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
