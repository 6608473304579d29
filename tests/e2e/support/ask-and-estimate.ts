import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Two clarifying questions and one worksheet row (80 TB a year): enough work for non-zero scores in two steps. */
export async function askAndEstimate(page: Page, slug: string): Promise<void> {
  await page.goto(`/cases/${slug}/clarify`);
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();
  await question.fill('Is this like Amazon?');
  await question.press('Enter');
  await question.fill('How much data do we ingest daily?');
  await question.press('Enter');
  await page.getByRole('link', { name: /Estimate →/ }).click();
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Row 1 name').fill('storage_per_year');
  await page.getByLabel('Row 1 expression').fill('daily_ingest * 400 day');
  await expect(page.locator('output').first()).toHaveText('= 80 TB');
}
