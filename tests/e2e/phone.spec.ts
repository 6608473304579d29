import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/*
 * Every page at a phone's size (390 x 844, touch): the document never scrolls sideways, the controls
 * that matter can be reached (scrolled to, they are inside the window), and axe finds no serious or
 * critical violation.
 */

const PHONE = { width: 390, height: 844 };
const CASE = '/cases/ecommerce-data-platform';
const STEPS = [
  { id: 'clarify', number: 1, title: 'Clarify' },
  { id: 'estimate', number: 2, title: 'Estimate' },
  { id: 'design', number: 3, title: 'High-level design' },
  { id: 'diagram', number: 4, title: 'Full system' },
  { id: 'deep-dive', number: 5, title: 'Deep dives' },
] as const;

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });
// Each test visits several pages and scans each with axe.
test.describe.configure({ timeout: 180_000 });

async function settled(page: Page): Promise<void> {
  await expect(page.getByText(/Checking your progress|Loading your work|Loading your session|Loading your design|Loading your review queue|Reading your saved sessions/)).toHaveCount(0);
}

/** The page is no wider than the phone: nothing makes the whole document scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `document is ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(widths.client);
}

/** Scrolled to, the control is shown whole inside the window (not clipped at its right edge). */
async function expectReachable(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeVisible();
  await expect(control).toBeInViewport({ ratio: 1 });
}

async function expectHeaderFits(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Case studies', 'Practice', 'Review', 'History']) await expectReachable(nav.getByRole('link', { name, exact: true }));
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function checkPage(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  await settled(page);
  await expectNoSidewaysScroll(page);
  await expectHeaderFits(page);
  await expectAxeClean(page);
}

test('the catalogue, a brief, practice, a lesson, review and the 404 page fit a phone', async ({ page }) => {
  await page.goto('/');
  await checkPage(page, 'Case studies');
  await expectReachable(page.getByRole('link', { name: 'E-commerce data platform' }).first());

  await page.goto(CASE);
  await checkPage(page, 'E-commerce data platform');
  await expectReachable(page.getByRole('button', { name: 'Start a mock interview' }));
  // Acronyms keep their case in the brief's list of steps.
  await expect(page.getByText(/its SLA, outputs/)).toBeVisible();

  await page.goto('/practice');
  await checkPage(page, 'Practice');
  await expect(page.getByText(/\b1 kinds of drill\b/)).toHaveCount(0);

  await page.goto('/practice/kafka');
  await checkPage(page, 'Kafka');
  await expectReachable(page.getByRole('combobox', { name: 'Kind of drill' }));
  await expectReachable(page.getByRole('region', { name: /^Drill:/ }).getByRole('button', { name: 'Check' }));

  await page.goto('/review');
  await checkPage(page, 'Review');

  await page.goto('/no-such-page');
  await expectNoSidewaysScroll(page);
  await expectHeaderFits(page);
  await expectAxeClean(page);
});

test('every step opens at the top with a compact stepper above the work', async ({ page }) => {
  for (const step of STEPS) {
    await page.goto(`${CASE}/${step.id}`);
    await checkPage(page, step.title);
    // The page opens at its top (clarify used to open scrolled to its transcript).
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const stepper = page.getByRole('navigation', { name: 'Interview steps' });
    const compact = stepper.getByText(`Step ${step.number} of 5: ${step.title}`);
    await expectReachable(compact);
    // The whole list is folded away until asked for, so the work comes first.
    await expect(stepper.getByRole('link', { name: /^Step \d:/ })).toHaveCount(0);
    const heading = await page.getByRole('heading', { name: step.title, level: 1 }).boundingBox();
    expect(heading?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height / 2);
    await expectReachable(page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link').last());
  }

  // The compact stepper opens the list of steps and the report.
  await page.goto(`${CASE}/estimate`);
  await settled(page);
  const stepper = page.getByRole('navigation', { name: 'Interview steps' });
  await stepper.getByText('Step 2 of 5: Estimate').click();
  await expectReachable(stepper.getByRole('link', { name: /High-level design/ }));
  await expectReachable(stepper.getByRole('link', { name: 'Report: all scores' }));
  await stepper.getByRole('link', { name: /High-level design/ }).click();
  await expect(page.getByRole('heading', { name: 'High-level design', level: 1 })).toBeVisible();
});

test('the step controls fit: clarify asks, the worksheet and the design form are whole, the canvas says a larger screen is better', async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  await settled(page);
  const question = page.getByLabel('Your question');
  await expectReachable(question);
  await question.fill('How many orders a day?');
  await question.press('Enter');
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('How many orders a day?');
  await expectReachable(page.getByRole('button', { name: 'Ask' }));

  await page.goto(`${CASE}/estimate`);
  await settled(page);
  await page.getByRole('button', { name: 'Add row', exact: true }).click();
  await expectReachable(page.getByLabel('Row 1 expression'));
  await expectReachable(page.getByRole('button', { name: 'Remove row 1' }));
  await expectNoSidewaysScroll(page);

  await page.goto(`${CASE}/design`);
  await settled(page);
  await page.getByRole('button', { name: 'Add a source' }).click();
  for (const label of ['Source 1', 'Format', 'Rate']) await expectReachable(page.getByRole('textbox', { name: label, exact: true }).first());
  await expectReachable(page.getByRole('combobox', { name: 'Arrives as' }).first());
  await expectReachable(page.getByRole('button', { name: 'Remove source 1' }));
  await expectNoSidewaysScroll(page);

  await page.goto(`${CASE}/diagram`);
  await settled(page);
  await expect(page.getByText(/Drawing is easier on a larger screen/)).toBeVisible();
  const frame = page.locator('.canvas-frame');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('.excalidraw')).toBeVisible();
  // Excalidraw's tools are inside the window, none cut off at the edge.
  for (const tool of ['rectangle', 'arrow', 'text']) await expectReachable(frame.getByTestId(`toolbar-${tool}`));
  await expectReachable(page.getByRole('button', { name: 'Import .excalidraw' }));
  await expectReachable(page.getByRole('button', { name: 'Export .excalidraw' }));
  await expectNoSidewaysScroll(page);
});

