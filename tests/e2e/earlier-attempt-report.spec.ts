import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createMockSession } from '../../lib/session/create-session';
import { finishInterview } from '../../lib/session/interview-actions';
import { setStepNotes } from '../../lib/session/session-actions';
import { EXPORT_FORMAT } from '../../lib/session/session-export';
import type { Session } from '../../lib/session/session-schema';
import { SESSION_VERSION } from '../../lib/session/session-schema';

/*
 * The report of an earlier attempt (opened from history, read-only): its actions work on that attempt
 * (export, download, print, Keep practising), and the ones that would change it are disabled with the
 * reason beside them, never a button that silently does nothing.
 */

const CASE = '/cases/ecommerce-data-platform';
const NOTES = 'Kafka into a Delta lakehouse; dbt marts for finance.';

async function importSession(page: Page, session: Session, name: string) {
  const file = JSON.stringify({ format: EXPORT_FORMAT, sessionVersion: SESSION_VERSION, exportedAt: new Date().toISOString(), session });
  await page.goto(`${CASE}/report`);
  await page.getByLabel('Import a session file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(file) });
}

/** Starts a fresh attempt from history, then opens the report of the older one (the last row). */
async function openEarlierReport(page: Page) {
  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await section.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(page.getByLabel('Your question')).toBeEnabled();
  await page.goto('/history');
  await section.getByRole('row').last().getByRole('link', { name: /^Report/ }).click();
  await expect(page).toHaveURL(/\/report\?attempt=/);
  await expect(page.getByText('This is the report of an earlier attempt')).toBeVisible();
}

test("an earlier attempt's report exports, downloads and prints that attempt", async ({ page }) => {
  await page.goto(`${CASE}/clarify`);
  await page.getByLabel('Your question').fill('Is this like Amazon?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await openEarlierReport(page);
  await expect(page.locator('.report-summary .score-value')).toBeVisible();

  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const exported = JSON.parse(await readFile((await (await exporting).path()) ?? '', 'utf8')) as { session: Session };
  expect(exported.session.answers.clarify.questions.map((question) => question.text)).toEqual(['Is this like Amazon?']);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (Markdown)' }).click();
  expect((await downloading).suggestedFilename()).toBe('ecommerce-data-platform-report.md');

  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('an earlier finished mock: its report re-grades it in place, and Keep practising copies it', async ({ page }) => {
  let session = createMockSession('ecommerce-data-platform', 'ecommerce-data-platform-earlier-mock-e2e', new Date('2026-11-25T10:00:00Z'), 45);
  session = setStepNotes(session, 'design', NOTES, new Date('2026-11-25T10:05:00Z'));
  session = finishInterview(session, new Date('2026-11-25T10:30:00Z'));
  // Scored with a rubric the case no longer has, so the report offers a re-grade.
  session = { ...session, storedScores: { rubricHash: '0000000000000000', scoredAt: '2026-11-25T10:30:00.000Z', total: 97, steps: { clarify: 99, estimate: 98, design: 97, diagram: 96, 'deep-dive': 95 } } };
  await importSession(page, session, 'earlier-mock.json');
  await expect(page.locator('.report-summary .score-value')).toHaveText('97');
  await openEarlierReport(page);

  await page.getByRole('button', { name: 'Re-grade against the current case' }).click();
  await expect(page.getByText(/This case has changed since/)).toHaveCount(0);
  await expect(page.locator('.report-summary .score-value')).not.toHaveText('97');
  // Stored: the history shows the new score for that attempt, which is still not the current one.
  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await expect(section).not.toContainText('97 (the case has changed since)');
  await expect(section.getByRole('row').last()).not.toContainText('current');
  await section.getByRole('row').last().getByRole('link', { name: /^Report/ }).click();
  await expect(page.getByText('This is the report of an earlier attempt')).toBeVisible();

  await page.getByRole('button', { name: 'Keep practising' }).click();
  await expect(page.getByText('Practice · untimed')).toBeVisible();
  await page.goto(`${CASE}/design`);
  const copied = page.getByLabel('Notes for High-level design');
  await expect(copied).toHaveValue(NOTES);
  await expect(copied).toBeEnabled();
});

test('an earlier mock still running cannot be finished from its report, and says why', async ({ page }) => {
  const session = setStepNotes(createMockSession('ecommerce-data-platform', 'ecommerce-data-platform-running-mock-e2e', new Date(), 45), 'design', NOTES, new Date());
  await importSession(page, session, 'running-mock.json');
  await expect(page.getByRole('heading', { name: 'Your mock interview is still running' })).toBeVisible();
  await openEarlierReport(page);
  const finish = page.getByRole('button', { name: 'Finish the interview' });
  await expect(finish).toBeDisabled();
  await expect(finish).toHaveAccessibleDescription(/earlier attempt is read-only here/);
});
