import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';

const PAGES = ['/', '/cases/ecommerce-data-platform', '/cases/ecommerce-data-platform/clarify', '/cases/ecommerce-data-platform/report', '/practice', '/history'];

/** A file `next build` wrote under /_next/static, read from a page's HTML. */
async function staticChunk(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error('no /_next/static script on the catalogue');
  return chunk;
}

test('pages answer GET and HEAD, and 405 with Allow to anything else', async ({ request }) => {
  for (const path of PAGES) {
    expect((await request.get(path)).status(), `GET ${path}`).toBe(200);
    expect((await request.head(path)).status(), `HEAD ${path}`).toBe(200);
    // TRACE and CONNECT never reach Next.js (it cannot build a Request for them): the Node server in
    // front answers them (isForbiddenFetchMethod, tested in tests/lib/http).
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await request.fetch(path, { method, data: 'x=1' });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
  }
});

test('static files answer GET and refuse writes with 405, never 500', async ({ request }) => {
  const files = [await staticChunk(request), '/excalidraw-assets/worker/subset-worker.chunk.js', '/icon.svg', '/no-such-file.js'];
  for (const path of files) {
    const get = await request.get(path);
    expect(get.status(), `GET ${path}`).toBe(path === '/no-such-file.js' ? 404 : 200);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await request.fetch(path, { method, data: 'overwrite' });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test('an address with a broken %-escape is a 400, not a 500', async ({ request }) => {
  for (const path of ['/cases/%c0', '/%E0%A4%A', '/practice/%ff%fe', '/cases/ecommerce-data-platform/%c0%80']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain('invalid %-escape');
  }
  // A well-formed escape of something that does not exist is an ordinary 404.
  expect((await request.get('/cases/%41bc')).status()).toBe(404);
});
