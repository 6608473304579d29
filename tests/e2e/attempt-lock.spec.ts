import { expect, test } from '@playwright/test';
import { createMockSession } from '../../lib/session/create-session';
import { finishInterview } from '../../lib/session/interview-actions';
import { setStepNotes } from '../../lib/session/session-actions';
import { EXPORT_FORMAT } from '../../lib/session/session-export';
import { SESSION_VERSION } from '../../lib/session/session-schema';

const CASE = '/cases/ecommerce-data-platform';
const NOTES = 'Kafka into a Delta lakehouse; dbt marts for finance.';

test('finishing a mock locks its work and scores; "Keep practising" copies it into an editable practice attempt', async ({ page }) => {
  await page.goto(CASE);
  await page.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /High-level design/ }).first().click();
  await page.getByLabel('Notes for High-level design').fill(NOTES);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('button', { name: 'Finish and see the report' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Scores as stored when this attempt was scored/)).toBeVisible();
  const total = await page.locator('.report-summary .score-value').textContent();

  // The finished mock's work is read-only, on every step.
  await page.goto(`${CASE}/design`);
  const notes = page.getByLabel('Notes for High-level design');
  await expect(notes).toHaveValue(NOTES);
  await expect(notes).toBeDisabled();
  await expect(page.getByText(/This mock interview is finished, so its work is read-only/)).toBeVisible();
  await page.goto(`${CASE}/clarify`);
  await expect(page.getByLabel('Your question')).toBeDisabled();

  // Its report is unchanged after a reload.
  await page.goto(`${CASE}/report`);
  await expect(page.locator('.report-summary .score-value')).toHaveText(String(total));

  // Keep practising: a new practice attempt with the same work, editable.
  await page.getByRole('button', { name: 'Keep practising' }).click();
  await expect(page.getByText('Practice · untimed')).toBeVisible();
  await page.goto(`${CASE}/design`);
  const copied = page.getByLabel('Notes for High-level design');
  await expect(copied).toHaveValue(NOTES);
  await expect(copied).toBeEnabled();
  await copied.fill(`${NOTES} Plus a CDC feed.`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // Both attempts are in the history, the mock still finished.
  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await expect(section.getByRole('row')).toHaveCount(3);
  await expect(section).toContainText(/Mock, \d+ min/);
  await expect(section).toContainText('Practice');
});

test('a stored score against an older rubric stays until the learner re-grades', async ({ page }) => {
  const start = new Date('2026-11-25T10:00:00Z');
  let session = createMockSession('ecommerce-data-platform', 'ecommerce-data-platform-locked-e2e', start, 45);
  session = setStepNotes(session, 'design', NOTES, new Date('2026-11-25T10:05:00Z'));
  session = finishInterview(session, new Date('2026-11-25T10:30:00Z'));
  // Scored with a rubric the case no longer has: the stored numbers are shown as they were.
  session = { ...session, storedScores: { rubricHash: '0000000000000000', scoredAt: '2026-11-25T10:30:00.000Z', total: 97, steps: { clarify: 99, estimate: 98, design: 97, diagram: 96, 'deep-dive': 95 } } };
  const file = JSON.stringify({ format: EXPORT_FORMAT, sessionVersion: SESSION_VERSION, exportedAt: '2026-11-25T10:31:00.000Z', session });

  await page.goto(`${CASE}/report`);
  await page.getByLabel('Import a session file').setInputFiles({ name: 'old-mock.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.locator('.report-summary .score-value')).toHaveText('97');
  await expect(page.getByText(/This case has changed since this attempt was scored/)).toBeVisible();

  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await expect(section).toContainText('97 (the case has changed since)');

  await page.goto(`${CASE}/report`);
  await page.getByRole('button', { name: 'Re-grade against the current case' }).click();
  await expect(page.getByText(/This case has changed since/)).toHaveCount(0);
  await expect(page.locator('.report-summary .score-value')).not.toHaveText('97');
  await expect(page.getByText(/^Scores as stored when this attempt was scored/)).toBeVisible();
});
