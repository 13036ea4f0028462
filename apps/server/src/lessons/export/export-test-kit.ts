import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { algebraFoundationsSkills, dataLiteracySkills, itemFamilies } from '@pathwise/core/content';
import {
  composeLesson,
  confirmLessonForm,
  type Lesson,
  type LessonSkill,
  parseLessonRequest,
  seedOf,
} from '@pathwise/core/lessons';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The sample request. */
export const SAMPLE =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';

/** The sample request composed offline with the demo frameworks, as the compose route does. */
export function sampleLesson(request = SAMPLE): Lesson {
  const framework: LessonSkill[] = [...algebraFoundationsSkills, ...dataLiteracySkills];
  const hasItems = (id: string) => itemFamilies.some((f) => f.skillId === id);
  const { form } = confirmLessonForm(
    parseLessonRequest(request, framework, hasItems),
    {},
    framework,
    hasItems,
  );
  return composeLesson({ form, framework, catalog: itemFamilies, seed: seedOf(request) });
}

/**
 * The entries of a zip archive (a DOCX is one), read with Node's zlib: the central directory names each entry,
 * its method (0 stored, 8 deflated) and where its local header is.
 */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory header at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a DOCX's body, one line per paragraph (table cells are paragraphs too). */
export function docxText(docx: Buffer): string {
  const xml = unzip(docx).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
    )
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** What an independent parser (PDF.js) reads in a PDF: its text (a line per text line), metadata and structure. */
export async function readPdf(pdf: Buffer): Promise<{ text: string; title: unknown; roles: Set<string> }> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
    isEvalSupported: false,
  }).promise;
  const lines: string[] = [];
  const roles = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    collectRoles(await page.getStructTree(), roles);
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { text: lines.join('\n'), title: (info as { Title?: unknown }).Title, roles };
}

function collectRoles(node: unknown, into: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const { role, children } = node as { role?: string; children?: unknown[] };
  if (role) into.add(role);
  for (const child of children ?? []) collectRoles(child, into);
}
