import type { TestApp } from '../../test/test-app.ts';

/** A small valid PDF (the magic bytes are what count). */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A file as the submission body sends it. */
export function fileOf(name: string, bytes: Buffer) {
  return { name, contentBase64: bytes.toString('base64') };
}

/** The rubric of the test project: two criteria, pass when every criterion is at least proficient. */
export const RUBRIC = {
  criteria: ['Budget table', 'Explanation'].map((name) => ({
    name,
    levels: {
      beginning: `${name}: missing`,
      developing: `${name}: partly there`,
      proficient: `${name}: complete`,
      advanced: `${name}: complete and checked`,
    },
  })),
  passRule: { kind: 'every_criterion_at_least', level: 'proficient' },
};

/** Rows of the project tables, counted (to prove a refused request wrote nothing). */
export async function projectRowCounts(t: TestApp): Promise<number[]> {
  const tables = [
    'project_submissions',
    'project_submission_versions',
    'project_files',
    'project_assessments',
  ] as const;
  return Promise.all(
    tables.map(async (table) => {
      const row = await t.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }),
  );
}
