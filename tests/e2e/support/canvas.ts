import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Excalidraw's interactive canvas (the layer that takes the mouse). */
export const CANVAS_SELECTOR = '.excalidraw canvas.interactive';

/** Opens a case's diagram step (the seed case by default), waits for the canvas and scrolls it into view. */
export async function openDiagramCanvas(page: Page, caseSlug = 'ecommerce-data-platform'): Promise<Locator> {
  await page.goto(`/cases/${caseSlug}/diagram`);
  const canvas = page.locator(CANVAS_SELECTOR);
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  await page.locator('.canvas-frame').scrollIntoViewIfNeeded();
  return canvas;
}

/** Clicks an empty corner of the canvas so Excalidraw takes its keyboard shortcuts; resolves with the canvas's box. */
export async function focusCanvas(page: Page, canvas: Locator = page.locator(CANVAS_SELECTOR)) {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('canvas has no size');
  await page.mouse.click(box.x + box.width - 40, box.y + box.height - 120);
  return box;
}

/**
 * Draws a rectangle with the mouse from page point (x, y), `size` pixels large, and types its label
 * (Enter on a selected shape edits its bound text). The canvas must have focus (focusCanvas).
 */
export async function drawBox(page: Page, x: number, y: number, label: string, size = { width: 160, height: 70 }) {
  await page.keyboard.press('r');
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + size.width, y + size.height, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Enter');
  await page.keyboard.type(label);
  await page.keyboard.press('Escape');
}
