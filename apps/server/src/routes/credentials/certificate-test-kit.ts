import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import jsqr from 'jsqr';
import { getDocument, ImageKind, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

// NOTE: jsQR is a CommonJS bundle whose `module.exports` also holds `default`: the one spelling both Node and
// TypeScript (NodeNext) read as the function.
const jsQR = jsqr.default;
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** What an independent reader (PDF.js, jsQR) finds in a certificate. */
export interface ReadCertificate {
  pages: number;
  /** The first page's width and height in points. */
  size: [number, number];
  text: string;
  title: unknown;
  language: unknown;
  /** The structure roles, and the alternative texts of its figures. */
  roles: Set<string>;
  alts: string[];
  /** The addresses its link annotations open. */
  links: string[];
  /** Every image drawn on the first page, with what a QR reader decodes in it (null: none). */
  images: { width: number; height: number; qr: string | null }[];
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** An image's pixels as RGBA, from PDF.js's decoded kinds (RGB or RGBA bytes). */
function rgba(image: DecodedImage): Uint8ClampedArray {
  if (image.kind === ImageKind.RGBA_32BPP) return new Uint8ClampedArray(image.data);
  if (image.kind !== ImageKind.RGB_24BPP) throw new Error(`image kind ${image.kind} is not read here`);
  const out = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, o = 0; i < image.data.length; i += 3, o += 4) {
    out[o] = image.data[i] ?? 0;
    out[o + 1] = image.data[i + 1] ?? 0;
    out[o + 2] = image.data[i + 2] ?? 0;
    out[o + 3] = 255;
  }
  return out;
}

function collect(node: unknown, roles: Set<string>, alts: string[]): void {
  if (!node || typeof node !== 'object') return;
  const { role, alt, children } = node as { role?: string; alt?: string; children?: unknown[] };
  if (role) roles.add(role);
  if (alt) alts.push(alt);
  for (const child of children ?? []) collect(child, roles, alts);
}

/**
 * Reads a PDF certificate as a stranger's tools would: its text (a line per text line), title and language, its
 * structure, its links, and every image of the first page decoded by jsQR from the pixels PDF.js draws.
 */
export async function readCertificate(pdf: Buffer): Promise<ReadCertificate> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
    isEvalSupported: false,
  }).promise;
  const lines: string[] = [];
  const roles = new Set<string>();
  const alts: string[] = [];
  const links: string[] = [];
  const images: ReadCertificate['images'] = [];
  const [, , width = 0, height = 0] = (await doc.getPage(1)).view;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    let line = '';
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    collect(await page.getStructTree(), roles, alts);
    for (const a of await page.getAnnotations()) if (a.subtype === 'Link' && a.url) links.push(a.url);
    const ops = await page.getOperatorList();
    for (const [i, fn] of ops.fnArray.entries()) {
      if (fn !== OPS.paintImageXObject) continue;
      const id = ops.argsArray[i][0] as string;
      const image = await new Promise<DecodedImage>((resolve) => page.objs.get(id, resolve));
      const decoded = jsQR(rgba(image), image.width, image.height);
      images.push({ width: image.width, height: image.height, qr: decoded?.data ?? null });
    }
  }
  const { info } = await doc.getMetadata();
  const { Title: title, Language: language } = info as { Title?: unknown; Language?: unknown };
  const pages = doc.numPages;
  await doc.destroy();
  return {
    pages,
    size: [width, height],
    text: lines.join('\n'),
    title,
    language,
    roles,
    alts,
    links,
    images,
  };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of one colour (8-bit RGB), written by hand so a test's badge depends on no image library. */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
