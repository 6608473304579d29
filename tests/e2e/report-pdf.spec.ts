import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { askAndEstimate } from './support/ask-and-estimate';

const SLUG = 'ecommerce-data-platform';
const STEP_TITLES = ['Clarify', 'Estimate', 'High-level design', 'Full system', 'Deep dives'];

/** Some work in three steps, so the scores differ from step to step; then the report. */
async function workThenOpenReport(page: Page) {
  await askAndEstimate(page, SLUG);
  await page.getByRole('navigation', { name: 'Interview steps' }).getByRole('link', { name: /Deep dives/ }).click();
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  await answer.fill('Use a replication factor of 3, acks=all and min.insync.replicas=2.');
  await page.getByRole('button', { name: 'Submit answer 1' }).click();
  await expect(page.getByRole('region', { name: 'Deep-dive feedback' })).toContainText('Replication factor of 3');

  await page.getByRole('link', { name: 'Report: all scores' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  // The chart is a lazy chunk: wait until both charts are drawn.
  await expect(page.locator('.report-charts .recharts-wrapper')).toHaveCount(2);
  await expect(page.locator('.report-charts .recharts-yAxis-tick-labels').first()).toContainText('Deep dives');
}

/** The total and the step scores as the page shows them. */
async function scoresOnPage(page: Page): Promise<{ total: number; steps: { title: string; score: number }[] }> {
  const total = Number(await page.locator('.report-summary .score-value').textContent());
  const rows = page.locator('.report-summary .report-table tbody tr');
  await expect(rows).toHaveCount(STEP_TITLES.length);
  const steps = [];
  for (const [index, title] of STEP_TITLES.entries()) {
    const row = rows.nth(index);
    await expect(row.locator('th')).toHaveText(title);
    steps.push({ title, score: Number((await row.locator('td').first().textContent())?.trim()) });
  }
  return { total, steps };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  // Without any whitespace: the PDF splits runs (and ligatures such as "fi") into items at its own places.
  return pages.join('').replace(/\s+/g, '');
}

/** A string or a pattern as it reads in the whitespace-free text. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

test('the printed report (PDF) has the total, every step score and the chart', async ({ page }, testInfo) => {
  await workThenOpenReport(page);
  const { total, steps } = await scoresOnPage(page);
  expect(total).toBeGreaterThan(0);
  expect(new Set(steps.map((step) => step.score)).size).toBeGreaterThan(1);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
  const text = await pdfText(pdf);

  expect(text).toContain(`Total${total}/100`);
  for (const { title, score } of steps) {
    // The table row (title, score, minutes spent) and the step's findings panel (title, score out of 100).
    expect(text).toMatch(new RegExp(`${compact(title)}${score}[\\d.]+min`));
    expect(text).toContain(`${compact(title)}findings${score}/100`);
  }
  // The chart printed: its caption, and the titles, axis ticks and legend only the lazy chart draws.
  expect(text).toContain(compact('Chart: the score of each step out of 100'));
  expect(text).toContain(compact('Scores out of 100'));
  expect(text).toContain(compact('Minutes spent against budget'));
  expect(text).toContain(compact(`0 25 50 75 100 ${STEP_TITLES.join(' ')}`));
  expect(text).toMatch(/BudgetSpent|SpentBudget/);
  // The buttons and the stepper are for the screen only.
  expect(text).not.toContain(compact('Download report (Markdown)'));
});

test('the report downloads as Markdown with the total and the table of steps', async ({ page }, testInfo) => {
  await workThenOpenReport(page);
  const { total, steps } = await scoresOnPage(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (Markdown)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${SLUG}-report.md`);
  const file = testInfo.outputPath('report.md');
  await download.saveAs(file);
  const markdown = readFileSync(file, 'utf8');

  expect(markdown).toMatch(/^# Report: E-commerce data platform\n/);
  expect(markdown).toContain(`- Total: **${total}/100**`);
  expect(markdown).toContain('| Step | Score | Time | Budget | Against budget |');
  for (const [index, { title, score }] of steps.entries()) {
    expect(markdown).toMatch(new RegExp(`^\\| ${index + 1}\\. ${title} \\| ${score} \\| [\\d.]+ min \\| \\d+ min \\| .+ \\|$`, 'm'));
    expect(markdown).toContain(`### ${index + 1}. ${title} (${score}/100)`);
  }
  expect(markdown).toContain('- Replication factor of 3 so each partition has copies on three brokers.');
  expect(markdown).toContain('## Study next');
});
