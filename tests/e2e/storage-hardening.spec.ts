import { expect, test } from '@playwright/test';

/* Journeys of the storage hardening: hostile notes, limits at the moment they bite, imports over newer work, two tabs. */

test('Markdown images from other hosts are shown as links and never fetched', async ({ page, baseURL }) => {
  const offOrigin: string[] = [];
  const ours = new URL(baseURL ?? 'http://127.0.0.1').host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== ours) offOrigin.push(request.url());
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

test('importing an older export over newer work asks first and keeps the newer version in History', async ({ page }, testInfo) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  const notes = page.getByLabel('Notes for Clarify');
  await notes.fill('Who reads the dashboards?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.goto('/cases/ecommerce-data-platform/report');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const file = testInfo.outputPath('older.json');
  await (await downloading).saveAs(file);

  await page.goto('/cases/ecommerce-data-platform/clarify');
  await page.getByLabel('Notes for Clarify').fill('Who reads the dashboards? And how fresh must they be?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.goto('/cases/ecommerce-data-platform/report');
  await page.getByLabel('Import a session file').setInputFiles(file);
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('older.json is older than your saved work on this attempt');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await expect(page.getByLabel('Notes for Clarify')).toHaveValue(/how fresh/);

  await page.goto('/cases/ecommerce-data-platform/report');
  await page.getByLabel('Import a session file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import and keep my current version in History' }).click();
  // The import opens in place (no navigation): a person waits for it to say so, then moves on.
  await expect(page.getByRole('status').filter({ hasText: 'older.json was imported; this report now shows it.' })).toContainText('Your previous version is in History');
  await expect(page.locator('.report-summary .score-value')).toBeVisible();
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await expect(page.getByLabel('Notes for Clarify')).toHaveValue('Who reads the dashboards?');
  await page.goto('/history');
  await expect(page.getByRole('region', { name: /E-commerce/ }).getByRole('row')).toHaveCount(3);
});

test('a session for a case that does not exist is refused with a sentence and leaves no key', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/report');
  const body = JSON.stringify({
    format: 'system-design-trainer/session',
    sessionVersion: 6,
    exportedAt: '2026-03-01T10:00:00.000Z',
    session: {
      id: 'no-such-case-1', caseSlug: 'no-such-case', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', currentStep: 'clarify',
      steps: Object.fromEntries(['clarify', 'estimate', 'design', 'diagram', 'deep-dive'].map((id) => [id, { notes: '', visited: false }])),
      answers: { clarify: { questions: [], entities: '' }, estimate: { rows: [] }, design: {}, diagram: { scene: { elements: [], files: {} } }, deepDive: {} },
      interview: { mode: 'practice', durationMinutes: 45, pauses: [] },
      stepTimes: {},
    },
  });
  await page.getByLabel('Import a session file').setInputFiles({ name: 'ghost.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  await expect(page.getByRole('alert').filter({ hasText: 'ghost.json was not imported. The session is for a case this app does not have' })).toBeVisible();
  const keys = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('system-design-trainer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('sessions').objectStore('sessions').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.map(String);
  });
  expect(keys.filter((key) => key.includes('no-such-case'))).toEqual([]);
});

test('a second tab on the same attempt is read-only until the first closes, and never says Saved', async ({ page, context }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await page.getByLabel('Notes for Clarify').fill('Tab A: who reads it?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const second = await context.newPage();
  await second.goto('/cases/ecommerce-data-platform/estimate');
  await expect(second.getByRole('alert').filter({ hasText: 'This attempt is open in another tab, so this tab is read-only.' })).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'Read-only: open in another tab' })).toBeVisible();
  // Its work cannot be edited at all, so nothing typed there can be lost or reported as saved.
  await expect(second.getByLabel('Notes for Estimate')).not.toBeEditable();
  await expect(second.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);

  await page.getByLabel('Notes for Clarify').fill('Tab A: who reads it? How fresh?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // The read-only tab follows the other tab's saves.
  await second.getByRole('navigation', { name: 'Interview steps' }).getByRole('link', { name: /Clarify/ }).click();
  await expect(second.getByLabel('Notes for Clarify')).toHaveValue('Tab A: who reads it? How fresh?');
  await second.getByRole('navigation', { name: 'Interview steps' }).getByRole('link', { name: /Estimate/ }).click();
  await page.close();

  await expect(second.getByRole('status').filter({ hasText: 'The other tab closed.' })).toBeVisible();
  await second.getByLabel('Notes for Estimate').fill('Tab B: 200 GB/day');
  await expect(second.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await second.reload();
  await expect(second.getByLabel('Notes for Estimate')).toHaveValue('Tab B: 200 GB/day');
  await second.getByRole('link', { name: /Clarify/ }).first().click();
  await expect(second.getByLabel('Notes for Clarify')).toHaveValue('Tab A: who reads it? How fresh?');
});

test('storage refusing writes at page load opens the saved work in memory and says so', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await page.getByLabel('Notes for Clarify').fill('Saved before the disk filled up');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.close();

  const next = await page.context().newPage();
  await next.addInitScript(() => {
    // Reads still work; every write fails the way a full disk makes it fail.
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await next.goto('/cases/ecommerce-data-platform/clarify');
  const notice = next.getByRole('alert').filter({ hasText: 'Your work is not being saved.' });
  await expect(notice).toContainText('Your saved work was loaded');
  await expect(next.getByLabel('Notes for Clarify')).toHaveValue('Saved before the disk filled up');
  await expect(next.getByRole('status').filter({ hasText: 'Not saved: kept in this tab only' })).toBeVisible();
});

test('deleting the database while the app is open is not blocked, is announced, and the work is saved again', async ({ page, context }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await page.getByLabel('Notes for Clarify').fill('Work that must survive');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/');
  const outcome = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('system-design-trainer');
        request.onsuccess = () => resolve('deleted');
        request.onblocked = () => setTimeout(() => resolve('blocked'), 2_000);
      }),
  );
  expect(outcome).toBe('deleted');
  await expect(page.getByRole('alert').filter({ hasText: "This site's stored data was deleted while the app was open" })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.close();

  await other.goto('/cases/ecommerce-data-platform/clarify');
  await expect(other.getByLabel('Notes for Clarify')).toHaveValue('Work that must survive');
});

