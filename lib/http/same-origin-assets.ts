/**
 * URL rewriting that keeps Excalidraw's assets on our origin (used by
 * components/diagram/excalidraw-same-origin.ts, which wraps `Worker` and `FontFace` with it).
 */
const WORKER_FILE = 'subset-worker.chunk.js';
/** Where scripts/copy-excalidraw-assets.mjs serves the worker. */
export const SERVED_AT = `/excalidraw-assets/worker/${WORKER_FILE}`;

/** Where a worker requested at `url` is served from: our copy for Excalidraw's file:// subsetting worker, else `url`. */
export function sameOriginWorkerUrl(url: string | URL, origin: string): string | URL {
  const text = url.toString();
  if (!text.startsWith('file:')) return url;
  let path: string;
  try {
    path = decodeURIComponent(new URL(text).pathname);
  } catch {
    return url;
  }
  return path.endsWith(`/@excalidraw/excalidraw/dist/prod/${WORKER_FILE}`) ? new URL(SERVED_AT, origin) : url;
}

/**
 * A CSS `src` list (`url(a) format('woff2'), url(b) format('woff2')`) without the sources on other
 * origins; unchanged when it has none of ours, or is not a list of `url()`s.
 */
export function sameOriginFontSources(source: string, origin: string): string {
  const entries = source.split(/,\s*(?=url\()/);
  if (entries.length < 2 || !entries.every((entry) => entry.startsWith('url('))) return source;
  const ours = entries.filter((entry) => {
    const target = /^url\(\s*['"]?([^'")\s]+)/.exec(entry)?.[1] ?? '';
    if (target.startsWith('data:')) return true;
    try {
      return new URL(target, origin).origin === origin;
    } catch {
      return false;
    }
  });
  return ours.length > 0 ? ours.join(', ') : source;
}

