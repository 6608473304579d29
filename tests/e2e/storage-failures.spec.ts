import { expect, test } from '@playwright/test';

test('without storage the app keeps working in memory and says work is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await expect(page.getByRole('alert').filter({ hasText: 'Your work is not being saved.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: kept in this tab only' })).toBeVisible();
  const notes = page.getByLabel('Notes for Clarify');
  await notes.fill('Still typing');
  await page.getByRole('link', { name: /Estimate →/ }).click();
  await page.getByRole('link', { name: /Clarify/ }).first().click();
  await expect(page.getByLabel('Notes for Clarify')).toHaveValue('Still typing');
});

test('a saved session that cannot be read is kept aside and the learner starts fresh', async ({ page }) => {
  const damaged = { version: 2, state: { session: { id: 'ecommerce-data-platform-old', caseSlug: 'ecommerce-data-platform', steps: 'garbled' } } };
  await page.goto('/');
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('system-design-trainer');
      request.onupgradeneeded = () => request.result.createObjectStore('sessions');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put(record, 'sdt:session:ecommerce-data-platform-old');
      tx.objectStore('sessions').put('ecommerce-data-platform-old', 'sdt:active:ecommerce-data-platform');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, damaged);

  await page.goto('/cases/ecommerce-data-platform/clarify');
  const notice = page.getByRole('alert').filter({ hasText: 'We could not read your saved work for this case' });
  await expect(notice).toContainText('kept aside untouched');
  await expect(page.getByLabel('Notes for Clarify')).toHaveValue('');
  await page.getByLabel('Notes for Clarify').fill('A fresh start');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const kept = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('system-design-trainer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (range?: IDBKeyRange) =>
      new Promise<{ keys: IDBValidKey[]; values: unknown[] }>((resolve) => {
        const store = db.transaction('sessions').objectStore('sessions');
        const keys = store.getAllKeys(range);
        const values = store.getAll(range);
        values.onsuccess = () => resolve({ keys: keys.result, values: values.result });
      });
    const quarantined = await read(IDBKeyRange.bound('sdt:quarantine:', 'sdt:quarantine:\uffff'));
    const original = await read(IDBKeyRange.only('sdt:session:ecommerce-data-platform-old'));
    db.close();
    return { quarantined, original };
  });
  expect(kept.quarantined.values).toEqual([damaged]);
  expect(kept.original.values).toEqual([damaged]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the kept copy' }).click();
  expect((await download).suggestedFilename()).toMatch(/^sdt_quarantine_ecommerce-data-platform-old/);
});
