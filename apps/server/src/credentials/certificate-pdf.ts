import type { Locale } from '@pathwise/core/identity';
import { winAnsiText } from '@pathwise/core/win-ansi-text';
import PDFDocument from 'pdfkit';
import { toBuffer as qrPng } from 'qrcode';
import SVGtoPDF from 'svg-to-pdfkit';
import type { BadgeImage } from './badge-image.ts';
import { type CertificateStrings, certificateStrings } from './certificate-strings.ts';

/** The only pictures an SVG badge may hold for the PDF: PNG or JPEG carried in it as base64. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg);base64,[a-z0-9+/=]+$/i;

type Pdf = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

/** Everything a certificate prints: the credential's own words as issued, and its verification address. */
export interface Certificate {
  locale: Locale;
  learnerName: string;
  achievementName: string;
  description: string | null;
  criteria: string | null;
  issuerName: string;
  issuedAt: Date;
  validUntil: Date | null;
  verificationUrl: string;
  image: BadgeImage | null;
}

const MARGIN = 56;
const BADGE_SIZE = 96;
const QR_SIZE = 120;
const INK = '#1a1a1a';
const SOFT = '#4a4a4a';
const RULE = '#2f6f6a';

interface Line {
  type: 'H1' | 'H2' | 'H3' | 'P';
  text: string;
  font?: 'Helvetica' | 'Helvetica-Bold';
  size: number;
  color?: string;
  after?: number;
}

/**
 * A credential as a one-page PDF certificate, tagged for assistive technology (PDF 1.7, structure tree of
 * headings, paragraphs, figures with alternative text and a link; `/Lang`; the title shown in the window bar):
 * the badge image (PNG or JPEG, or an SVG drawn as vectors by svg-to-pdfkit), the learner, the achievement with its
 * description and criteria, the issuer and dates, and a QR code of the verification address with the address
 * written out. Real text in the built-in Helvetica (WinAnsi: other characters get ASCII stand-ins, as in lesson
 * exports), so nothing depends on fonts installed on the machine.
 */
