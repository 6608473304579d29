import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { askAndEstimate } from './support/ask-and-estimate';

test('the report shows every step score; an export grades the same on the command line and imports elsewhere', async ({ page, browser }, testInfo) => {
  await askAndEstimate(page, 'ecommerce-data-platform');
  await page.getByRole('navigation', { name: 'Interview steps' }).getByRole('link', { name: /Deep dives/ }).click();
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  await answer.fill('Use acks=all.');

  await page.getByRole('link', { name: 'Report: all scores' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  const total = await page.locator('.report-summary .score-value').textContent();
  expect(Number(total)).toBeGreaterThan(0);

  const studyNext = page.getByRole('region', { name: 'Study next' });
  await expect(studyNext.getByRole('link', { name: /Kafka/ })).toHaveAttribute('href', '/practice/kafka');
  await studyNext.getByRole('button', { name: /missed deep-dive questions? to review/ }).click();
  await expect(studyNext.getByRole('status')).toContainText(/Added \d+ to your review queue/);
  await page.getByText('Reference answer').click();
  await expect(page.getByRole('table').filter({ hasText: 'Grain' })).toContainText('fact_');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const file = testInfo.outputPath('session.json');
  await (await downloading).saveAs(file);

  const graded = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/grade.ts', 'session', file, '--json'], { encoding: 'utf8' });
  expect(graded.status, graded.stderr).toBe(0);
  const cli = JSON.parse(graded.stdout) as { total: number; steps: { step: string; score: number }[] };
  expect(String(cli.total)).toBe(total);
  for (const step of cli.steps) {
    await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(step.step === 'deep-dive' ? 'Deep dives' : '.') }) }).first()).toBeVisible();
  }

  // The missed deep-dive questions wait in the review queue.
  const review = await page.context().newPage();
  await review.goto('/review');
  await expect(review.getByRole('heading', { name: /Deep dive: E-commerce/ })).toBeVisible();
  await review.close();

  // A fresh browser (another machine, in effect) imports the file and shows the same scores.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/cases/ecommerce-data-platform/report');
  await expect(other.locator('.report-summary .score-value')).toHaveText('0');
  await other.getByLabel('Import a session file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(other.getByRole('alert').filter({ hasText: 'broken.json was not imported' })).toBeVisible();
  await other.getByLabel('Import a session file').setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(other.locator('.report-summary .score-value')).toHaveText(String(total));
  await fresh.close();
});
