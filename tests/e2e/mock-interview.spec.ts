import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const CASE = '/cases/ecommerce-data-platform';

test('a mock interview runs on a clock, records a pause, announces the curveball, holds feedback back, and its report travels', async ({ page, browser }, testInfo) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await page.goto(CASE);
  await page.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  const timeLeft = page.getByRole('timer', { name: 'Time left' });
  await expect(timeLeft).toHaveText(/^(45:00|44:5\d) left$/);

  // Back on the brief, the running mock is what resumes; practice would be a separate attempt.
  await page.getByRole('link', { name: 'E-commerce data platform' }).first().click();
  await expect(page.getByRole('button', { name: 'Start a practice attempt' })).toBeVisible();
  await page.getByRole('link', { name: /^Resume the mock \((45:00|44:5\d) left\)$/ }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();

  // The interviewer answers, but the score waits for the end.
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();
  await question.fill('How much data do we ingest daily?');
  await question.press('Enter');
  await expect(page.getByText(/200 GB/).first()).toBeVisible();
  await expect(page.getByText(/feedback is held back until you finish/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Clarify feedback' })).toHaveCount(0);

  // Five minutes pass tick by tick, so the step's own time counts them too.
  await page.clock.runFor('05:00');
  await expect(timeLeft).toHaveText(/^(40:00|39:5\d) left$/);
  await expect(page.getByText(/^Clarify: [45] of 5 min$/)).toBeVisible();

  // A paused clock stands still, however long the pause.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview · paused' })).toBeVisible();
  // One tick for the display to settle on the paused time.
  await page.clock.runFor(2_000);
  const atPause = await timeLeft.textContent();
  await page.clock.fastForward('10:00');
  await expect(timeLeft).toHaveText(atPause ?? '');
  await page.getByRole('button', { name: 'Resume' }).click();

  // The report stays closed while the mock runs.
  await page.getByRole('link', { name: 'Report: all scores' }).click();
  await expect(page.getByRole('region', { name: 'Mock interview still running' })).toBeVisible();
  await expect(page.locator('.report-summary')).toHaveCount(0);
  await expect(page.getByText('Reference answer')).toHaveCount(0);
  await page.getByRole('link', { name: /High-level design/ }).first().click();
  await expect(page.getByRole('heading', { name: 'High-level design', level: 1 })).toBeVisible();

  // At 25 minutes of running time the interviewer changes a requirement.
  await page.clock.fastForward('20:30');
  // Announced where the learner is: a toast in a polite live region (small-things.spec.ts covers it further).
  const curveball = page.getByRole('status').filter({ hasText: 'The interviewer changes a requirement' });
  await expect(curveball).toBeVisible();
  await expect(curveball).toContainText('erased');
  // The clock, the pause and finish controls and the announcement pass axe too.
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await page.getByLabel('Notes for High-level design').fill('Erasure (GDPR): pseudonymise customers and delete with a Delta MERGE. Maybe crypto shredding.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // The interviewer follows up on the claim only named ("crypto shredding") with one checkable question.
  const panel = page.getByRole('region', { name: 'New requirement from the interviewer' });
  await panel.getByRole('button', { name: 'I have addressed the change' }).click();
  await expect(panel.getByRole('heading', { name: 'Interviewer follow-up' })).toBeVisible();
  await expect(panel).toContainText('You mentioned "crypto shredding".');
  await panel.getByRole('radio', { name: "Deleting the customer's key: every copy becomes unreadable." }).check();
  await panel.getByRole('button', { name: 'Answer the follow-up' }).click();
  await expect(panel).toContainText('Follow-ups answered: the interviewer moves on.');

  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('button', { name: 'Finish and see the report' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  const total = await page.locator('.report-summary .score-value').textContent();
  const curveballResult = page.getByRole('region', { name: 'Curveball', exact: true });
  await expect(curveballResult.getByRole('heading', { name: 'Curveball at minute 25' })).toBeVisible();
  await expect(curveballResult).toContainText('You addressed the change');
  await expect(curveballResult).toContainText('The interviewer asked: Each customer');
  await expect(page.getByText(/used of 45:00/)).toBeVisible();
  await expect(page.getByText(/^Mock interview of 45 minutes, finished: .+, 1 pause \(10(\.\d)? min paused\)/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const file = testInfo.outputPath('mock-session.json');
  await (await downloading).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { session: { interview: { mode: string; pauses: unknown[]; curveballAt?: string; finishedAt?: string } } };
  expect(exported.session.interview).toMatchObject({ mode: 'mock', pauses: [expect.objectContaining({ endedAt: expect.any(String) })] });
  expect(exported.session.interview.curveballAt).toBeDefined();

  // Another browser imports it and shows the same finished report.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`${CASE}/report`);
  await other.getByLabel('Import a session file').setInputFiles({ name: 'mock-session.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(other.locator('.report-summary .score-value')).toHaveText(String(total));
  await expect(other.getByRole('region', { name: 'Curveball', exact: true }).getByRole('heading', { name: 'Curveball at minute 25' })).toBeVisible();
  await fresh.close();
});