export async function certificatePdf(c: Certificate): Promise<Buffer> {
  const s = certificateStrings(c.locale);
  const qr = await qrPng(c.verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  const pdf = new PDFDocument({
    size: s.size,
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: s.lang,
    displayTitle: true,
    info: {
      Title: s.title(c.achievementName, c.learnerName),
      Subject: s.heading,
      Author: c.issuerName,
      Creator: 'Pathwise',
    },
  });
  const done = collect(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  drawFrame(pdf);
  const badge = openRaster(pdf, c.image);
  const svg = c.image?.type === 'image/svg+xml' ? c.image.bytes.toString('utf8') : null;
  pdf.y = MARGIN + (badge || svg ? 8 : 24);
  if (badge)
    drawFigure(pdf, root, BADGE_SIZE, s.badgeAlt(c.achievementName), (x, y) => {
      pdf.image(badge, x, y, { fit: [BADGE_SIZE, BADGE_SIZE], align: 'center' });
    });
  else if (svg)
    drawFigure(pdf, root, BADGE_SIZE, s.badgeAlt(c.achievementName), (x, y) => {
      // The image came from the signed credential; an SVG that cannot be drawn leaves the figure empty.
      try {
        SVGtoPDF(pdf, svg, x, y, {
          width: BADGE_SIZE,
          height: BADGE_SIZE,
          preserveAspectRatio: 'xMidYMid meet',
          // A picture inside the SVG is drawn only from its own data: never a file of this machine or an address.
          imageCallback: (link) => (EMBEDDED_RASTER.test(link.trim()) ? link.trim() : ''),
          warningCallback: () => {},
        });
      } catch {
        // Nothing drawn: the words of the certificate still say what it is.
      }
    });
  const lines: Line[] = [
    { type: 'H1', text: s.heading, font: 'Helvetica-Bold', size: 26, color: RULE, after: 1.2 },
    { type: 'P', text: s.certifies, size: 12, color: SOFT },
    { type: 'P', text: c.learnerName, font: 'Helvetica-Bold', size: 28, after: 0.5 },
    { type: 'P', text: s.earned, size: 12, color: SOFT },
    { type: 'H2', text: c.achievementName, font: 'Helvetica-Bold', size: 21, after: 0.6 },
  ];
  if (c.description) lines.push({ type: 'P', text: c.description, size: 11, after: 1 });
  if (c.criteria)
    lines.push(
      { type: 'H3', text: s.criteria, font: 'Helvetica-Bold', size: 11.5, after: 0.2 },
      { type: 'P', text: c.criteria, size: 10.5, after: 1 },
    );
  lines.push({ type: 'P', text: s.issuedBy(c.issuerName), font: 'Helvetica-Bold', size: 12, after: 0.2 });
  lines.push({ type: 'P', text: s.issuedOn(s.date(c.issuedAt)), size: 11, after: 0.2 });
  if (c.validUntil) lines.push({ type: 'P', text: s.validUntil(s.date(c.validUntil)), size: 11 });
  for (const line of lines) drawLine(pdf, root, line);
  drawVerification(pdf, root, c.verificationUrl, qr, s);
  root.end();
  pdf.end();
  return done;
}

function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** A thin double frame around the first page, marked as an artifact (decoration, not content). */
function drawFrame(pdf: Pdf): void {
  const { width, height } = pdf.page;
  pdf.markContent('Artifact', { type: 'Layout' });
  pdf
    .lineWidth(2)
    .strokeColor(RULE)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  pdf
    .lineWidth(0.6)
    .rect(30, 30, width - 60, height - 60)
    .stroke();
  pdf.endMarkedContent();
}

/** The badge as pdfkit can draw it (PNG or JPEG whose data it reads); null for an SVG or unreadable data. */
function openRaster(pdf: Pdf, image: BadgeImage | null): Buffer | null {
  if (!image || image.type === 'image/svg+xml') return null;
  try {
    // NOTE: opened once to check it, so a malformed image is left out rather than breaking the document midway
    // (pdfkit's `openImage`, which @types/pdfkit 0.17 does not list).
    (pdf as Pdf & { openImage(src: Buffer): unknown }).openImage(image.bytes);
    return image.bytes;
  } catch {
    return null;
  }
}

/** A `size`-square picture centred at the current position, drawn by `draw`, tagged as a figure with its alternative text. */
function drawFigure(
  pdf: Pdf,
  root: StructureElement,
  size: number,
  alt: string,
  draw: (x: number, y: number) => void,
): void {
  const x = (pdf.page.width - size) / 2;
  const y = pdf.y;
  root.add(pdf.struct('Figure', { alt }, () => draw(x, y)));
  pdf.y = y + size + 12;
}

function drawLine(pdf: Pdf, root: StructureElement, line: Line): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  pdf
    .font(line.font ?? 'Helvetica')
    .fontSize(line.size)
    .fillColor(line.color ?? INK);
  pdf.text(winAnsiText(line.text), left, pdf.y, {
    width,
    align: 'center',
    structParent: root,
    structType: line.type,
  });
  pdf.moveDown(line.after ?? 0.3);
}

/**
 * How to verify: a heading, a sentence, the address written out and its QR code, at the foot of the page (or on a
 * new page when the credential's words fill this one).
 */
function drawVerification(pdf: Pdf, root: StructureElement, url: string, qr: Buffer, s: CertificateStrings) {
  const lines: Line[] = [
    { type: 'H3', text: s.verifyHeading, font: 'Helvetica-Bold', size: 11.5, after: 0.2 },
    { type: 'P', text: s.verifyText, size: 9.5, color: SOFT, after: 0.2 },
  ];
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const textHeight = lines.reduce(
    (sum, line) =>
      sum +
      pdf
        .font(line.font ?? 'Helvetica')
        .fontSize(line.size)
        .heightOfString(line.text, { width }),
    0,
  );
  // NOTE: the gaps below the lines and the link's line, measured generously so the block never splits.
  const height = textHeight + 36 + QR_SIZE;
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  if (pdf.y + height > bottom) pdf.addPage();
  else pdf.y = Math.max(pdf.y + 12, bottom - height);
  for (const line of lines) drawLine(pdf, root, line);
  drawLink(pdf, root, url);
  drawFigure(pdf, root, QR_SIZE, s.qrAlt, (x, y) => {
    pdf.image(qr, x, y, { fit: [QR_SIZE, QR_SIZE], align: 'center' });
  });
}

/** The verification address written out, as a tagged link inside a paragraph. */
function drawLink(pdf: Pdf, root: StructureElement, url: string): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const paragraph = pdf.struct('P');
  root.add(paragraph);
  pdf.font('Helvetica').fontSize(9.5).fillColor(RULE);
  paragraph.add(
    pdf.struct('Link', {}, () =>
      pdf.text(url, left, pdf.y, { width, align: 'center', link: url, underline: true }),
    ),
  );
  paragraph.end();
  pdf.fillColor(INK).moveDown(0.6);
}
