import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ask, drawLabelledBox, openRoom, transcript } from './support/room-helpers';

/*
 * A short room, ended, then replayed from its log: the interviewer opens the replay from the report,
 * scrubs to before and after the question and the canvas edit and sees them change; the candidate's
 * link opens the replay only after release, the observer's never.
 */

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('replay an ended room: scrub before and after a question and a canvas edit', async ({ browser }) => {
  test.setTimeout(240_000);
  const interviewerContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const interviewer = await interviewerContext.newPage();
  const candidate = await candidateContext.newPage();

  const links = await openRoom(interviewer);
  await interviewer.goto(links.interviewer);
  await expect(interviewer.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await interviewer.getByRole('button', { name: 'Start the clock' }).click();
  await candidate.goto(links.candidate);
  await expect(candidate.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });

  await ask(candidate, 'How much data do you ingest per day?');
  const inbox = interviewer.getByRole('region', { name: /^Questions/ });
  await inbox.getByRole('group', { name: 'Answer question 1' }).getByRole('button', { name: 'Send as is' }).click();
  await expect(transcript(candidate)).toContainText('About 200 GB of raw data a day');

  await candidate.getByRole('navigation', { name: 'Interview steps' }).getByRole('button', { name: '4. Full system' }).click();
  const canvas = candidate.locator('.excalidraw canvas.interactive');
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  await candidate.locator('.canvas-frame').scrollIntoViewIfNeeded();
  await drawLabelledBox(candidate, canvas, 'Kafka');
  const scores = interviewer.getByRole('region', { name: 'Engine scores', exact: true });
  await scores.getByText('Full system:').click();
  await expect(scores).toContainText('"Kafka"', { timeout: 15_000 });

  await interviewer.getByRole('button', { name: 'End the interview' }).click();
  await interviewer.getByRole('button', { name: 'End and show the reports' }).click();
  const report = interviewer.getByRole('region', { name: 'Report', exact: true });
  await expect(report.getByRole('heading', { name: 'Total' })).toBeVisible({ timeout: 30_000 });

  // The interviewer downloads the room as one file: the export format, the whole log, none of the links' tokens.
  const [download] = await Promise.all([interviewer.waitForEvent('download'), interviewer.getByRole('button', { name: 'Export the room (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^room-[A-Za-z0-9_-]+\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const parsed = JSON.parse(exported) as { format: string; history: { events: { event: { type: string } }[] } };
  expect(parsed.format).toBe('sdt-room-export');
  expect(parsed.history.events.map((stored) => stored.event.type)).toEqual(expect.arrayContaining(['question:asked', 'scene:updated', 'room:ended']));
  for (const link of Object.values(links)) expect(exported).not.toContain(new URL(link, 'http://localhost').searchParams.get('t') ?? '-');

  // Before release the candidate's and the observer's links open no replay.
  const candidateReplay = links.candidate.replace('?t=', '/replay?t=');
  const observerPage = await candidateContext.newPage();
  await observerPage.goto(links.observer.replace('?t=', '/replay?t='));
  await expect(observerPage.getByRole('heading', { name: 'No such replay' })).toBeVisible({ timeout: 30_000 });
  await observerPage.goto(candidateReplay);
  await expect(observerPage.getByRole('heading', { name: 'No such replay' })).toBeVisible({ timeout: 30_000 });

  // The interviewer opens the replay from the report; it starts at the end.
  await report.getByRole('link', { name: 'Replay the interview' }).click();
  await expect(interviewer.getByRole('heading', { level: 1, name: 'Replay: E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  const moment = region(interviewer, 'At this moment');
  const canvasNow = region(interviewer, 'Canvas at this moment');
  const questionsNow = region(interviewer, 'Questions at this moment');
  await expect(canvasNow).toContainText('Kafka');
  await expect(questionsNow).toContainText('How much data do you ingest per day?');
  await expect(questionsNow).toContainText('About 200 GB of raw data a day');
  await expect(region(interviewer, 'Engine score at this moment')).toContainText('Total', { timeout: 30_000 });
  const fullSystemScore = region(interviewer, 'Engine score at this moment').getByRole('row', { name: /^Full system/ });
  const scoreAtEnd = await fullSystemScore.textContent();

  // Just after the question was asked: the question, not yet answered, and nothing drawn.
  const marks = interviewer.getByRole('list', { name: 'Marks' });
  await marks.getByRole('button', { name: /Question: How much data do you ingest per day\?/ }).click();
  await expect(questionsNow).toContainText('How much data do you ingest per day?');
  await expect(questionsNow).toContainText('Not answered yet.');
  await expect(canvasNow).toContainText('Nothing drawn yet.');
  // One mark back (the clock's start): no question yet.
  await interviewer.getByRole('button', { name: 'Previous mark' }).click();
  await expect(questionsNow).toContainText('No questions yet.');

  // The candidate's move to the diagram step comes before the drawing: the canvas is still empty there...
  await marks.getByRole('button', { name: /Step: Full system/ }).click();
  await expect(moment).toContainText('Step: Full system');
  await expect(canvasNow).toContainText('Nothing drawn yet.');
  // ...and with the keyboard, to the end of the timeline: the box is back, with its score.
  const range = interviewer.getByRole('slider', { name: 'Moment in the interview' });
  await range.focus();
  await interviewer.keyboard.press('End');
  await expect(canvasNow).toContainText('Kafka');
  await expect(fullSystemScore).toHaveText(scoreAtEnd ?? '');
  await expect(range).toHaveAttribute('aria-valuetext', /Interview ended/);

  // After release the candidate's link opens the replay too.
  await interviewer.goBack();
  await interviewer.getByRole('button', { name: 'Release notes and ratings to the candidate' }).click();
  const candidateReport = candidate.getByRole('region', { name: 'Your report', exact: true });
  await candidateReport.getByRole('link', { name: 'Replay the interview' }).click();
  await expect(candidate.getByRole('heading', { level: 1, name: 'Replay: E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await expect(region(candidate, 'Canvas at this moment')).toContainText('Kafka');
  await expect(candidate.getByText('Your view of the interview')).toBeVisible();

  await Promise.all([interviewerContext.close(), candidateContext.close()]);
});

test('the agreement page does not exist without the team admin token', async ({ page }) => {
  // The e2e server runs without ROOMS_ADMIN_TOKEN: no token opens it (the API answers the same).
  for (const path of ['/rooms/agreement', '/rooms/agreement?t=team-admin-token-0123456789']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const api = await page.request.get('/api/rooms/agreement', { headers: { authorization: 'Bearer team-admin-token-0123456789' } });
  expect(api.status()).toBe(404);
});
