import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/*
 * A design field pasted past its limit: the browser used to cut the paste at maxLength without a word. Now the text
 * stays whole (in the field, in the stored session, across a reload), the field says how much to cut, and only the
 * grading waits until it fits.
 */

const DESIGN = '/cases/ecommerce-data-platform/design';
const SLA = 'SLA: how fresh the results must be, or by when';

/** A pasted freshness policy of `length` characters. */
function policy(length: number): string {
  const sentence = 'Stock levels within 5 minutes of a sale, daily sales by 06:00, refunds reconciled by noon. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Add a source' })).toBeEnabled();
}

test('a too-long SLA paste is kept, says to shorten it, survives a reload, and grades once shortened', async ({ page }) => {
  await page.goto(DESIGN);
  await ready(page);
  const feedback = page.getByRole('region', { name: 'Design feedback' });
  await expect(feedback).toBeVisible();

  const sla = page.getByLabel(SLA);
  await sla.focus();
  // insertText is how a paste reaches the field: a maxLength would have cut it here.
  await page.keyboard.insertText(policy(640));
  await expect(sla).toHaveValue(policy(640));
  await expect(sla).toHaveAttribute('aria-invalid', 'true');
  await expect(sla).toHaveAccessibleDescription('640 / 500 characters The SLA is 640 characters, 140 over the 500 limit: shorten it to submit the design for grading.');
  await expect(page.getByText('640 / 500 characters')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Over the 500-character limit.' })).toBeAttached();
  // Grading waits: the score gives way to what to shorten.
  const shorten = page.getByRole('region', { name: 'Shorten to submit' });
  await expect(shorten).toContainText('The SLA: 640 of 500 characters');
  await expect(feedback).toHaveCount(0);
  // Typing is never blocked: more text goes in.
  await page.keyboard.type(' More.');
  await expect(sla).toHaveValue(`${policy(640)} More.`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel(SLA)).toHaveValue(`${policy(640)} More.`);
  await expect(page.getByLabel(SLA)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/could not be kept|set aside|starting fresh/)).toHaveCount(0);

  await page.getByLabel(SLA).fill('stock within 5 minutes; daily sales by 06:00');
  await expect(page.getByLabel(SLA)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(SLA)).toHaveAccessibleDescription('44 / 500 characters');
  await expect(shorten).toHaveCount(0);
  await expect(feedback.locator('.score-value')).toBeVisible();
  await expect(feedback).toContainText(/SLA|fresh/i);
});

test('a source row field past its limit is named with its row, and the report says what was graded', async ({ page }) => {
  await page.goto(DESIGN);
  await ready(page);
  await page.getByRole('button', { name: 'Add a source' }).click();
  await page.getByRole('button', { name: 'Add a source' }).click();
  const rate = page.getByLabel('Rate', { exact: true }).nth(1);
  await rate.focus();
  await page.keyboard.insertText('800 orders/s at peak, '.repeat(25));
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toHaveAccessibleDescription(/^550 \/ 500 characters Source 2's rate is 550 characters, 50 over the 500 limit: shorten it to submit the design for grading\.$/);
  await expect(page.getByRole('region', { name: 'Shorten to submit' })).toContainText("Source 2's rate: 550 of 500 characters");
  // The first source's fields stay valid.
  await expect(page.getByLabel('Rate', { exact: true }).first()).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.goto('/cases/ecommerce-data-platform/report');
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page.getByText(/Source 2's rate is 550 characters, 50 over the 500 limit: .* Only its first 500 characters were graded\./).first()).toBeVisible();
});
