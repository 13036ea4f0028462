import { type Static, Type } from 'typebox';
import { LocaleSchema, StringEnum } from './common.ts';
import { ComposeLessonBody } from './lessons.ts';

/**
 * `POST /api/orgs/:orgId/lessons/export`: the compose request (the teacher's words, the confirmed form, the seed;
 * the same input composes the same lesson) and the file wanted: `docx` or `pdf`, the `teacher` copy (plan, keys,
 * worked solutions) or the `student` copy (no keys), the document's language (default: the form's), and for the
 * student copy the one reading `level` to print (default: every version). The answer is the file itself.
 */
export const LessonExportBody = Type.Object({
  ...ComposeLessonBody.properties,
  format: StringEnum(['docx', 'pdf'] as const, { description: 'The file format' }),
  copy: StringEnum(['student', 'teacher'] as const, {
    description: 'The teacher copy holds the plan and the answer key; the student copy holds no key',
  }),
  locale: Type.Optional(LocaleSchema),
  level: Type.Optional(
    StringEnum(['below', 'on', 'above'] as const, {
      description: "The student copy's reading level (a version of the lesson); default: every version",
    }),
  ),
});
export type LessonExportInput = Static<typeof LessonExportBody>;
