/**
 * The response headers every page and file of the app is served with, and the methods it answers.
 * Pure: proxy.ts calls these per request; tests check the policy text.
 *
 * Page policy (CSP Level 3, https://www.w3.org/TR/CSP3/): scripts only from our origin or inline with
 * the request's nonce (Next.js stamps its own inline scripts with it), no `unsafe-eval`; WebAssembly
 * compilation (`wasm-unsafe-eval`) for Excalidraw's font tools should they run on the page; style
 * sheets from our origin or with the nonce; inline style *attributes* allowed, because Excalidraw's
 * SVG export writes `style="white-space: pre"` on every text line; images from our origin, `data:` and
 * `blob:` (dropped images, exports); fonts from our origin and `data:` (fonts embedded in exported
 * SVG); network requests to our origin and its room socket; workers from our origin; never framed.
 *
 * Excalidraw's font-subsetting worker gets its own policy (WORKER_SCRIPT_POLICY), the one place with
 * `unsafe-eval`: its HarfBuzz build (Emscripten embind) creates functions with `new Function`. A
 * dedicated worker runs under the policy of its script's response, so the pages stay without it.
 */

/** Methods a page or a static file answers; anything else gets 405 with an `Allow` header. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** True when `method` (any case) is one the app answers. */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase());
}

/** True when every `%XX` escape in `pathname` decodes to valid UTF-8 (e.g. `/cases/%c0` does not). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export type PolicyInput = {
  /** Base64 nonce for this response, at least 128 bits of randomness. */
  nonce: string;
  /** The page's own origin as `ws:`/`wss:` (the room socket), or undefined when the host is unusable. */
  socketOrigin?: string;
  /** `next dev` needs `unsafe-eval` for React's error overlay; never in production. */
  development?: boolean;
};

/** Builds the Content-Security-Policy header value for one response. */
export function contentSecurityPolicy({ nonce, socketOrigin, development = false }: PolicyInput): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('contentSecurityPolicy: the nonce must be base64, 16 characters or more');
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'wasm-unsafe-eval'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src-elem': ["'self'", `'nonce-${nonce}'`, ...(development ? ["'unsafe-inline'"] : [])],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(socketOrigin ? [socketOrigin] : []), ...(development ? ['ws:'] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'media-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The websocket origin of a page served at `host` over `protocol` (`http:` or `https:`), e.g.
 * `ws://127.0.0.1:3000`; undefined when the host is not a plain host[:port] (it goes into a header).
 */
export function socketOriginFor(protocol: string, host: string | null): string | undefined {
  if (!host || !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host)) return undefined;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host.toLowerCase()}`;
}

/** Path prefix of Excalidraw's subsetting worker and its chunks (scripts/copy-excalidraw-assets.mjs). */
export const EXCALIDRAW_WORKER_PATH = '/excalidraw-assets/worker/';

/**
 * The policy Excalidraw's font-subsetting worker runs under: its own scripts, wasm and `new Function`
 * (Emscripten embind in its HarfBuzz build), nothing else: no network, no nested workers.
 */
export const WORKER_SCRIPT_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'";

/** The policy of a response that is not a page (refusals): nothing loads, nothing frames it. */
export const BARE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * True when the method rule applies to `pathname`: pages and files. Route handlers under /api/ declare
 * their own methods (Next.js answers 405 to the others), so they are left to themselves.
 */
export function isMethodRestricted(pathname: string): boolean {
  return !pathname.startsWith('/api/');
}

/** Headers sent with every response, pages and files alike. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Methods the Fetch standard forbids (CONNECT, TRACE, TRACK): Next.js cannot build a Request for them,
 * so they never reach proxy.ts and end in a 500. A Node server in front of Next.js (server/index.ts)
 * answers them with 405 itself: `if (isForbiddenFetchMethod(req.method)) { res.writeHead(405, { Allow:
 * ALLOWED_METHODS.join(', ') }); res.end(); return; }`.
 */
export function isForbiddenFetchMethod(method: string | undefined): boolean {
  return ['CONNECT', 'TRACE', 'TRACK'].includes((method ?? '').toUpperCase());
}
