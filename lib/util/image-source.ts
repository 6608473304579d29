const STAND_IN_ORIGIN = 'https://this-origin.invalid';

/**
 * Whether learner-written Markdown may show an image from `src` inline: only our own origin (a
 * relative path, or an absolute URL on `origin`) and inline `data:image/...` URLs. Anything else
 * (another host, `//host`, `/\host`, `javascript:`, `blob:`) would make the browser fetch another
 * site just by opening a note, so the caller shows it as a link. `origin` is the page's own
 * (location.origin); without it only relative paths and data: images pass. URLs are resolved the
 * way the browser resolves them (WHATWG URL), so backslash and whitespace tricks cannot slip through.
 */
export function isAllowedImageSource(src: string | undefined, origin?: string): boolean {
  if (!src) return false;
  const trimmed = src.trim();
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed)) return true;
  const base = origin ?? STAND_IN_ORIGIN;
  try {
    const url = new URL(trimmed, base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === new URL(base).origin;
  } catch {
    return false;
  }
}
