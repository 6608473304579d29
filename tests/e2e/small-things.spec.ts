import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generatorsForTopic } from '../../lib/drills/registry';

/*
 * The rough edges a new user meets: the curveball announced where the learner is, links that open
 * pages at their top and look like links, drafts that survive a reload, the wording, and a second tab
 * that looks as read-only as it is.
 */

const CASE = '/cases/ecommerce-data-platform';

async function settled(page: Page): Promise<void> {
  await expect(page.getByText(/Loading your work|Reading your saved sessions/)).toHaveCount(0);
}

test('the curveball is announced where the learner is: a toast in view, a polite live region, a mark on the clock; focus stays put', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await page.goto(CASE);
  await page.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Full system/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Full system', level: 1 })).toBeVisible();

  // Scrolled down past the canvas, typing in the notes.
  const notes = page.getByLabel('Notes for Full system');
  await notes.scrollIntoViewIfNeeded();
  await notes.focus();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const live = page.getByRole('status').filter({ hasText: 'The interviewer changes a requirement' });
  await expect(live).toHaveCount(0);

  await page.clock.fastForward('25:30');
  const toast = page.locator('.curveball-toast');
  await expect(toast).toBeVisible();
  await expect(toast).toBeInViewport({ ratio: 1 });
  await expect(toast).toContainText('erased');
  // The toast is inside a polite live region that was in the page before it came.
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toContainText('erased');
  await expect(page.getByRole('alert').filter({ hasText: 'The interviewer changes a requirement' })).toHaveCount(0);
  await expect(notes).toBeFocused();
  // The sidebar clock marks it and links to the full text above the step.
  await expect(page.locator('.interview-panel')).toContainText(/New requirement at minute 25/);
  await expect(page.getByRole('region', { name: 'New requirement from the interviewer' })).toContainText('erased');

  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'New requirement from the interviewer' })).toBeVisible();
});

test('"Report →" opens the report at its top; "Report: all scores" looks like the link it is', async ({ page }) => {
  await page.goto(`${CASE}/deep-dive`);
  await settled(page);
  const report = page.getByRole('link', { name: 'Report →' });
  await report.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await report.click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page.locator('.report-summary .score-value')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeInViewport();

  await page.goto(`${CASE}/estimate`);
  const allScores = page.getByRole('link', { name: 'Report: all scores' });
  const style = await allScores.evaluate((element) => {
    const computed = getComputedStyle(element);
    const body = getComputedStyle(document.body);
    return { line: computed.textDecorationLine, color: computed.color, text: body.color };
  });
  expect(style.line).toContain('underline');
  expect(style.color).not.toBe(style.text);
});