test('the report and the history fit: every column and action can be reached', async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  await settled(page);
  await page.getByLabel('Your question').fill('Who consumes the output?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.goto(`${CASE}/report`);
  await checkPage(page, 'Report');
  const scores = page.getByRole('region', { name: 'Score and time per step' });
  await expectReachable(scores.getByRole('columnheader', { name: 'Against budget' }));
  await expectReachable(scores.getByRole('link', { name: 'Deep dives' }));
  await expectReachable(page.getByRole('button', { name: 'Export session (JSON)' }));
  await expectReachable(page.getByRole('button', { name: 'Print' }));

  await page.goto('/history');
  await checkPage(page, 'History');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  const row = section.getByRole('row').last();
  await expectReachable(row.getByRole('link', { name: /^Report/ }));
  await expectReachable(row.getByRole('button', { name: 'Resume' }));
  await expectReachable(row.getByRole('button', { name: 'Delete' }));
  await row.getByRole('button', { name: 'Delete' }).click();
  await expectReachable(row.getByRole('button', { name: 'Yes, delete' }));
  await expectReachable(row.getByRole('button', { name: 'Keep it' }));
  await expectNoSidewaysScroll(page);
});

test('opening a room and the room page fit a phone', async ({ page }) => {
  await page.goto('/rooms/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectHeaderFits(page);
  await expectAxeClean(page);
  await page.getByLabel('Case', { exact: true }).selectOption('ecommerce-data-platform');
  await expectReachable(page.getByRole('button', { name: 'Open the room' }));
  await page.getByRole('button', { name: 'Open the room' }).click();
  await expect(page.getByRole('heading', { name: 'Your room is open' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const candidate = new URL(await page.getByLabel('Candidate link').inputValue());

  await page.goto(candidate.pathname + candidate.search);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectHeaderFits(page);
  await expectAxeClean(page);
});
