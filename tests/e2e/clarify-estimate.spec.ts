import { expect, test } from '@playwright/test';

test('the interviewer answers clarifying questions and the worksheet grades live', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  const question = page.getByLabel('Your question');
  await expect(question).toBeEnabled();

  const transcript = page.getByRole('log', { name: 'Interview transcript' });
  await question.fill('Should we build something like Amazon?');
  await page.getByRole('button', { name: 'Ask' }).click();
  await expect(transcript).toContainText('Do not model it on Amazon or Walmart');

  await question.fill('How much data do we ingest daily?');
  await question.press('Enter');
  await expect(transcript).toContainText('About 200 GB of raw data a day');

  await question.fill('I will use Kafka.');
  await question.press('Enter');
  await expect(transcript).toContainText('rather than a question');

  // A leading question is answered, but flagged and worth half.
  await question.fill('We can ignore GDPR, right?');
  await question.press('Enter');
  await expect(transcript).toContainText('Customer names, emails, phone numbers');
  await expect(transcript).toContainText('Leading question');

  await page.getByLabel(/The business objects/).fill('order, customer, product');
  const clarifyFeedback = page.getByRole('region', { name: 'Clarify feedback' });
  // Practice feedback says what is not done yet, without the reasons or the case's answers, until "Show the answer".
  await expect(clarifyFeedback).toContainText('You have not asked about latency and SLA yet');
  await expect(clarifyFeedback).not.toContainText('Freshness and SLAs decide batch or streaming');
  await expect(clarifyFeedback).toContainText('Named the Order entity');
  await expect(clarifyFeedback).toContainText('is a leading question');
  const clarifyScore = Number(await clarifyFeedback.locator('.score-value').textContent());
  expect(clarifyScore).toBeGreaterThan(0);
  expect(clarifyScore).toBeLessThan(100);

  // Step 2: the revealed daily volume is usable by name.
  await page.getByRole('link', { name: /Estimate →/ }).click();
  await expect(page.getByText('daily_ingest')).toBeVisible();
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Row 1 name').fill('storage_per_year');
  await page.getByLabel('Row 1 expression').fill('daily_ingest * 400 day');
  await expect(page.locator('output').first()).toHaveText('= 80 TB');

  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Row 2 name').fill('availability_target');
  await page.getByLabel('Row 2 expression').fill('99 GB');
  await expect(page.locator('output').nth(1)).toHaveText('= 99 GB');

  const feedback = page.getByRole('region', { name: 'Estimate feedback' });
  await expect(feedback).toContainText('storage_per_year = 80 TB: within 25% of the expected value');
  await expect(feedback).not.toContainText('73 TB');
  await expect(feedback).toContainText('365');
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(feedback).toContainText('storage_per_year = 80 TB: within 25% of the expected 73 TB');
  await expect(page.getByText('Answer shown')).toBeVisible();
  await expect(feedback).toContainText(/availability_target .*GB/);

  // An unknown name is an error under its row, not a crash.
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Row 3 expression').fill('daily_ingest * retention_days');
  await expect(page.locator('output').nth(2)).toContainText('retention_days');

  // Everything is still there after a reload straight after typing (the last edit is backed up on pagehide).
  await page.reload();
  await expect(page.getByLabel('Row 1 expression')).toHaveValue('daily_ingest * 400 day');
  await expect(page.locator('output').first()).toHaveText('= 80 TB');
  await page.getByRole('link', { name: /Clarify/ }).first().click();
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('About 200 GB of raw data a day');
});
