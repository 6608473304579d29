import { expect, test } from '@playwright/test';

// The e2e server is a production build started without AUTHOR_PREVIEW=1: the preview must not exist there.
test('the author preview and its polling route answer 404 in production without AUTHOR_PREVIEW=1', async ({ request }) => {
  for (const path of ['/author', '/author/ecommerce-data-platform', '/author/ecommerce-data-platform/version']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test('a malformed case slug is a 404, not a server error', async ({ request }) => {
  for (const path of ['/cases/Not_A_Slug', '/cases/Not_A_Slug/clarify', '/cases/ecommerce-data-platform/not-a-step']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  // A broken percent-encoding is refused by Next itself before any page runs (400 in dev).
  expect([400, 404]).toContain((await request.get('/cases/%c0')).status());
});
