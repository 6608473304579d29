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

/** The `<title>` (or root `aria-label`) of an SVG data URL, or ''. */
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
  const title = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(svg)?.[1] ?? /<svg[^>]*\baria-label="([^"]{1,120})"/i.exec(svg)?.[1] ?? '';
  return title.trim();
}

/** A name from a file or an SVG counts only when it names a product we know ("Apache Kafka logo"), not "logo_horizontal". */
const namesProduct = (name: string) => name !== '' && kindsFromLabel(name).product;

/**
 * Names for the images of a scene that carry one, by element id: the element's customData
 * (`name`, `label` or `title`, taken as written), else the file's `name` field or an SVG's `<title>`
 * when it names a known product. Images with none are absent (the reader leaves them unnamed). Pure.
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
    if (!isObj(file)) continue;
    const fileName = typeof file.name === 'string' ? readable(file.name) : '';
    if (namesProduct(fileName)) {
      names.set(el.id, fileName);
      continue;
    }
    const title = typeof file.dataURL === 'string' && file.mimeType === 'image/svg+xml' ? readable(svgTitle(file.dataURL)) : '';
    if (namesProduct(title)) names.set(el.id, title);
  }
  return names;
}
