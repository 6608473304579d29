import { expect, test } from '@playwright/test';

/* Journeys of the storage hardening: hostile notes, limits at the moment they bite, imports over newer work, two tabs. */

test('Markdown images from other hosts are shown as links and never fetched', async ({ page }) => {
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== new URL(page.url() || 'http://localhost').host) offOrigin.push(request.url());
  });
  await page.goto('/cases/ecommerce-data-platform/clarify');
  const notes = page.getByLabel('Notes for Clarify');
  await notes.fill('![pixel](http://example.org/pixel.png)\n\n![dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\n![evil](//example.org/a.png)');
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.locator('.prose-notes');
  await expect(preview.getByRole('link', { name: /Image: pixel/ })).toHaveAttribute('href', 'http://example.org/pixel.png');
  await expect(preview.getByRole('link', { name: /Image: evil/ })).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(1);
  await expect(preview.locator('img')).toHaveAttribute('alt', 'dot');
  expect(offOrigin).toEqual([]);
});
