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
/** Only the first bytes of a PNG are searched: text chunks usually come before the image data. */
const MAX_PNG_BYTES = 64 * 1024;

/** The texts of a PNG data URL's `tEXt` / uncompressed `iTXt` chunks under PNG_NAME_KEYS, joined; '' when none. */
function pngTexts(dataURL: string): string {
  const comma = dataURL.indexOf(',');
  if (comma < 0 || !dataURL.startsWith('data:image/png;base64')) return '';
  let bin: string;
  try {
    // Whole base64 quads only, so a cut at MAX_PNG_BYTES still decodes.
    const b64 = dataURL.slice(comma + 1, comma + 1 + Math.floor((MAX_PNG_BYTES * 4) / 3 / 4) * 4);
    bin = atob(b64.slice(0, b64.length - (b64.length % 4)));
  } catch {
    return '';
  }
  const u32 = (at: number) => ((bin.charCodeAt(at) << 24) | (bin.charCodeAt(at + 1) << 16) | (bin.charCodeAt(at + 2) << 8) | bin.charCodeAt(at + 3)) >>> 0;
  const found: string[] = [];
  let at = 8; // after the signature
  while (at + 8 <= bin.length && found.length < 4) {
    const length = u32(at);
    const type = bin.slice(at + 4, at + 8);
    const data = bin.slice(at + 8, at + 8 + Math.min(length, 2000));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'tEXt' || type === 'iTXt') {
      const zero = data.indexOf('\0');
      const key = zero > 0 ? data.slice(0, zero) : '';
      // iTXt: keyword, 0, compression flag, method, language tag, 0, translated keyword, 0, text.
      const text = type === 'tEXt' ? data.slice(zero + 1) : data.charCodeAt(zero + 1) === 0 ? data.slice(zero + 3).split('\0').slice(2).join(' ') : '';
      if (PNG_NAME_KEYS.has(key) && text.trim() !== '') found.push(text.trim().slice(0, 120));
    }
    at += 12 + length;
  }
  return found.join(' ');
}

/** The `<title>` (or root `aria-label`, `<desc>`, Inkscape's document name) of an SVG data URL, or ''. */
function svgTitle(dataURL: string): string {
  const comma = dataURL.indexOf(',');
  if (comma < 0 || !dataURL.startsWith('data:image/svg+xml') || dataURL.length > MAX_SVG_CHARS) return '';
  const head = dataURL.slice(0, comma);
  const body = dataURL.slice(comma + 1);
  let svg: string;
  try {
    svg = head.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  } catch {
    return '';
  }
  const named = [
    /<title[^>]*>([^<]{1,120})<\/title>/i.exec(svg)?.[1],
    /<svg[^>]*\baria-label="([^"]{1,120})"/i.exec(svg)?.[1],
    /<desc[^>]*>([^<]{1,120})<\/desc>/i.exec(svg)?.[1],
    /\bsodipodi:docname="([^"]{1,120})"/i.exec(svg)?.[1],
  ];
  return named.map((name) => readable(name ?? '')).find(namesProduct) ?? '';
}

/** A name from a file or an SVG counts only when it names a product we know ("Apache Kafka logo"), not "logo_horizontal". */
const namesProduct = (name: string) => name !== '' && kindsFromLabel(name).product;

/**
 * Names for the images of a scene that carry one, by element id: the element's customData
 * (`name`, `label` or `title`, taken as written), else the first of these that names a known
 * product: the file's `name`, the text the picture carries (an SVG's `<title>`, `aria-label`,
 * `<desc>` or Inkscape document name; a PNG's Title, Description, Comment or Source text chunk), the
 * element's link ("https://kafka.apache.org"). Images with none are absent (the reader leaves them
 * unnamed; it never guesses a name from the pixels). Pure.
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
    const embedded = mime === 'image/svg+xml' ? svgTitle(dataURL) : mime === 'image/png' ? readable(pngTexts(dataURL)) : '';
    const name = [fileName, embedded, linkWords(el.link)].find(namesProduct);
    if (name !== undefined) names.set(el.id, name);
  }
  return names;
}
