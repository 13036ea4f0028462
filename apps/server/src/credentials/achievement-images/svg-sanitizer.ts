import type { ImageProblem } from '@pathwise/contracts';
import type { DOMPurify } from 'dompurify';
import { refuseImage } from './image-refusal.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PARSER_ERROR_NS = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';
/** An embedded raster picture (`<image href="data:image/png;base64,…">`): no other file is fetched for it. */
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const CSS_URL = /url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi;
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a URL's scheme.
const URL_NOISE = /[\u0000-\u0020]/g;
const SCRIPTING = /(javascript|vbscript|livescript):/i;

interface Tools {
  window: import('jsdom').DOMWindow;
  purify: DOMPurify;
}

let tools: Promise<Tools> | null = null;

/** One jsdom window and one DOMPurify over it per process, made on the first SVG (jsdom takes a second to load). */
function loadTools(): Promise<Tools> {
  tools ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
      import('jsdom'),
      import('dompurify'),
    ]);
    const { window } = new JSDOM('');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // Defence in depth: whatever the checks below let through, no attribute leaves with a link to another file.
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (externalIn(data.attrName, data.attrValue)) data.keepAttr = false;
    });
    return { window, purify };
  })();
  return tools;
}

const isHref = (name: string) => name === 'href' || name.endsWith(':href');

/** The address in an attribute that points outside the file, or null (only `#fragment` and embedded rasters stay). */
function externalIn(name: string, value: string): string | null {
  const trimmed = value.trim();
  if (isHref(name.toLowerCase()))
    return trimmed.startsWith('#') || RASTER_DATA.test(trimmed) ? null : trimmed || null;
  return externalInCss(value);
}

/** The first `url(…)` that is not a `#fragment`, or an `@import`, in CSS text; or null. */
function externalInCss(css: string): string | null {
  if (/@import/i.test(css)) return '@import';
  // NOTE: CSS escapes could spell `url(` in a way no pattern finds: a style with a backslash is refused whole.
  if (css.includes('\\')) return css.slice(css.indexOf('\\'), css.indexOf('\\') + 20);
  for (const match of css.matchAll(CSS_URL)) {
    const target = (match[2] ?? '').trim();
    if (!target.startsWith('#')) return target;
  }
  return null;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function refuse(problem: ImageProblem, message: string, found?: string): never {
  refuseImage(problem, message, found);
}

/**
 * Refuses an SVG with anything that could run or fetch: a `<script>` (or SVG Tiny `<handler>`), a `<foreignObject>`
 * (HTML inside the picture), an event-handler attribute (`onload`, …), a `javascript:` address in any attribute, a
 * link (`href`, `xlink:href`) other than to a `#fragment` of the file or an embedded raster picture, and a CSS
 * `url()` or `@import` of another file. The refusal names what was found.
 */
function assertNothingActive(root: Element): void {
  for (const element of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    const name = element.localName.toLowerCase();
    if (name === 'script' || name === 'handler')
      refuse(
        'svg_script',
        `The SVG contains a <${element.localName}> element: an achievement's image cannot hold scripts`,
      );
    if (name === 'foreignobject')
      refuse(
        'svg_foreign_object',
        'The SVG contains a <foreignObject> element (a web page inside the picture): it is not accepted',
      );
    if (name === 'style') {
      const external = externalInCss(element.textContent ?? '');
      if (external)
        refuse(
          'svg_external_reference',
          `The SVG's styles refer to another file (${short(external)}): an achievement's image must be self-contained`,
          short(external),
        );
    }
    for (const attr of Array.from(element.attributes)) {
      if (attr.localName.toLowerCase().startsWith('on'))
        refuse(
          'svg_event_handler',
          `The SVG has an event-handler attribute (${attr.name}): an achievement's image cannot run code`,
          attr.name,
        );
      if (SCRIPTING.test(attr.value.replace(URL_NOISE, '')))
        refuse(
          'svg_javascript_url',
          `The SVG has a javascript: address (in ${attr.name}): an achievement's image cannot run code`,
          attr.name,
        );
      const external = externalIn(attr.name, attr.value);
      if (external)
        refuse(
          'svg_external_reference',
          `The SVG refers to another file (${short(external)} in ${attr.name}): an achievement's image must be self-contained`,
          short(external),
        );
    }
  }
}

/** The root `<svg>` of well-formed SVG text, or a refusal naming what is wrong. */
function parseSvg(window: Tools['window'], text: string): Element {
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagNameNS(PARSER_ERROR_NS, 'parsererror')[0];
  if (error)
    refuse('svg_malformed', `The SVG is not well-formed XML (${short(error.textContent ?? 'unreadable')})`);
  const root = doc.documentElement;
  if (root.localName !== 'svg')
    refuse('not_svg', `The file is not an SVG image: its root element is <${root.localName}>`);
  if (root.namespaceURI !== SVG_NS)
    refuse(
      'not_svg',
      `The SVG does not declare xmlns="${SVG_NS}" on its root: without it, no browser shows it as an image`,
    );
  return root;
}

/**
 * An uploaded SVG made safe to carry in credentials and show anywhere: UTF-8 XML without a DOCTYPE (no entities),
 * a root `<svg>` in the SVG namespace, nothing that could run or fetch another file (refused, naming it: see
 * `assertNothingActive`), then passed through DOMPurify's SVG profile (dropping, with their content, what is not
 * drawn or unknown: comments, metadata, editors' own elements and attributes) and checked again. Returns the sanitized SVG text.
 */
export async function sanitizeSvg(bytes: Buffer): Promise<string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    refuse('not_svg', 'The file is not an SVG image: it is not UTF-8 text');
  }
  if (!/<svg[\s>]/i.test(text)) refuse('not_svg', 'The file is not an SVG image: it has no <svg> element');
  if (/<!(DOCTYPE|ENTITY)/i.test(text))
    refuse(
      'svg_doctype',
      'The SVG has a DOCTYPE or entity declaration: these are not accepted (remove the <!DOCTYPE …> line)',
    );
  const { window, purify } = await loadTools();
  const root = parseSvg(window, text);
  assertNothingActive(root);
  const serializer = new window.XMLSerializer();
  const clean = purify.sanitize(serializer.serializeToString(root), {
    USE_PROFILES: { svg: true, svgFilters: true },
    // NOTE: `<use>` draws a part of this same file: the hook above keeps only its `#fragment` links.
    ADD_TAGS: ['use'],
    // Metadata (authors, editors' RDF) is not drawn; what an unknown element holds goes with it.
    FORBID_TAGS: ['metadata'],
    KEEP_CONTENT: false,
  });
  // What DOMPurify kept is checked again, as XML: a well-formed SVG with nothing active in it.
  const kept = parseSvg(window, clean);
  assertNothingActive(kept);
  return serializer.serializeToString(kept);
}
