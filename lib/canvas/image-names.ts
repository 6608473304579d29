import { kindsFromLabel } from './classify-kind';
import type { SceneElement } from './scene-schema';

/** Keys of an element's customData that may carry a logo's name (set by libraries and other tools). */
const NAME_KEYS = ['name', 'label', 'title'] as const;
/** SVG logos larger than this are not searched for a title. */
const MAX_SVG_CHARS = 400_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "apache-kafka_logo.svg" -> "apache kafka logo". */
function readable(name: string): string {
  return name
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A link's host and path as words ("https://kafka.apache.org/" -> "kafka apache"), or ''. */
function linkWords(link: string | null | undefined): string {
  if (typeof link !== 'string' || link.length > 500) return '';
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]+)([^?#\s]*)/i.exec(link.trim());
  if (!m) return '';
  // The host without "www." and its top-level domain: "kafka.apache.org" -> "kafka apache".
  const host = m[1]!.replace(/^www\./i, '').replace(/\.[a-z]{2,}$/i, '');
  return readable(`${host} ${decodeSafe(m[2]!)}`.replace(/\//g, ' '));
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** PNG text chunks that may name the picture (the keywords of the PNG specification, section 11.3.4). */
const PNG_NAME_KEYS = new Set(['Title', 'Description', 'Comment', 'Source']);
/** The keyword of the iTXt chunk that carries an XMP packet (XMP specification part 3, 1.1.5). */
const PNG_XMP_KEY = 'XML:com.adobe.xmp';
/** Only the first bytes of a raster image are searched: text chunks and XMP usually come before the image data. */
const MAX_PNG_BYTES = 64 * 1024;
/** How much of a chunk's text is read (an XMP packet of a few properties fits). */
const MAX_CHUNK_TEXT = 8000;

/** The first MAX_PNG_BYTES of a base64 data URL as a binary string, or '' when it is not base64 or does not decode. */
function headBytes(dataURL: string): string {
  const comma = dataURL.indexOf(',');
  if (comma < 0 || !dataURL.slice(0, comma).endsWith(';base64')) return '';
  try {
    // Whole base64 quads only, so a cut at MAX_PNG_BYTES still decodes.
    const b64 = dataURL.slice(comma + 1, comma + 1 + Math.floor((MAX_PNG_BYTES * 4) / 3 / 4) * 4);
    return atob(b64.slice(0, b64.length - (b64.length % 4)));
  } catch {
    return '';
  }
}

/**
 * The title and description of an XMP packet (Dublin Core `dc:title`, `dc:description`, each an
 * `rdf:Alt` of language alternatives or a plain value), joined; '' when it has neither. Source: XMP
 * specification part 1, 8.4 (Dublin Core namespace).
 */
function xmpTexts(xmp: string): string {
  const found: string[] = [];
  for (const tag of ['dc:title', 'dc:description']) {
    const body = new RegExp(`<${tag}[^>]*>([\\s\\S]{0,2000}?)</${tag}>`, 'i').exec(xmp)?.[1];
    if (body === undefined) continue;
    const text = (/<rdf:li[^>]*>([^<]{1,120})<\/rdf:li>/i.exec(body)?.[1] ?? body.replace(/<[^>]*>/g, ' ')).trim();
    if (text !== '') found.push(text.slice(0, 120));
  }
  return found.join(' ');
}

/** The XMP packet in a raster image's first bytes (JPEG APP1, WebP, GIF and others embed it as plain text), or ''. */
function embeddedXmp(bin: string): string {
  const start = bin.indexOf('<x:xmpmeta');
  if (start < 0) return '';
  const end = bin.indexOf('</x:xmpmeta>', start);
  return bin.slice(start, end < 0 ? start + MAX_CHUNK_TEXT : end);
}

/**
 * The texts of a PNG data URL's `tEXt` / uncompressed `iTXt` chunks under PNG_NAME_KEYS and the title
 * of its XMP packet, joined; '' when none.
 */
function pngTexts(dataURL: string): string {
  if (!dataURL.startsWith('data:image/png;base64')) return '';
  const bin = headBytes(dataURL);
  if (bin === '') return '';
  const u32 = (at: number) => ((bin.charCodeAt(at) << 24) | (bin.charCodeAt(at + 1) << 16) | (bin.charCodeAt(at + 2) << 8) | bin.charCodeAt(at + 3)) >>> 0;
  const found: string[] = [];
  let at = 8; // after the signature
  while (at + 8 <= bin.length && found.length < 4) {
    const length = u32(at);
    const type = bin.slice(at + 4, at + 8);
    const data = bin.slice(at + 8, at + 8 + Math.min(length, MAX_CHUNK_TEXT));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'tEXt' || type === 'iTXt') {
      const zero = data.indexOf('\0');
      const key = zero > 0 ? data.slice(0, zero) : '';
      // iTXt: keyword, 0, compression flag, method, language tag, 0, translated keyword, 0, text.
      const text = type === 'tEXt' ? data.slice(zero + 1) : data.charCodeAt(zero + 1) === 0 ? data.slice(zero + 3).split('\0').slice(2).join(' ') : '';
      if (PNG_NAME_KEYS.has(key) && text.trim() !== '') found.push(text.trim().slice(0, 120));
      else if (key === PNG_XMP_KEY) {
        const xmp = xmpTexts(text);
        if (xmp !== '') found.push(xmp);
      }
    }
    at += 12 + length;
  }
  return found.join(' ');
}

/** The XMP title of a JPEG, WebP or GIF data URL (the packet is stored as plain text near the start), or ''. */
function rasterXmpTexts(dataURL: string): string {
  return xmpTexts(embeddedXmp(headBytes(dataURL)));
}

/** Text of an SVG's `<text>` elements (a wordmark kept as text), joined, at most this long. */
const MAX_SVG_TEXT = 120;
/** An SVG with more text runs than this is a drawing with words (a whole diagram), not a wordmark. */
const MAX_WORDMARK_RUNS = 3;

/**
 * The names an SVG data URL carries, in order of trust: its `<title>`, root `aria-label`, `<desc>`,
 * Inkscape document name, XMP / RDF `dc:title` in its `<metadata>`, the words of its `<text>`
 * elements (a wordmark kept as text: at most MAX_WORDMARK_RUNS runs), and the root element's `id`;
 * each readable, '' when absent.
 */
function svgNames(dataURL: string): string[] {
  const comma = dataURL.indexOf(',');
  if (comma < 0 || !dataURL.startsWith('data:image/svg+xml') || dataURL.length > MAX_SVG_CHARS) return [];
  const head = dataURL.slice(0, comma);
  const body = dataURL.slice(comma + 1);
  let svg: string;
  try {
    svg = head.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  } catch {
    return [];
  }
  const texts = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]{1,60})</gi)].map((m) => m[1]!.trim()).filter((t) => t !== '');
  const named = [
    /<title[^>]*>([^<]{1,120})<\/title>/i.exec(svg)?.[1],
    /<svg[^>]*\baria-label="([^"]{1,120})"/i.exec(svg)?.[1],
    /<desc[^>]*>([^<]{1,120})<\/desc>/i.exec(svg)?.[1],
    /\bsodipodi:docname="([^"]{1,120})"/i.exec(svg)?.[1],
    xmpTexts(svg),
    texts.length <= MAX_WORDMARK_RUNS ? texts.join(' ').slice(0, MAX_SVG_TEXT) : '',
    /<svg[^>]*\bid="([^"]{1,120})"/i.exec(svg)?.[1],
  ];
  return named.map((name) => readable(decodeEntities(name ?? '')));
}

