import { expect, test } from '@playwright/test';

const CASE_TITLE = 'E-commerce data platform';

test('a learner writes notes in two steps and finds them after a reload and a reopened tab', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Case studies', level: 1 })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: CASE_TITLE });
  await expect(card.getByText('Not started')).toBeVisible();

  await card.getByRole('link', { name: CASE_TITLE }).click();
  await expect(page.getByRole('heading', { name: CASE_TITLE, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Start the interview' }).click();

  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  const clarifyNotes = page.getByLabel('Notes for Clarify');
  await expect(clarifyNotes).toBeEnabled();
  await clarifyNotes.fill('- Is this like Amazon?\n- OLTP or OLAP?');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.getByRole('link', { name: /Estimate →/ }).click();
  await expect(page.getByRole('heading', { name: 'Estimate', level: 1 })).toBeVisible();
  const estimateNotes = page.getByLabel('Notes for Estimate');
  await expect(estimateNotes).toBeEnabled();
  await estimateNotes.fill('storage_per_year = 200 GB/day * 365 day = **73 TB**');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Notes for Estimate')).toHaveValue('storage_per_year = 200 GB/day * 365 day = **73 TB**');

  // The preview renders the Markdown.
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('tabpanel').getByText('73 TB')).toHaveJSProperty('tagName', 'STRONG');

  // The stepper shows which steps have work.
  const stepper = page.getByRole('navigation', { name: 'Interview steps' });
  await expect(stepper.getByRole('link', { name: /Clarify.*has work/ })).toBeVisible();
  await expect(stepper.getByRole('link', { name: /Estimate.*current step/ })).toHaveAttribute('aria-current', 'step');

  // Close the tab and open the app again in a new one.
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto('/');
  await expect(reopened.getByRole('article').filter({ hasText: CASE_TITLE }).getByText(/2 of 5 steps with work/)).toBeVisible();
  await reopened.goto('/cases/ecommerce-data-platform');
  await reopened.getByRole('link', { name: 'Resume at step 2: Estimate' }).click();
  await expect(reopened.getByLabel('Notes for Estimate')).toHaveValue(/73 TB/);
  await reopened.getByRole('link', { name: /Clarify/ }).first().click();
  await expect(reopened.getByLabel('Notes for Clarify')).toHaveValue('- Is this like Amazon?\n- OLTP or OLAP?');
});

test('unknown cases and steps are real 404 pages', async ({ page }) => {
  const unknownCase = await page.goto('/cases/no-such-case');
  expect(unknownCase?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const unknownStep = await page.goto('/cases/ecommerce-data-platform/whiteboard');
  expect(unknownStep?.status()).toBe(404);
});
