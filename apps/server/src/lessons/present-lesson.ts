import type { LessonSummary, LessonWire, SavedLesson } from '@pathwise/contracts';
import type { Lesson } from '@pathwise/core/lessons';
import { blocksOf } from '@pathwise/core/lessons';
import type { LessonReviews, LessonRow, LessonVersionRow } from '@pathwise/db';

/** The ids of a version's blocks that nobody has marked reviewed, in block order. */
export function unreviewedBlocks(lesson: Lesson, reviews: LessonReviews): string[] {
  return blocksOf(lesson)
    .filter((b) => !reviews[b.id])
    .map((b) => b.id);
}

// NOTE: the domain's lesson is read-only and the wire type mutable; contracts/lessons.ts proves them the same shape.
const wire = (lesson: Lesson): LessonWire => lesson as LessonWire;

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
    form: {
      ...latest.form,
      skillIds: [...latest.form.skillIds],
      readingLevels: [...latest.form.readingLevels],
    },
    lesson: wire(latest.lesson),
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
