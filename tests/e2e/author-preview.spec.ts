import { expect, test } from '@playwright/test';

// The e2e server is a production build started without AUTHOR_PREVIEW=1: the preview must not exist there.
test('the author preview and its polling route answer 404 in production without AUTHOR_PREVIEW=1', async ({ request }) => {
  for (const path of ['/author', '/author/ecommerce-data-platform', '/author/ecommerce-data-platform/version']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test('a malformed case slug is a 404, not a server error', async ({ request }) => {
  for (const path of ['/cases/%c0', '/cases/Not_A_Slug', '/cases/Not_A_Slug/clarify', '/cases/ecommerce-data-platform/not-a-step']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
