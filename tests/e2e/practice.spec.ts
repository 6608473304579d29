import { expect, test } from '@playwright/test';
import { generatorsForTopic } from '../../lib/drills/registry';

test('a learner reads a lesson, answers a question and solves a drill right and wrong', async ({ page }) => {
  await page.goto('/practice');
  await page.getByRole('link', { name: 'Kafka', exact: false }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kafka');
  await expect(page.getByRole('region', { name: 'Lesson' })).toContainText('min.insync.replicas');

  // A concept question: answer it and read the explanation.
  const first = page.locator('.question-card').first();
  const option = first.getByRole('radio').first().or(first.getByRole('checkbox').first()).or(first.getByRole('textbox'));
  if ((await first.getByRole('textbox').count()) > 0) await first.getByRole('textbox').fill('replication and acknowledgements');
  else await option.first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByRole('status')).toContainText(/Correct\.|Not quite\./);

  // The first Kafka drill with seed 1 is deterministic: the test knows its solution.
  const generator = generatorsForTopic('kafka')[0];
  if (!generator) throw new Error('no kafka drill');
  const drill = generator.generate(1);
  const runner = page.getByRole('region', { name: `Drill: ${generator.title}` });
  await runner.getByLabel('Your answer to the drill').fill(drill.solution);
  await runner.getByRole('button', { name: 'Check' }).click();
  await expect(runner.getByRole('status')).toContainText('Correct.');

  await runner.getByLabel('Your answer to the drill').fill('no idea, 424242');
  await runner.getByRole('button', { name: 'Check' }).click();
  await expect(runner.getByRole('status')).toContainText('Not quite.');
  await expect(runner.getByRole('status')).toContainText(drill.solution);

  // Accuracy is kept in the browser.
  await page.goto('/practice');
  await expect(page.getByRole('article').filter({ hasText: 'Kafka' }).first()).toContainText(/% correct over 3 answers/);
  await expect(page.getByText(/1-day streak/)).toBeVisible();
});
