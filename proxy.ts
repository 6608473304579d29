import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { ALLOWED_METHODS, BARE_POLICY, COMMON_HEADERS, contentSecurityPolicy, EXCALIDRAW_WORKER_PATH, isAllowedMethod, isDecodablePath, isMethodRestricted, socketOriginFor, WORKER_SCRIPT_POLICY } from '@/lib/http/security-headers';

/** A fresh 128-bit nonce, base64. */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function withCommonHeaders(response: NextResponse, policy?: string): NextResponse {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  if (policy) response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Runs before every request (pages, RSC payloads, `_next/static` and `public/` files):
 * answers only GET and HEAD (405 otherwise; route handlers under /api/ excepted), refuses paths whose `%` escapes are not UTF-8 (400, where
 * Next.js would throw a 500), and sends the security headers with a per-request CSP nonce that
 * Next.js reads back from the request header to stamp its inline scripts. Pages must render per
 * request for that (app/layout.tsx awaits `connection()`).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (isMethodRestricted(pathname) && !isAllowedMethod(request.method)) {
    const response = new NextResponse('Method not allowed: this site only answers GET and HEAD.\n', { status: 405, headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' } });
    return withCommonHeaders(response, BARE_POLICY);
  }
  if (!isDecodablePath(pathname)) {
    const response = new NextResponse('Bad request: the address has an invalid %-escape.\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return withCommonHeaders(response, BARE_POLICY);
  }
  if (pathname.startsWith(EXCALIDRAW_WORKER_PATH)) return withCommonHeaders(NextResponse.next(), WORKER_SCRIPT_POLICY);
  const nonce = newNonce();
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwardedProto === 'https' ? 'https:' : request.nextUrl.protocol;
  const policy = contentSecurityPolicy({ nonce, socketOrigin: socketOriginFor(protocol, request.headers.get('host')), development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  return withCommonHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}
