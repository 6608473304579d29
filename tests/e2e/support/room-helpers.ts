import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { drawBox, focusCanvas } from './canvas';

/** The three links of a room, as paths with their tokens. */
export type RoomLinks = { interviewer: string; candidate: string; observer: string };

/** Opens a 45-minute room of the seed case from /rooms/new and reads its three links. */
export async function openRoom(page: Page): Promise<RoomLinks> {
  await page.goto('/rooms/new');
  await page.getByLabel('Case', { exact: true }).selectOption('ecommerce-data-platform');
  await page.getByLabel('Length in minutes').fill('45');
  await page.getByRole('button', { name: 'Open the room' }).click();
  await expect(page.getByRole('heading', { name: 'Your room is open' })).toBeVisible();
  const link = async (label: string) => {
    const url = new URL(await page.getByLabel(label).inputValue());
    return url.pathname + url.search;
  };
  return { interviewer: await link('Interviewer link'), candidate: await link('Candidate link'), observer: await link('Observer link') };
}

/** The candidate asks a question in the clarify step. */
export async function ask(candidate: Page, text: string) {
  const question = candidate.getByLabel('Your question');
  await expect(question).toBeEnabled();
  await question.fill(text);
  await question.press('Enter');
}

export function transcript(page: Page): Locator {
  return page.getByRole('log', { name: 'Interview transcript' });
}

/** Draws a rectangle with the mouse on an Excalidraw canvas and types its label. */
export async function drawLabelledBox(page: Page, canvas: Locator, label: string) {
  // Focus the canvas first: Excalidraw takes its shortcuts from there.
  const box = await focusCanvas(page, canvas);
  await drawBox(page, box.x + 80, box.y + 160, label, { width: 180, height: 80 });
}
