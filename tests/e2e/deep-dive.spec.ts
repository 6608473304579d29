import { expect, test } from '@playwright/test';

test('deep-dive answers are scored key point by key point', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/deep-dive');
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  const feedback = page.getByRole('region', { name: 'Deep-dive feedback' });
  await expect(feedback).toContainText('Not covered: Replication factor of 3');

  await answer.fill('Use a replication factor of 3, acks=all and min.insync.replicas=2.');
  await expect(feedback).toContainText('Replication factor of 3 so each partition has copies on three brokers');
  await expect(feedback).toContainText('Not covered: enable.idempotence on the producer');
  await expect(page.getByRole('link', { name: 'lesson and drills' }).first()).toHaveAttribute('href', '/practice/kafka');
});