/** The five predefined XML entities and numeric character references decoded ("Kafka &amp; Flink" -> "Kafka & Flink"). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (named[lower] !== undefined) return named[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A name from a file or an SVG counts only when it names a product we know ("Apache Kafka logo"), not "logo_horizontal". */
const namesProduct = (name: string) => name !== '' && kindsFromLabel(name).product;

/**
 * Names for the images of a scene that carry one, by element id: the element's customData
 * (`name`, `label` or `title`, taken as written), else the first of these that names a known
 * product: the file's `name`, the text the picture carries (an SVG's `<title>`, `aria-label`,
 * `<desc>`, Inkscape document name, XMP title, `<text>` wordmark or root `id`; a PNG's Title,
 * Description, Comment or Source text chunk or XMP title; the XMP title of a JPEG, WebP or GIF),
 * the element's link ("https://kafka.apache.org"). Images with none are absent (the reader leaves
 * them unnamed; it never guesses a name from the pixels). Pure.
 */
export function imageNames(elements: readonly SceneElement[], files: Readonly<Record<string, unknown>> | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const el of elements) {
    if (el.type !== 'image' || el.isDeleted === true) continue;
    const data = el.customData;
    const own = data ? NAME_KEYS.map((key) => data[key]).find((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
    if (own !== undefined) {
      names.set(el.id, own.trim());
      continue;
    }
    const file = el.fileId && files ? files[el.fileId] : undefined;
    const fileName = isObj(file) && typeof file.name === 'string' ? readable(file.name) : '';
    const dataURL = isObj(file) && typeof file.dataURL === 'string' ? file.dataURL : '';
    const mime = isObj(file) && typeof file.mimeType === 'string' ? file.mimeType : '';
    const embedded = mime === 'image/svg+xml' ? svgNames(dataURL) : [readable(mime === 'image/png' ? pngTexts(dataURL) : rasterXmpTexts(dataURL))];
    const name = [fileName, ...embedded, linkWords(el.link)].find(namesProduct);
    if (name !== undefined) names.set(el.id, name);
  }
  return names;
}
