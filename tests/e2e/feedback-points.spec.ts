import { expect, test } from '@playwright/test';

test('feedback points read as a learner reads them: an unsubmitted answer costs a rounded share, on the step and the report', async ({ page }) => {
  await page.goto('/cases/ride-hailing/deep-dive');
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  await answer.fill('Key the location topic by driver_id so each driver stays in one partition, in order.');
  const feedback = page.getByRole('region', { name: 'Deep-dive feedback' });
  const unsubmitted = feedback.getByRole('listitem').filter({ hasText: 'Question 1: submit your answer' });
  await expect(unsubmitted).toContainText(/−\d+(\.\d)?$/);
  await expect(feedback).not.toContainText(/\d\.\d{2,}/);

  await page.getByRole('link', { name: 'Report: all scores' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/[−+]\d+\.\d{2,}/);
});
