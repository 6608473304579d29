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

test('a weak practice answer gets the interviewer follow-ups, one at a time, and the grade settles with them', async ({ page }) => {
  await page.goto('/practice/kafka');
  const card = page.getByRole('region', { name: /^Question \d+/ }).filter({ hasText: 'Explain acks=all and why it needs min.insync.replicas' });
  // A bare list of three terms (the question's own "min.insync.replicas" would earn nothing: it is copied from the question).
  await card.getByLabel('Your answer, in a sentence or two').fill('ISR, minimum number of replicas, shrink');
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByRole('status')).toContainText('Answer the follow-up first.');

  const followUp = card.getByRole('region', { name: 'Interviewer follow-up' });
  await expect(followUp).toContainText('You listed "ISR".');
  await expect(followUp).toContainText('How many replicas have the record');
  await followUp.getByLabel('Your answer (replicas)').fill('3');
  await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();

  await expect(followUp).toContainText('How many copies does an acknowledged write have?');
  await followUp.getByLabel('Your answer (copies)').fill('1');
  await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();

  await expect(followUp).toContainText('two of the three brokers are down');
  await followUp.getByRole('radio', { name: /NotEnoughReplicas/ }).check();
  await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();

  await expect(followUp).toHaveCount(0);
  await expect(card.getByRole('status')).toContainText('Correct.');
  await expect(card.getByRole('status')).toContainText('The follow-up answer was right.');
});

test('practice feedback names what is missing without the answer until "Show the answer", which is recorded for review', async ({ page }) => {
  await page.goto('/practice/kafka');
  const card = page.getByRole('region', { name: /^Question \d+/ }).filter({ hasText: 'Explain acks=all and why it needs min.insync.replicas' });
  await card.getByLabel('Your answer, in a sentence or two').fill('Maybe the leader waits for the in-sync replicas?');
  await card.getByRole('button', { name: 'Check answer' }).click();
  const feedback = card.getByRole('status');
  await expect(feedback).toContainText('Answer the follow-up first.');
  await expect(feedback).toContainText('Partly covered: you wrote "in-sync replicas"');
  await expect(feedback).toContainText('Your answer does not say what happens to acks=all when followers fall behind.');
  await expect(feedback).not.toContainText('shrinks to the leader alone');
  await expect(feedback).not.toContainText('makes the broker reject writes');

  await card.getByRole('button', { name: 'Show the answer' }).click();
  await expect(feedback).toContainText('If the in-sync set shrinks to the leader alone, acks=all means a single copy.');
  await expect(feedback).toContainText('makes the broker reject writes');
  await expect(card.getByRole('button', { name: 'Show the answer' })).toHaveCount(0);
  await expect(card.getByRole('region', { name: 'Interviewer follow-up' })).toHaveCount(0);
  await expect(feedback).toContainText('Answer shown before settling');

  // The reveal is kept: the review queue has the question, marked as shown before settling.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await expect(page.getByText(/You asked to see this answer on \d{4}-\d{2}-\d{2}, before settling it\./)).toBeVisible();
});