test('history links to the report of each past attempt', async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  await page.getByLabel('Your question').fill('Is this like Amazon?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await section.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(page.getByLabel('Your question')).toBeEnabled();
  await page.getByLabel('Your question').fill('Who consumes the output?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.goto('/history');
  await expect(section.getByRole('row')).toHaveCount(3);
  const reports = section.getByRole('link', { name: /^Report of the attempt last worked on/ });
  await expect(reports).toHaveCount(2);
  // The older attempt's report opens with that attempt's work, read-only, and the newer attempt stays current.
  await section.getByRole('row').last().getByRole('link', { name: /^Report/ }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/report\?attempt=/);
  await expect(page.getByText('This is the report of an earlier attempt')).toBeVisible();
  await expect(page.locator('.report-summary .score-value')).toBeVisible();
  const transcript = page.getByRole('log', { name: 'Interview transcript' });
  await page.goto(`${CASE}/clarify`);
  await expect(transcript).toContainText('Who consumes the output?');
  await expect(transcript).not.toContainText('Is this like Amazon?');
  // "Resume this attempt" on that report makes it the current one.
  await page.goto('/history');
  await section.getByRole('row').last().getByRole('link', { name: /^Report/ }).click();
  await page.getByRole('button', { name: 'Resume this attempt' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByText('This is the report of an earlier attempt')).toHaveCount(0);
  await page.goto(`${CASE}/clarify`);
  await expect(transcript).toContainText('Is this like Amazon?');
  await expect(transcript).not.toContainText('Who consumes the output?');
});

test('a half-typed clarify question and the chosen kind of drill survive a reload', async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();
  await question.fill('How fresh must the dashboards b');
  await page.reload();
  await expect(page.getByLabel('Your question')).toHaveValue('How fresh must the dashboards b');
  // Once asked, the draft is gone.
  await page.getByLabel('Your question').fill('How fresh must the dashboards be?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('How fresh must the dashboards be?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your question')).toBeEnabled();
  await expect(page.getByLabel('Your question')).toHaveValue('');

  const kinds = generatorsForTopic('kafka');
  const other = kinds[1];
  if (!other) throw new Error('kafka needs two kinds of drill for this test');
  await page.goto('/practice/kafka');
  const kind = page.getByRole('combobox', { name: 'Kind of drill' });
  await kind.selectOption(other.id);
  await expect(page.getByRole('heading', { name: `Drill: ${other.title}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Kind of drill' })).toHaveValue(other.id);
  await expect(page.getByRole('heading', { name: `Drill: ${other.title}` })).toBeVisible();
});

test('wording: counts agree, acronyms keep their case, the redundancy helper says what it means, an explanation is said once, design fields fit', async ({ page }) => {
  await page.goto('/practice');
  await expect(page.getByText(/\b1 (kinds of drill|questions)\b/)).toHaveCount(0);
  await expect(page.getByText(/\d+ kinds? of drill/).first()).toBeVisible();

  await page.goto(CASE);
  await expect(page.getByText(/its SLA, outputs/)).toBeVisible();
  await expect(page.getByText(/its sla\b/)).toHaveCount(0);

  await page.goto(`${CASE}/estimate`);
  await page.getByText('Availability helper').click();
  const composed = page.locator('.helper-grid output').last();
  await expect(composed).toContainText('99.99999995%');
  await expect(composed).toContainText('of downtime a year');
  await expect(composed).not.toContainText('100%');

  // A wrong drill answer: the explanation appears once, in the worked solution.
  const generator = generatorsForTopic('kafka')[0];
  if (!generator) throw new Error('no kafka drill');
  const drill = generator.generate(1);
  await page.goto('/practice/kafka');
  const runner = page.getByRole('region', { name: `Drill: ${generator.title}` });
  await runner.getByLabel('Your answer to the drill').fill('no idea, 424242');
  await runner.getByRole('button', { name: 'Check' }).click();
  await expect(runner.getByRole('status')).toContainText('Not quite.');
  await runner.getByText('Worked solution').click();
  const worked = (await runner.locator('.answer-feedback details').innerText()).replace(drill.solution, '').replace('Worked solution', '').trim();
  const opening = worked.slice(0, 40);
  expect(opening.length).toBeGreaterThan(20);
  const all = await runner.getByRole('status').innerText();
  expect(all.split(opening).length - 1).toBe(1);

  // The design form's Format and Rate boxes show a real answer whole.
  await page.goto(`${CASE}/design`);
  await settled(page);
  await page.getByRole('button', { name: 'Add a source' }).click();
  const format = page.getByLabel('Format', { exact: true }).first();
  const rate = page.getByLabel('Rate', { exact: true }).first();
  await format.fill('Avro with a schema registry');
  await rate.fill('600 orders/s, 6,000 at peak');
  for (const field of [format, rate]) {
    const fits = await field.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits).toBe(true);
  }
});

test('a second tab on the attempt looks read-only: a banner, disabled and dimmed controls, the canvas in view mode', async ({ context }) => {
  const first = await context.newPage();
  await first.goto(`${CASE}/design`);
  await expect(first.getByLabel('Notes for High-level design')).toBeEnabled();

  const second = await context.newPage();
  await second.goto(`${CASE}/design`);
  await expect(second.getByText(/This attempt is open in another tab, so this tab is read-only/)).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'Read-only: open in another tab' })).toBeVisible();
  const notes = second.getByLabel('Notes for High-level design');
  await expect(notes).toBeDisabled();
  const add = second.getByRole('button', { name: 'Add a source' });
  await expect(add).toBeDisabled();
  expect(Number(await add.evaluate((element) => getComputedStyle(element).opacity))).toBeLessThan(1);
  // Moving around stays possible.
  await expect(second.getByRole('link', { name: /Full system →/ })).toBeEnabled();

  await second.goto(`${CASE}/diagram`);
  await expect(second.getByText(/This attempt is open in another tab/)).toBeVisible();
  await expect(second.locator('.excalidraw.excalidraw--view-mode')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Import .excalidraw' })).toBeDisabled();

  // Once the first tab closes, the second takes over and can edit.
  await first.close();
  await expect(second.getByText(/The other tab closed/)).toBeVisible();
  await expect(second.locator('.excalidraw.excalidraw--view-mode')).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Import .excalidraw' })).toBeEnabled();
});
