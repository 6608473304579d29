import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// A written answer of about 1,500 words: numbered sentences so the box holds real prose, cut to `length`.
function essay(length: number): string {
  let text = '';
  for (let index = 1; text.length < length; index += 1) text += `Point ${index}: replication factor 3, min.insync.replicas 2 and acks=all keep an acknowledged event on two brokers. `;
  return text.slice(0, length);
}

test('a long deep-dive answer is counted, and past the limit it is kept (even across a reload) with what to do', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/deep-dive');
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  await expect(answer).toHaveAccessibleDescription('0 / 10,000 characters');

  await answer.fill(essay(5_000));
  await expect(answer).toHaveAccessibleDescription('5,000 / 10,000 characters');
  await expect(page.getByRole('button', { name: 'Submit answer 1' })).toBeEnabled();

  // A paste past the limit is not cut: the text stays, the error says by how much, and it cannot be submitted.
  await answer.fill(essay(10_400));
  await expect(answer).toHaveValue(essay(10_400));
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(answer).toHaveAccessibleDescription(/10,400 \/ 10,000 characters The answer is 10,400 characters, 400 over the 10,000 limit: shorten it to have it graded\./);
  await expect(page.getByRole('status').filter({ hasText: 'Over the 10,000-character limit.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Submit answer 1' })).toBeDisabled();

  await page.reload();
  await expect(answer).toBeEnabled();
  await expect(answer).toHaveValue(essay(10_400));

  // Shortened to fit, it is saved and can be submitted again.
  await answer.fill(essay(9_950));
  await expect(answer).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Fewer than 100 characters left of 10,000.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Submit answer 1' })).toBeEnabled();
  await page.reload();
  await expect(answer).toHaveValue(essay(9_950));
});

test('the design counts its long fields: the use case always, the one-line reason as it nears its limit', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/design');
  const useCase = page.getByLabel('Use case: the metric or feature that matters, and who needs it');
  await expect(useCase).toBeEnabled();
  await useCase.fill('Daily sales dashboards for analysts by 06:00.');
  await expect(useCase).toHaveAccessibleDescription('45 / 1,000 characters');
  await expect(page.getByText('45 / 1,000 characters')).toBeVisible();

  const reason = page.getByLabel('Why, in one line');
  await reason.fill('Batch is enough for a 06:00 report.');
  await expect(reason).toHaveAccessibleDescription('35 / 500 characters');
  // Far from the limit the count is read with the field but not shown; near it, it is shown.
  await expect(page.getByText('35 / 500 characters')).toHaveClass(/visually-hidden/);
  await reason.fill('Batch for the daily report. '.repeat(17));
  await expect(page.getByText('476 / 500 characters')).not.toHaveClass(/visually-hidden/);
  await expect(page.getByRole('status').filter({ hasText: 'Fewer than 50 characters left of 500.' })).toBeAttached();
});

// The shop's modelling question is due for review (as "Add the missed deep-dive questions to review" leaves it).
async function modellingQuestionDue(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.localStorage.getItem('sdt:review')) return;
    const subject = { kind: 'prompt', caseSlug: 'ecommerce-data-platform', promptId: 'sales-star-schema', topic: 'modelling', title: 'Model the sales data' };
    window.localStorage.setItem('sdt:review', JSON.stringify({ state: { queue: { items: [] }, pending: [{ kind: 'add', subjects: [subject], at: new Date().toISOString() }] }, version: 1 }));
  });
}

test('a review card keeps the answer being written across a reload', async ({ page }) => {
  await modellingQuestionDue(page);
  await page.goto('/review');
  const card = page.getByRole('region', { name: 'Deep dive: E-commerce data platform' });
  const answer = card.getByLabel('Your answer');
  await answer.fill('One row per order line: the grain is the order item, joined to date, product and customer.');
  await expect(answer).toHaveAccessibleDescription('90 / 10,000 characters');
  await page.reload();
  await expect(answer).toHaveValue('One row per order line: the grain is the order item, joined to date, product and customer.');
});

test('a review card grades a deep dive against its case: an answer written for another business is caught', async ({ page }) => {
  await modellingQuestionDue(page);
  await page.goto('/review');
  const card = page.getByRole('region', { name: 'Deep dive: E-commerce data platform' });
  await expect(card).toContainText('What is the grain of the fact table');
  await card.getByLabel('Your answer').fill(
    'Fact table fact_trip at one row per completed trip, with fare, distance and surge multiplier as measures. Dimensions: dim_driver (SCD type 2 for vehicle changes), dim_rider, dim_pickup_zone and dim_date.',
  );
  await card.getByRole('button', { name: 'Check answer' }).click();
  const feedback = card.getByRole('status').filter({ hasText: /key points covered|follow-up/ });
  await expect(feedback).toContainText('Your answer is about things this case never mentions: answer for this case');
  await card.getByRole('button', { name: 'Show the answer' }).click();
  await expect(feedback).toContainText(/Your answer is about "(trip|driver|rider|fare|surge|zone)/);
  await expect(feedback).toContainText('Not quite');
});
