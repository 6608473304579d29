import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { generatorsForTopic } from '../../lib/drills/registry';
import { questionFileSchema } from '../../lib/practice/question-schema';

const DAY = 86_400_000;
const start = new Date('2030-03-04T09:00:00Z');

// A one-answer Kafka question, so the test knows a wrong and the right option.
const questions = questionFileSchema.parse(parse(readFileSync(path.join(process.cwd(), 'content/lessons/kafka/questions.yaml'), 'utf8')));
const question = questions.find((candidate) => candidate.type === 'choice' && !candidate.multiple);
if (!question || question.type !== 'choice') throw new Error('no one-answer choice question in the Kafka lesson');
const right = question.options.find((option) => option.correct);
const wrong = question.options.find((option) => !option.correct);
if (!right || !wrong) throw new Error('the question needs a right and a wrong option');

async function answer(page: Page, optionText: string) {
  const card = page.getByRole('region', { name: /^Question \d+/ }).filter({ hasText: question?.prompt ?? '' });
  await card.getByRole('radio', { name: optionText }).check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  return card.getByRole('status');
}

test('a missed question comes back for review, then again when it falls due', async ({ page }) => {
  await page.clock.setFixedTime(start);
  await page.goto('/practice/kafka');
  await expect(await answer(page, wrong.text)).toContainText('Not quite.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await expect(page.getByText('1 item due now')).toBeVisible();
  await expect(await answer(page, right.text)).toContainText('Correct.');
  const next = page.getByRole('status').filter({ hasText: 'Next review' });
  await expect(next).toHaveText(/Next review in \d+ days/);
  const days = Number(/in (\d+) days/.exec((await next.textContent()) ?? '')?.[1]);
  expect(days).toBeGreaterThanOrEqual(2);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing is due for review' })).toBeVisible();
  await expect(page.getByText(`The next review is in ${days} days`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to practice' })).toHaveAttribute('href', '/practice');

  // A day early it is still waiting; on the day it is due again, and a miss brings it back tomorrow.
  await page.clock.setFixedTime(new Date(start.getTime() + (days - 1) * DAY));
  await page.reload();
  await expect(page.getByText('The next review is tomorrow')).toBeVisible();
  await page.clock.setFixedTime(new Date(start.getTime() + days * DAY));
  await page.reload();
  await expect(page.getByText('1 item due now')).toBeVisible();
  await expect(await answer(page, wrong.text)).toContainText('Not quite.');
  await expect(page.getByRole('status').filter({ hasText: 'Next review' })).toHaveText(/Next review tomorrow/);
});

test('a failed drill enters the queue and review serves a new drill of its kind', async ({ page }) => {
  const generator = generatorsForTopic('kafka')[0];
  if (!generator) throw new Error('no kafka drill');
  await page.clock.setFixedTime(start);
  await page.goto('/practice/kafka');
  const runner = page.getByRole('region', { name: `Drill: ${generator.title}` });
  await runner.getByLabel('Your answer to the drill').fill('no idea, 424242');
  await runner.getByRole('button', { name: 'Check' }).click();
  await expect(runner.getByRole('status')).toContainText('Not quite.');

  await page.goto('/review');
  await expect(page.getByText('1 item due now')).toBeVisible();
  const review = page.getByRole('region', { name: `Drill: ${generator.title}` });
  const label = await review.getByText(new RegExp(`^Drill ${generator.id} #\\d+$`)).textContent();
  const seed = Number(label?.split('#')[1]);
  expect(seed).not.toBe(1);
  await review.getByLabel('Your answer to the drill').fill(generator.generate(seed).solution);
  await review.getByRole('button', { name: 'Check' }).click();
  await expect(review.getByRole('status')).toContainText('Correct.');
  await expect(page.getByRole('status').filter({ hasText: 'Next review' })).toHaveText(/Next review in \d+ days/);
});
