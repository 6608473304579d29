import { expect, test } from '@playwright/test';

test('history lists past sessions with scores; resume, start anew and delete with confirmation', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/clarify');
  await page.getByLabel('Your question').fill('Is this like Amazon?');
  await page.getByLabel('Your question').press('Enter');
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('Walmart');
  await page.waitForTimeout(600);

  await page.goto('/history');
  const section = page.getByRole('region', { name: 'E-commerce data platform' });
  await expect(section.getByRole('row')).toHaveCount(2);
  await expect(section).toContainText('current');

  // A new attempt keeps the first one in the history.
  await section.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(page.getByLabel('Your question')).toBeEnabled();
  await expect(page.getByRole('log', { name: 'Interview transcript' })).not.toContainText('Walmart');
  await page.waitForTimeout(600);
  await page.goto('/history');
  await expect(section.getByRole('row')).toHaveCount(3);
  // Scores over time: each attempt against the one before it.
  await expect(section.getByRole('row').last()).toContainText('first attempt');
  await expect(section.getByRole('row').nth(1)).toContainText(/Practice.*(−\d+|same)/);

  // Resume the older one.
  await section.getByRole('row').last().getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('log', { name: 'Interview transcript' })).toContainText('Walmart');

  // Delete asks first.
  await page.goto('/history');
  const last = section.getByRole('row').last();
  await last.getByRole('button', { name: 'Delete' }).click();
  await last.getByRole('button', { name: 'Keep it' }).click();
  await expect(section.getByRole('row')).toHaveCount(3);
  await section.getByRole('row').last().getByRole('button', { name: 'Delete' }).click();
  await section.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(section.getByRole('row')).toHaveCount(2);
});
