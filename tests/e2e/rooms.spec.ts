import { expect, test } from '@playwright/test';
import { ask, drawLabelledBox, openRoom, transcript } from './support/room-helpers';

/*
 * A live room with two people (and an observer), each in their own browser context: the room is
 * created, questions go to a person, a diagram drawn with the mouse reaches the interviewer, the
 * curveball is announced, the candidate drops offline and their edit arrives after reconnecting,
 * ratings, end, both reports, notes and ratings only after release.
 */

test('a live room: questions, a drawn diagram, the curveball, offline edits, ratings, end and release', async ({ browser }) => {
  test.setTimeout(240_000);
  const interviewerContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const observerContext = await browser.newContext();
  const interviewer = await interviewerContext.newPage();
  const candidate = await candidateContext.newPage();
  const observer = await observerContext.newPage();
  // Everything the candidate's page is sent over the socket, to check no interviewer-only text arrives.
  const candidateFrames: string[] = [];
  candidate.on('websocket', (socket) => socket.on('framereceived', (frame) => candidateFrames.push(String(frame.payload))));

  // The interviewer's page runs on Playwright's clock, so the curveball's planned minute can be reached at once.
  await interviewer.clock.install();
  const links = await openRoom(interviewer);
  expect(links.candidate).toMatch(/^\/rooms\/[A-Za-z0-9_-]+\?t=[A-Za-z0-9_-]{22,}$/);
  await interviewer.goto(links.interviewer);
  await expect(interviewer.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await expect(interviewer.getByText('Fact sheet (hidden from the candidate)')).toBeVisible();
  await interviewer.getByRole('button', { name: 'Start the clock' }).click();
  await expect(interviewer.getByRole('button', { name: 'Pause the clock' })).toBeVisible();

  await candidate.goto(links.candidate);
  await expect(candidate.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await expect(candidate.getByText('Fact sheet')).toHaveCount(0);

  // 1. Sent as suggested: the scripted interviewer's answer from the case facts.
  const inbox = interviewer.getByRole('region', { name: /^Questions/ });
  await ask(candidate, 'How much data do you ingest per day?');
  await expect(inbox).toContainText('How much data do you ingest per day?');
  await expect(inbox).toContainText('About 200 GB of raw data a day');
  await expect(transcript(candidate)).toContainText('Interviewer is answering');
  await expect(transcript(candidate)).not.toContainText('200 GB');
  await inbox.getByRole('group', { name: 'Answer question 1' }).getByRole('button', { name: 'Send as is' }).click();
  await expect(transcript(candidate)).toContainText('About 200 GB of raw data a day');

  // 2. Edited.
  await ask(candidate, 'Who consumes the output of the platform?');
  await inbox.getByRole('group', { name: 'Answer question 2' }).getByRole('button', { name: 'Edit' }).click();
  const edit = inbox.getByLabel('Edit the answer to question 2');
  await expect(edit).toHaveValue(/BI dashboards/);
  await edit.fill('Analysts and leadership on dashboards, the operations team during sales, and data scientists.');
  await inbox.getByRole('button', { name: 'Send answer' }).click();
  await expect(transcript(candidate)).toContainText('Analysts and leadership on dashboards, the operations team during sales');

  // 3. Written from scratch.
  await ask(candidate, 'Should I think of it as Amazon?');
  await inbox.getByRole('group', { name: 'Answer question 3' }).getByRole('button', { name: 'Write another' }).click();
  await inbox.getByLabel('Your answer to question 3').fill('No: a mid-sized marketplace in three countries.');
  await inbox.getByRole('button', { name: 'Send answer' }).click();
  await expect(transcript(candidate)).toContainText('No: a mid-sized marketplace in three countries.');
  await expect(inbox).toContainText('sent as suggested');
  await expect(inbox).toContainText('edited');
  await expect(inbox).toContainText('written by you');

  // The observer sees the candidate's view, read-only, without the suggestions.
  await observer.goto(links.observer);
  await expect(observer.getByRole('heading', { level: 1, name: 'Observing: E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await expect(transcript(observer)).toContainText('No: a mid-sized marketplace in three countries.');
  await expect(observer.getByLabel('Your question')).toHaveCount(0);
  await expect(observer.getByText('Suggested answer')).toHaveCount(0);

  // A diagram drawn with the mouse reaches the interviewer, who follows the candidate to the step.
  await candidate.getByRole('navigation', { name: 'Interview steps' }).getByRole('button', { name: '4. Full system' }).click();
  const candidateCanvas = candidate.locator('.excalidraw canvas.interactive');
  await expect(candidateCanvas).toBeVisible({ timeout: 30_000 });
  await candidate.locator('.canvas-frame').scrollIntoViewIfNeeded();
  await drawLabelledBox(candidate, candidateCanvas, 'Kafka');
  await expect(interviewer.locator('.room-live-work .excalidraw')).toBeVisible({ timeout: 30_000 });
  const scores = interviewer.getByRole('region', { name: 'Engine scores', exact: true });
  await scores.getByText('Full system:').click();
  await expect(scores).toContainText('"Kafka"', { timeout: 15_000 });

  // The curveball, announced by the interviewer once the case's planned minute (25) has come.
  const curveball = interviewer.getByRole('region', { name: 'Curveball', exact: true });
  await expect(curveball).toContainText('The case plans it at 25 minutes.');
  await interviewer.clock.fastForward('26:00');
  await expect(curveball).toContainText('now is a good moment', { timeout: 15_000 });
  await expect(interviewer.getByRole('timer', { name: 'Time left' })).toContainText(/^1\d:\d\d left$/);
  await interviewer.getByRole('button', { name: 'Announce the curveball now' }).click();
  await interviewer.getByRole('button', { name: 'Announce to the candidate' }).click();
  await expect(candidate.getByRole('alert', { name: 'Curveball' })).toContainText('Legal just called');

  // Offline: the candidate keeps working; the edit reaches the interviewer after reconnecting.
  await candidateContext.setOffline(true);
  await expect(candidate.getByText('You are offline')).toBeVisible({ timeout: 30_000 });
  await candidate.getByLabel('Notes for Full system').fill('Erasure: pseudonymise customers, MERGE in Delta.');
  await candidateContext.setOffline(false);
  await expect(candidate.getByText('You are offline')).toHaveCount(0, { timeout: 30_000 });
  await expect(interviewer.getByLabel('Notes for Full system')).toHaveValue('Erasure: pseudonymise customers, MERGE in Delta.', { timeout: 30_000 });

  // Notes and ratings, with the case's anchors beside each level.
  await interviewer.getByLabel('New note').fill('Strong on sizing, slow to the diagram.');
  await interviewer.getByRole('button', { name: 'Add note' }).click();
  const ratings = interviewer.getByRole('region', { name: 'Ratings', exact: true });
  await expect(ratings).toContainText('About 73 TB a year');
  for (const step of ['Clarify', 'Estimate', 'High-level design', 'Full system', 'Deep dives']) {
    await ratings.getByRole('group', { name: new RegExp(`^${step}`) }).getByLabel(/^3 Solid/).check();
  }
  await ratings.getByRole('group', { name: /^Trade-offs/ }).getByLabel(/^4 Strong/).check();
  await ratings.getByLabel('Hire', { exact: true }).check();
  await ratings.getByLabel('Level', { exact: true }).selectOption('senior');
  await ratings.getByLabel('Comments', { exact: true }).fill('Would hire for the platform team.');

  // End: both reports; notes and ratings reach the candidate only on release.
  await interviewer.getByRole('button', { name: 'End the interview' }).click();
  await interviewer.getByRole('button', { name: 'End and show the reports' }).click();
  const interviewerReport = interviewer.getByRole('region', { name: 'Report', exact: true });
  await expect(interviewerReport.getByRole('region', { name: "Interviewer's ratings" })).toContainText('3 Solid');
  await expect(interviewerReport.getByRole('region', { name: "Interviewer's ratings" })).toContainText('Would hire for the platform team.');
  await expect(interviewerReport).toContainText('Strong on sizing, slow to the diagram.');
  await expect(interviewerReport.getByRole('heading', { name: 'Total' })).toBeVisible({ timeout: 30_000 });

  const candidateReport = candidate.getByRole('region', { name: 'Your report', exact: true });
  await expect(candidateReport.getByRole('heading', { name: 'Total' })).toBeVisible({ timeout: 30_000 });
  await expect(candidateReport).toContainText('appear here once they release them');
  await expect(candidate.getByText('Strong on sizing, slow to the diagram.')).toHaveCount(0);
  await expect(candidate.getByText('Would hire for the platform team.')).toHaveCount(0);

  // Until release, nothing interviewer-only reached the candidate's socket: no suggestion, note or rating.
  const beforeRelease = candidateFrames.join('\n');
  expect(candidateFrames.length).toBeGreaterThan(0);
  expect(beforeRelease).not.toContain('Three groups: business analysts');
  expect(beforeRelease).not.toContain('"suggested":');
  expect(beforeRelease).not.toContain('Strong on sizing, slow to the diagram.');
  expect(beforeRelease).not.toContain('Would hire for the platform team.');

  await interviewer.getByRole('button', { name: 'Release notes and ratings to the candidate' }).click();
  await expect(candidateReport).toContainText('Strong on sizing, slow to the diagram.');
  await expect(candidateReport.getByRole('region', { name: "Interviewer's ratings" })).toContainText('Would hire for the platform team.');

  // The candidate keeps the interview in their own history.
  await candidateReport.getByRole('button', { name: 'Save to my history' }).click();
  await expect(candidateReport.getByText('Saved in this browser.')).toBeVisible();
  await candidate.goto('/history');
  await expect(candidate.getByText('E-commerce data platform').first()).toBeVisible();

  await Promise.all([interviewerContext.close(), candidateContext.close(), observerContext.close()]);
});

test('a wrong room link opens nothing', async ({ page }) => {
  await page.goto('/rooms/AAAAAAAAAAAAAAAAAAAAAA?t=not-a-real-token-aaaaaaaaaaaa');
  await expect(page.getByRole('heading', { name: 'No such room' })).toBeVisible({ timeout: 30_000 });
});