test('a scene past the element limit is refused at once with one sentence, the drawing unchanged', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/diagram');
  await expect(page.locator('.excalidraw canvas.interactive')).toBeVisible({ timeout: 30_000 });
  const elements = Array.from({ length: 5_001 }, (_, index) => ({ id: `r${index}`, type: 'rectangle', x: (index % 100) * 200, y: Math.floor(index / 100) * 120, width: 160, height: 80 }));
  const started = Date.now();
  await page.getByLabel('Import an Excalidraw file').setInputFiles({ name: 'huge.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ type: 'excalidraw', elements, files: {} })) });
  await expect(page.getByRole('alert').filter({ hasText: 'huge.excalidraw was not imported' })).toContainText('The scene has 5,001 elements; up to 5,000 can be imported.');
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a limit says so the moment it bites, and the session still reloads whole', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/cases/ecommerce-data-platform/estimate');
  const addRow = page.getByRole('button', { name: 'Add row', exact: true });
  await expect(addRow).toBeEnabled();
  for (let index = 0; index < 198; index += 1) await addRow.click();
  await page.getByRole('button', { name: 'Add a row for each quantity' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'At most 200 worksheet rows can be kept' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not read your saved work' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add row', exact: true })).toBeDisabled();
});

test('session import refuses hostile file entries and deep nesting with one sentence, as scene import does', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/report');
  await expect(page.locator('.report-summary .score-value')).toBeVisible();
  const session = (scene: string) =>
    `{"format":"system-design-trainer/session","sessionVersion":6,"exportedAt":"2026-03-01T10:00:00.000Z","session":{"id":"ecommerce-data-platform-h1","caseSlug":"ecommerce-data-platform","createdAt":"2026-03-01T10:00:00.000Z","updatedAt":"2026-03-01T10:00:00.000Z","currentStep":"clarify","steps":{"clarify":{"notes":"","visited":false},"estimate":{"notes":"","visited":false},"design":{"notes":"","visited":false},"diagram":{"notes":"","visited":false},"deep-dive":{"notes":"","visited":false}},"answers":{"clarify":{"questions":[],"entities":""},"estimate":{"rows":[]},"design":{},"diagram":{"scene":${scene}},"deepDive":{}},"interview":{"mode":"practice","durationMinutes":45,"pauses":[]},"stepTimes":{}}}`;
  const hostile = [
    ['html.json', session('{"elements":[],"files":{"f":{"id":"f","mimeType":"text/html","dataURL":"data:text/html,<script>alert(1)</script>"}}}'), 'not an image'],
    ['js.json', session('{"elements":[],"files":{"f":{"id":"f","mimeType":"image/png","dataURL":"javascript:alert(1)"}}}'), 'not an image'],
    ['deep.json', session(`{"elements":[{"id":"a","type":"rectangle","customData":${'{"c":'.repeat(5_000)}1${'}'.repeat(5_000)}}],"files":{}}`), 'nested more than 32 levels'],
  ] as const;
  for (const [name, text, phrase] of hostile) {
    await page.getByLabel('Import a session file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported` });
    await expect(alert).toContainText(phrase);
    await expect(alert).toContainText('Nothing you had was changed.');
  }
});
