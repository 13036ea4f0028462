import type { Lesson } from '@pathwise/core/lessons';
import { winAnsiText } from '@pathwise/core/win-ansi-text';
import PDFDocument from 'pdfkit';
import { type LessonBlock, type LessonExportOptions, lessonDocument } from './lesson-document.ts';

type Pdf = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

/** The PDF language tag of a document language; Spanish sheets print on A4, English ones on US Letter. */
const PAGE = { en: { lang: 'en-US', size: 'LETTER' }, es: { lang: 'es-ES', size: 'A4' } } as const;
const MARGIN = 56;
const HEADING_SIZE = { 1: 20, 2: 15, 3: 12.5, 4: 11 } as const;
const BODY_SIZE = 10.5;
const BULLET_INDENT = 14;
// NOTE: a heading keeps its first lines with it; before a table, the header row and a first rubric row (≈ 200 pt).
const HEADING_ROOM = 72;
const TABLE_ROOM = 240;

/**
 * A lesson as a tagged PDF (PDF 1.7): a structure tree of headings (H1–H4), paragraphs, lists and the rubric as a
 * table with header cells, the document language and the title shown in the window bar. The built-in Helvetica
 * draws WinAnsi only, so math symbols outside it are written as ASCII (≤ → <=). The student copy holds no answer
 * key (see `lessonDocument`).
 */
export async function lessonPdf(lesson: Lesson, options: LessonExportOptions): Promise<Buffer> {
  const doc = lessonDocument(lesson, options);
  const page = PAGE[doc.locale];
  const pdf = new PDFDocument({
    size: page.size,
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: page.lang,
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.subject, Author: 'Pathwise', Creator: 'Pathwise' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  let list: StructureElement | null = null;
  for (const [i, block] of doc.blocks.entries()) {
    if (block.kind === 'item' && !list) {
      list = pdf.struct('L');
      root.add(list);
    } else if (block.kind !== 'item' && list) {
      list.end();
      list = null;
    }
    drawBlock(pdf, block, list ?? root, doc.blocks[i + 1]?.kind === 'table' ? TABLE_ROOM : HEADING_ROOM);
  }
  list?.end();
  root.end();
  pdf.end();
  return done;
}

/** Draws one block; a heading needs `room` points below it or moves to the next page. */
function drawBlock(pdf: Pdf, block: LessonBlock, parent: StructureElement, room: number): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  switch (block.kind) {
    case 'heading': {
      // NOTE: a heading never ends a page; it moves to the next one with the text it introduces.
      if (pdf.y > pdf.page.height - pdf.page.margins.bottom - room) pdf.addPage();
      else pdf.moveDown(block.level <= 2 ? 0.8 : 0.4);
      pdf.font('Helvetica-Bold').fontSize(HEADING_SIZE[block.level]);
      pdf.text(winAnsiText(block.text), left, pdf.y, {
        width,
        structParent: parent,
        structType: `H${block.level}`,
      });
      pdf.moveDown(0.2);
      return;
    }
    case 'paragraph':
      pdf.font(block.strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
      pdf.text(winAnsiText(block.text), left, pdf.y, {
        width,
        paragraphGap: 4,
        structParent: parent,
        structType: 'P',
      });
      return;
    case 'item': {
      const x = left + BULLET_INDENT * (block.depth + 1);
      pdf.font('Helvetica').fontSize(BODY_SIZE);
      // The bullet and the item's first line share a page.
      if (pdf.y + pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
      const y = pdf.y;
      // NOTE: the bullet is drawn as an artifact (the LI element says it is a list item) and the text hangs after it.
      pdf.markContent('Artifact', { type: 'Layout' });
      pdf.text(block.depth === 0 ? '•' : '–', x - BULLET_INDENT * 0.75, y, { lineBreak: false });
      pdf.endMarkedContent();
      pdf.text(winAnsiText(block.text), x, y, {
        width: width - (x - left),
        paragraphGap: 2,
        structParent: parent,
        structType: 'LI',
      });
      return;
    }
    case 'table':
      drawTable(pdf, block, parent, left);
  }
}

function drawTable(
  pdf: Pdf,
  block: Extract<LessonBlock, { kind: 'table' }>,
  parent: StructureElement,
  left: number,
) {
  pdf.moveDown(0.3);
  pdf.font('Helvetica').fontSize(8.5);
  const header = block.header.map((text) => ({
    text: winAnsiText(text),
    type: 'TH' as const,
    font: { src: 'Helvetica-Bold' },
    backgroundColor: '#e8e8e8',
  }));
  const rows = block.rows.map((row) => row.map((text) => winAnsiText(text)));
  // NOTE: `structParent` makes pdfkit tag the table (Table, TR, TH/TD); @types/pdfkit 0.17 does not list it yet.
  const options = {
    data: [header, ...rows],
    position: { x: left, y: pdf.y },
    defaultStyle: { padding: 4, border: 0.5, borderColor: '#888888' },
    structParent: parent,
  };
  pdf.table(options as PDFKit.Mixins.TableOptionsWithData);
  pdf.x = left;
  pdf.moveDown(0.5);
}
