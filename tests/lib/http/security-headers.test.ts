import { describe, expect, it } from 'vitest';
import { BARE_POLICY, contentSecurityPolicy, isAllowedMethod, isDecodablePath, isForbiddenFetchMethod, isMethodRestricted, socketOriginFor, WORKER_SCRIPT_POLICY } from '@/lib/http/security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const NONCE = 'q1w2e3r4t5y6u7i8o9p0aA==';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from our origin and with the nonce, never eval, never framed', () => {
    const policy = directives(contentSecurityPolicy({ nonce: NONCE, socketOrigin: 'ws://127.0.0.1:3000' }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${NONCE}'`, "'wasm-unsafe-eval'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:3000']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('style-src-elem')).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain('*');
      for (const source of sources) expect(source, name).not.toMatch(/^https?:/);
    }
  });

  it('keeps connect-src to our origin when the host is unusable, and adds eval only in development', () => {
    expect(directives(contentSecurityPolicy({ nonce: NONCE })).get('connect-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ nonce: NONCE, development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => contentSecurityPolicy({ nonce: "abc'; script-src *" })).toThrow(/nonce/);
    expect(() => contentSecurityPolicy({ nonce: 'short' })).toThrow(/nonce/);
  });

  it('gives eval to the subsetting worker only, with no network', () => {
    const worker = directives(WORKER_SCRIPT_POLICY);
    expect(worker.get('default-src')).toEqual(["'none'"]);
    expect(worker.get('script-src')).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(directives(BARE_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('socketOriginFor', () => {
  it('is the ws or wss origin of the page', () => {
    expect(socketOriginFor('http:', '127.0.0.1:3123')).toBe('ws://127.0.0.1:3123');
    expect(socketOriginFor('https:', 'Trainer.Example.org')).toBe('wss://trainer.example.org');
    expect(socketOriginFor('http:', '[::1]:3000')).toBe('ws://[::1]:3000');
  });

  it('is undefined for a host that is not a plain host[:port]', () => {
    for (const host of [null, '', 'evil.org; script-src *', 'a b', "x'y", 'host:port', 'a/b']) expect(socketOriginFor('http:', host), String(host)).toBeUndefined();
  });
});

describe('methods and paths', () => {
  it('answers GET and HEAD in any case, nothing else', () => {
    for (const method of ['GET', 'head', 'Get']) expect(isAllowedMethod(method), method).toBe(true);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', '']) expect(isAllowedMethod(method), method).toBe(false);
  });

  it('leaves route handlers under /api/ to declare their own methods', () => {
    expect(isMethodRestricted('/api/rooms')).toBe(false);
    expect(isMethodRestricted('/cases/x')).toBe(true);
    expect(isMethodRestricted('/apiary')).toBe(true);
  });

  it('names the methods Next.js cannot represent', () => {
    for (const method of ['TRACE', 'trace', 'CONNECT', 'TRACK']) expect(isForbiddenFetchMethod(method), method).toBe(true);
    for (const method of ['GET', 'POST', undefined]) expect(isForbiddenFetchMethod(method), String(method)).toBe(false);
  });

  it('tells broken %-escapes from good ones', () => {
    for (const path of ['/cases/%c0', '/%E0%A4%A', '/%', '/%zz', '/a/%ff%fe']) expect(isDecodablePath(path), path).toBe(false);
    for (const path of ['/', '/cases/%41bc', '/caf%C3%A9', '/a%20b']) expect(isDecodablePath(path), path).toBe(true);
  });
});
