import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawBox, focusCanvas, openDiagramCanvas } from './support/canvas';

// A laptop screen: the size the canvas has to be usable on.
test.use({ viewport: { width: 1440, height: 900 } });

type SceneElement = { id: string; type: string; x: number; y: number; width: number; height: number; containerId?: string | null; customData?: { kind?: string } | null; isDeleted?: boolean };

/** The scene as the learner would download it with "Export .excalidraw". */
async function exportedScene(page: Page): Promise<SceneElement[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .excalidraw' }).click()]);
  const path = await download.path();
  const scene = JSON.parse(await readFile(path, 'utf8')) as { elements: SceneElement[] };
  return scene.elements.filter((element) => !element.isDeleted);
}

const overlap = (a: SceneElement, b: SceneElement) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// PNG by hand: signature, then length / type / data / CRC-32 chunks.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A 1x1 white PNG, with the scene in a tEXt chunk the way Excalidraw's "Embed scene" export writes it, or without. */
function png(scene?: object): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const chunks = [chunk('IHDR', header)];
  if (scene) chunks.push(chunk('tEXt', Buffer.concat([Buffer.from('application/vnd.excalidraw+json', 'latin1'), Buffer.from([0]), Buffer.from(JSON.stringify(scene), 'latin1')])));
  chunks.push(chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

test('full width gives the canvas a laptop screen, and the side panels fold away and stay folded', async ({ page }) => {
  await openDiagramCanvas(page);
  const frame = page.locator('.canvas-frame');
  const fullWidth = page.getByRole('button', { name: 'Full width' });
  await expect(fullWidth).toHaveAttribute('aria-pressed', 'false');

  // Keyboard alone: focus the toggle and press Space.
  await fullWidth.focus();
  await page.keyboard.press('Space');
  await expect(fullWidth).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Component palette' })).toBeVisible();
  await expect.poll(async () => (await frame.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(1100);
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(700);
  // Excalidraw follows its container: the drawing surface is as big as the frame.
  await expect.poll(async () => (await page.locator('.excalidraw canvas.interactive').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(1100);
  // Our controls around the canvas pass axe in full width (Excalidraw's own UI is its authors' concern).
  const axe = await new AxeBuilder({ page }).include('.diagram-workspace').exclude('.excalidraw').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // Folding the checklist gives its column to the canvas.
  const before = (await frame.boundingBox())?.width ?? 0;
  const checklistToggle = page.getByRole('button', { name: 'Checklist' });
  await expect(checklistToggle).toHaveAttribute('aria-expanded', 'true');
  await checklistToggle.click();
  await expect(checklistToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toHaveCount(0);
  await expect.poll(async () => (await frame.boundingBox())?.width ?? 0).toBeGreaterThan(before + 200);
  await page.getByRole('button', { name: 'Palette' }).click();
  await expect(page.getByRole('group', { name: 'Component palette' })).toHaveCount(0);

  await fullWidth.click();
  await expect(fullWidth).toHaveAttribute('aria-pressed', 'false');

  // The folded panels are remembered; full width is not.
  await page.reload();
  await expect(page.locator('.excalidraw canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Checklist' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Full width' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Checklist' }).click();
  await page.getByRole('button', { name: 'Palette' }).click();
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Component palette' })).toBeVisible();
});

test('palette items land apart in free space, clear of a box already drawn, with their labels whole', async ({ page }) => {
  await openDiagramCanvas(page);
  await page.getByRole('button', { name: 'Full width' }).click();
  const box = await focusCanvas(page);
  // A box drawn right in the middle of the view, where the first palette item would have gone.
  await drawBox(page, box.x + box.width / 2 - 80, box.y + box.height / 2 - 35, 'Zorblax');
  const checklist = page.getByRole('region', { name: 'Diagram checklist' });
  await expect(checklist).toContainText('Zorblax');

  await page.getByRole('button', { name: 'Kafka', exact: true }).click();
  await page.getByRole('button', { name: 'Spark Structured Streaming', exact: true }).click();
  await page.getByRole('button', { name: 'Monitoring & alerts', exact: true }).click();
  await expect(checklist).toContainText('A durable event stream: "Kafka"');
  await expect(checklist).toContainText('Stream processing: "Spark Structured Streaming"');

  const elements = await exportedScene(page);
  const shapes = elements.filter((element) => element.type === 'rectangle');
  expect(shapes).toHaveLength(4);
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) expect(overlap(shapes[i]!, shapes[j]!), `${shapes[i]!.id} overlaps ${shapes[j]!.id}`).toBe(false);
  }
  // Every palette label fits inside its box.
  for (const shape of shapes.filter((element) => element.customData?.kind)) {
    const label = elements.find((element) => element.type === 'text' && element.containerId === shape.id);
    expect(label, `label of ${shape.customData?.kind}`).toBeDefined();
    expect(label!.width).toBeLessThanOrEqual(shape.width);
    expect(label!.height).toBeLessThanOrEqual(shape.height);
    expect(label!.x).toBeGreaterThanOrEqual(shape.x);
    expect(label!.x + label!.width).toBeLessThanOrEqual(shape.x + shape.width + 0.5);
  }
});

test('an unrecognised box asks "What is this?" and the answer counts at once', async ({ page }) => {
  await openDiagramCanvas(page);
  const checklist = page.getByRole('region', { name: 'Diagram checklist' });
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(checklist).toContainText('Missing: a durable event stream');
  // Measured after "Show the answer": its note changes the layout around the canvas.
  const box = await focusCanvas(page);

  await drawBox(page, box.x + box.width / 2, box.y + 200, 'Zorblax');
  const question = checklist.getByRole('combobox', { name: /What is this\? “Zorblax”/ });
  await expect(question).toBeVisible();
  await expect(checklist.getByRole('group', { name: 'Boxes not recognised' })).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.diagram-toolbar').include('.diagram-side').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await question.selectOption({ label: 'Kafka' });
  await expect(checklist.getByRole('combobox', { name: /Zorblax/ })).toHaveCount(0);
  await expect(checklist).not.toContainText('Missing: a durable event stream');
  await expect(checklist).toContainText('"Zorblax"');

  // The answer is stored on the box: it survives a reload and goes out with the export.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.locator('.excalidraw canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Diagram checklist' })).not.toContainText('Missing: a durable event stream');
  const elements = await exportedScene(page);
  const answered = elements.find((element) => element.customData?.kind === 'kafka');
  expect(answered?.customData).toMatchObject({ kind: 'kafka', kindSource: 'learner' });
});

test('an .excalidraw.png or .excalidraw.svg export with its scene embedded imports; a plain PNG or SVG is refused in one sentence', async ({ page }) => {
  await openDiagramCanvas(page);
  await page.getByRole('button', { name: 'Airflow', exact: true }).click();
  const checklist = page.getByRole('region', { name: 'Diagram checklist' });
  await expect(checklist).toContainText('Scheduling of batch jobs: "Airflow"');
  const input = page.getByLabel('Import an Excalidraw file');

  await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png() });
  const refusal = page.getByRole('alert').filter({ hasText: 'photo.png was not imported' });
  await expect(refusal).toContainText('This PNG has no Excalidraw scene embedded');
  await expect(refusal).toContainText('Your drawing is unchanged');
  await expect(checklist).toContainText('Scheduling of batch jobs: "Airflow"');

  const scene = {
    type: 'excalidraw',
    version: 2,
    source: 'https://excalidraw.com',
    elements: [
      { id: 'kafka-box', type: 'rectangle', x: 0, y: 0, width: 180, height: 70, boundElements: [{ type: 'text', id: 'kafka-text' }] },
      { id: 'kafka-text', type: 'text', x: 60, y: 25, width: 60, height: 20, text: 'Kafka', originalText: 'Kafka', fontSize: 16, containerId: 'kafka-box' },
    ],
    appState: { viewBackgroundColor: '#ffffff' },
    files: {},
  };
  await input.setInputFiles({ name: 'pipeline.excalidraw.png', mimeType: 'image/png', buffer: png(scene) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported pipeline.excalidraw.png' })).toBeVisible();
  await expect(checklist).toContainText('A durable event stream: "Kafka"');
  await expect(checklist).not.toContainText('Scheduling of batch jobs: "Airflow"');

  // The same for an .excalidraw.svg: Excalidraw keeps the scene base64 in a comment.
  await input.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>') });
  await expect(page.getByRole('alert').filter({ hasText: 'logo.svg was not imported' })).toContainText('This SVG has no Excalidraw scene embedded');
  await expect(checklist).toContainText('A durable event stream: "Kafka"');
  const flink = { ...scene, elements: [{ ...scene.elements[0], id: 'flink-box', boundElements: [{ type: 'text', id: 'flink-text' }] }, { ...scene.elements[1], id: 'flink-text', text: 'Flink', originalText: 'Flink', containerId: 'flink-box' }] };
  const payload = Buffer.from(JSON.stringify(flink), 'latin1').toString('base64');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!-- svg-source:excalidraw --><metadata><!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:2 --><!-- payload-start -->${payload}<!-- payload-end --></metadata></svg>`;
  await input.setInputFiles({ name: 'pipeline.excalidraw.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported pipeline.excalidraw.svg' })).toBeVisible();
  await expect(checklist).toContainText('Stream processing: "Flink"');
  await expect(checklist).not.toContainText('A durable event stream: "Kafka"');
});
