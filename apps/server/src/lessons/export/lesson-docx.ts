import type { Lesson } from '@pathwise/core/lessons';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type LessonBlock, type LessonExportOptions, lessonDocument } from './lesson-document.ts';

/** The Word language tag of a document language. */
const LANGUAGE = { en: 'en-US', es: 'es-ES' } as const;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/**
 * A lesson as a Word document (DOCX): real headings (navigable, read by screen readers), bulleted items, the
 * rubric as a table with a repeated header row; the title and language set in the document's properties and
 * default style. The student copy holds no answer key (see `lessonDocument`).
 */
export async function lessonDocx(lesson: Lesson, options: LessonExportOptions): Promise<Buffer> {
  const doc = lessonDocument(lesson, options);
  const file = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'Pathwise',
    lastModifiedBy: 'Pathwise',
    styles: { default: { document: { run: { language: { value: LANGUAGE[doc.locale] } } } } },
    sections: [{ children: doc.blocks.map(docxBlock) }],
  });
  return Packer.toBuffer(file);
}

function docxBlock(block: LessonBlock): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ text: block.text, heading: HEADINGS[block.level] });
    case 'paragraph':
      return new Paragraph({ children: [new TextRun({ text: block.text, bold: block.strong ?? false })] });
    case 'item':
      return new Paragraph({ text: block.text, bullet: { level: block.depth } });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
          ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
        ],
      });
  }
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}
