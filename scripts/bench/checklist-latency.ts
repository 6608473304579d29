// The live checklist's latency in Chromium on the production build: from the end of an edit (the
// key that deletes or restores the Kafka boxes of a 500-element scene) to the checklist's DOM showing
// the new grade. A measurement, not a test: `npm run -s bench -- --browser` prints it with the others.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { BenchResult } from '../../lib/bench/measure';
import { busyScene } from '../../tests/lib/canvas/busy-scene';
import { serveBuild } from '../size/serve';

const FINDING = 'A durable event stream';

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

/** Milliseconds from pressing `key` on the canvas to the checklist's first change after it. */
async function timeEdit(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { __edit?: { start: number; end?: number; observer: MutationObserver } };
    const checklist = document.querySelector('[aria-label="Diagram checklist"]');
    if (!checklist) throw new Error('no checklist');
    const observer = new MutationObserver(() => {
      const edit = state.__edit;
      if (edit && edit.start > 0 && edit.end === undefined) edit.end = performance.now();
    });
    observer.observe(checklist, { subtree: true, childList: true, characterData: true });
    state.__edit = { start: 0, observer };
    document.addEventListener('keydown', () => state.__edit && (state.__edit.start = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __edit?: { end?: number } }).__edit?.end !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const edit = (window as unknown as { __edit: { start: number; end: number; observer: MutationObserver } }).__edit;
    edit.observer.disconnect();
    return edit.end - edit.start;
  });
}

/** Imports the 500-element benchmark scene, then times `rounds` delete/undo pairs of its Kafka boxes. */
export async function checklistLatency(rounds = 10): Promise<BenchResult> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('bench --browser: no build found; run `npm run build` first');
  const served = await serveBuild();
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${served.url}/cases/ecommerce-data-platform/diagram`);
    await page.locator('.excalidraw canvas.interactive').waitFor({ state: 'visible', timeout: 60_000 });
    const scene = busyScene();
    await page.getByLabel('Import an Excalidraw file').setInputFiles({ name: 'busy.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scene)) });
    const checklist = page.getByRole('region', { name: 'Diagram checklist' });
    await checklist.getByText(FINDING).first().waitFor({ timeout: 30_000 });
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      // The finding selects its boxes on the canvas; the canvas then takes the keys.
      await checklist.getByRole('button', { name: new RegExp(FINDING) }).first().click();
      await page.locator('.excalidraw-container').focus();
      samples.push(await timeEdit(page, 'Delete'));
      await page.waitForTimeout(400);
      samples.push(await timeEdit(page, 'Control+z'));
      await page.waitForTimeout(400);
    }
    samples.sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return { name: 'checklist-latency-500 (browser)', p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)), n: samples.length };
  } finally {
    await browser.close();
    served.stop();
  }
}
