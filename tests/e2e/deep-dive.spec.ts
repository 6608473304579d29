import { expect, test } from '@playwright/test';

test('deep-dive feedback says only what is not done, then what is missing in neutral words, and the answer on request', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/deep-dive');
  const answer = page.getByLabel('Your answer to question 1');
  await expect(answer).toBeEnabled();
  const feedback = page.getByRole('region', { name: 'Deep-dive feedback' });
  // Before anything is done: no key point, no model answer.
  await expect(feedback).toContainText('Question 1 is not answered yet.');
  await expect(feedback).not.toContainText('Replication factor of 3');

  await answer.fill('Use a replication factor of 3, acks=all and min.insync.replicas=2.');
  await expect(feedback).toContainText('Question 1: submit your answer');
  await page.getByRole('button', { name: 'Submit answer 1' }).click();
  // What the learner said is confirmed; what is missing is named without its content.
  await expect(feedback).toContainText('Replication factor of 3 so each partition has copies on three brokers');
  await expect(feedback).toContainText('Your answer does not say what stops a producer retry from writing a duplicate.');
  await expect(feedback).not.toContainText('enable.idempotence on the producer');

  await page.getByRole('button', { name: 'Show the answer to question 1' }).click();
  await expect(page.getByRole('region', { name: 'Model answer' })).toContainText('enable.idempotence on the producer');
  await expect(feedback).toContainText('Not covered: enable.idempotence on the producer');
  await expect(page.getByRole('link', { name: 'lesson and drills' }).first()).toHaveAttribute('href', '/practice/kafka');
});

test('a deep-dive point only named gets the interviewer follow-up, whose answer settles it and shows on the report', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform/deep-dive');
  const answer = page.getByLabel('Your answer to question 2');
  await expect(answer).toBeEnabled();
  await answer.fill('We use checkpointing.');
  await page.getByRole('button', { name: 'Submit answer 2' }).click();

  const followUp = page.getByRole('region', { name: 'Interviewer follow-up' });
  await expect(followUp).toContainText('You mentioned "checkpointing".');
  await expect(followUp).toContainText('The checkpoint folder was deleted and startingOffsets is latest.');
  await followUp.getByRole('radio', { name: /They are skipped/ }).check();
  await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();
  await expect(page.getByRole('region', { name: 'Deep-dive feedback' })).toContainText('The follow-up answer was right.');

  // The answer survives a reload: it is saved in the session.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Follow-ups on question 2' })).toContainText('(right)');

  await page.getByRole('link', { name: 'Report: all scores' }).click();
  const report = page.getByRole('region', { name: 'Follow-up questions' });
  await expect(report).toContainText('Deep-dive question 2');
  await expect(report).toContainText('Your answer: They are skipped');
  await expect(report).toContainText('Right: the point (named in the answer) now earns');
});

test('in a mock the interviewer still asks the follow-up live, while feedback and the answer stay held', async ({ page }) => {
  await page.goto('/cases/ecommerce-data-platform');
  await page.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Clarify', level: 1 })).toBeVisible();
  await page.goto('/cases/ecommerce-data-platform/deep-dive');
  const answer = page.getByLabel('Your answer to question 2');
  await expect(answer).toBeEnabled();
  await answer.fill('We use checkpointing.');
  await page.getByRole('button', { name: 'Submit answer 2' }).click();
  const followUp = page.getByRole('region', { name: 'Interviewer follow-up' });
  await expect(followUp).toContainText('You mentioned "checkpointing".');
  await expect(page.getByText(/feedback is held back until you finish/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deep-dive feedback' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Show the answer/ })).toHaveCount(0);
  await followUp.getByRole('radio', { name: /They are read, because Kafka/ }).check();
  await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();
  await expect(followUp).toHaveCount(0);
  await expect(page.getByText('Follow-ups answered: the interviewer moves on.')).toBeVisible();
});
