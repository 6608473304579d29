import { expect, test } from '@playwright/test';
import { drawBox, focusCanvas, openDiagramCanvas } from './support/canvas';

test('drawing on the canvas updates the checklist, and the drawing survives a reload', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.host !== new URL(page.url() || 'http://127.0.0.1').host && !url.host.startsWith('127.0.0.1')) outside.push(request.url());
  });

  const box = await focusCanvas(page, await openDiagramCanvas(page));
  const checklist = page.getByRole('region', { name: 'Diagram checklist' });
  // Before "Show the answer" the checklist says a part is missing without naming it.
  await expect(checklist).toContainText('Your diagram does not have one of the parts this case needs yet');
  await expect(checklist).not.toContainText('Missing: a durable event stream');

  await drawBox(page, box.x + 60, box.y + 160, 'Kafka');
  await drawBox(page, box.x + 360, box.y + 160, 'Spark Structured Streaming');
  await expect(checklist).toContainText('A durable event stream: "Kafka"');
  await expect(checklist).toContainText('Stream processing: "Spark Structured Streaming"');

  await expect(checklist).toContainText('Nothing is connected yet');

  // Connect them with an arrow from the first box to the second.
  await page.keyboard.press('a');
  await page.mouse.move(box.x + 140, box.y + 195);
  await page.mouse.down();
  await page.mouse.move(box.x + 440, box.y + 195, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.press('Escape');
  await expect(checklist).not.toContainText('Nothing is connected yet');

  // A palette item lands on the canvas with its kind.
  await page.getByRole('button', { name: 'Airflow', exact: true }).click();
  await expect(checklist).toContainText('Scheduling of batch jobs: "Airflow"');

  // Clicking a finding selects its elements on the canvas.
  await checklist.getByRole('button', { name: /A durable event stream/ }).click();

  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.locator('.excalidraw canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toContainText('A durable event stream: "Kafka"');
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toContainText('Scheduling of batch jobs: "Airflow"');
  expect(outside).toEqual([]);
});

test('a hostile import is refused with a clear message and the drawing stays', async ({ page }) => {
  await focusCanvas(page, await openDiagramCanvas(page));
  await page.getByRole('button', { name: 'Airflow', exact: true }).click();
  const checklist = page.getByRole('region', { name: 'Diagram checklist' });
  await expect(checklist).toContainText('Scheduling of batch jobs: "Airflow"');

  const input = page.getByLabel('Import an Excalidraw file');
  await input.setInputFiles({ name: 'broken.excalidraw', mimeType: 'application/json', buffer: Buffer.from('{"type":"excalidraw","elements":[{"id":') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.excalidraw was not imported' })).toContainText('not valid JSON');

  const many = { type: 'excalidraw', elements: Array.from({ length: 100_000 }, (_, index) => ({ id: `e${index}`, type: 'rectangle' })) };
  await input.setInputFiles({ name: 'huge.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(many)) });
  await expect(page.getByRole('alert').filter({ hasText: 'huge.excalidraw was not imported' })).toContainText('100,000 elements');
  await expect(checklist).toContainText('Scheduling of batch jobs: "Airflow"');

  const good = {
    type: 'excalidraw',
    elements: [{ id: 'k1', type: 'rectangle', x: 0, y: 0, width: 160, height: 60, customData: { kind: 'kafka' } }, { id: 't1', type: 'text', x: 20, y: 20, width: 100, height: 20, text: '<img src=x onerror=alert(1)> Kafka', containerId: 'k1' }],
  };
  await input.setInputFiles({ name: 'good.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported good.excalidraw' })).toBeVisible();
  await expect(checklist).toContainText('<img src=x onerror=alert(1)> Kafka');
});
