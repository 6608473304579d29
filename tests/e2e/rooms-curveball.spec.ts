import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openRoom } from './support/room-helpers';

/*
 * The curveball's follow-ups in a live room, two people in two browser contexts: the interviewer
 * announces the curveball, the candidate answers it with a claim they only name and says it is
 * addressed, the scripted interviewer's follow-up appears where the candidate is, they answer it,
 * and the interviewer sees the answer, the engine's verdict and the curveball's score change.
 */

/** The engine's curveball score in the interviewer's live scores ("Curveball: 12/100"). */
async function curveballScore(interviewer: Page): Promise<number> {
  const summary = interviewer.getByRole('region', { name: 'Engine scores', exact: true }).getByText(/^Curveball: \d+\/100$/);
  await expect(summary).toBeVisible({ timeout: 30_000 });
  return Number(/(\d+)\/100/.exec((await summary.textContent()) ?? '')?.[1]);
}

test('a room\'s curveball follow-up: the candidate answers it, the interviewer sees the answer and the score change', async ({ browser }) => {
  test.setTimeout(180_000);
  const interviewerContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const interviewer = await interviewerContext.newPage();
  const candidate = await candidateContext.newPage();
  // Everything the candidate's page receives, to check no right answer travels to it.
  const candidateFrames: string[] = [];
  candidate.on('websocket', (socket) => socket.on('framereceived', (frame) => candidateFrames.push(String(frame.payload))));

  const links = await openRoom(interviewer);
  await interviewer.goto(links.interviewer);
  await expect(interviewer.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  await interviewer.getByRole('button', { name: 'Start the clock' }).click();
  await candidate.goto(links.candidate);
  await expect(candidate.getByRole('heading', { level: 1, name: 'E-commerce data platform' })).toBeVisible({ timeout: 30_000 });

  // Before the curveball there is nothing to address.
  await expect(candidate.getByRole('button', { name: 'I have addressed the change' })).toHaveCount(0);
  await interviewer.getByRole('button', { name: 'Announce the curveball now' }).click();
  await interviewer.getByRole('button', { name: 'Announce to the candidate' }).click();
  await expect(candidate.getByRole('alert', { name: 'Curveball' })).toContainText('Legal just called');
  const panel = interviewer.getByRole('region', { name: 'Curveball follow-ups' });
  await expect(panel).toContainText('The candidate has not said the change is addressed yet.');

  // A claim only named, not explained.
  await candidate.getByLabel('Notes for Clarify').fill('For erasure we would maybe use crypto shredding.');
  await expect(interviewer.getByLabel('Notes for Clarify')).toHaveValue('For erasure we would maybe use crypto shredding.', { timeout: 30_000 });
  await candidate.getByRole('button', { name: 'I have addressed the change' }).click();

  // The follow-up appears where the candidate is: announced in the live region and shown as a question to answer.
  const followUps = candidate.getByRole('region', { name: 'Follow-ups on the changed requirement' });
  await expect(followUps.getByRole('status')).toContainText('The interviewer has a follow-up on the changed requirement: You mentioned "erasure".');
  const question = followUps.getByRole('region', { name: 'Interviewer follow-up' });
  await expect(question).toContainText('What does a DELETE for that customer rewrite?');

  // The interviewer sees the same question, waiting, with the engine's reading of the claim.
  await expect(panel).toContainText('What does a DELETE for that customer rewrite?');
  await expect(panel).toContainText('Waiting for the candidate to answer.');
  const before = await curveballScore(interviewer);

  await question.getByRole('radio', { name: "Only the files that contain that customer's rows." }).check();
  await question.getByRole('button', { name: 'Answer the follow-up' }).click();
  await expect(followUps.getByRole('list', { name: 'Your follow-up answers' })).toContainText("You answered: Only the files that contain that customer's rows.");

  // The interviewer sees the answer live, the engine's verdict, and the curveball's score go up.
  await expect(panel).toContainText("Answer: Only the files that contain that customer's rows.", { timeout: 15_000 });
  await expect(panel).toContainText('right, which settles it', { timeout: 15_000 });
  await expect.poll(() => curveballScore(interviewer), { timeout: 15_000 }).toBeGreaterThan(before);

  // The next follow-up is on the other claim only named; right or wrong stays hidden from the candidate.
  await expect(followUps.getByRole('region', { name: 'Interviewer follow-up' })).toContainText('What erases every copy at once?');
  await expect(candidate.getByText('right, which settles it')).toHaveCount(0);
  expect(candidateFrames.join('\n')).not.toMatch(/"correct"|"explanation"/);

  // A wrong answer to the second one: the interviewer's console says so at once.
  const second = followUps.getByRole('region', { name: 'Interviewer follow-up' });
  await second.getByRole('radio', { name: 'Rotating the master key.' }).check();
  await second.getByRole('button', { name: 'Answer the follow-up' }).click();
  await expect(panel).toContainText('Answer: Rotating the master key.', { timeout: 15_000 });
  await expect(panel).toContainText('not right, so the claim earns nothing', { timeout: 15_000 });

  // Both reports list the follow-ups with the engine's verdict.
  await interviewer.getByRole('button', { name: 'End the interview' }).click();
  await interviewer.getByRole('button', { name: 'End and show the reports' }).click();
  const report = interviewer.getByRole('region', { name: 'Report', exact: true });
  const candidateReport = candidate.getByRole('region', { name: 'Your report', exact: true });
  for (const shown of [report, candidateReport]) {
    const curveball = shown.getByRole('region', { name: 'Curveball', exact: true });
    await expect(curveball).toContainText('The interviewer asked: A customer\'s events are spread over 40,000 Parquet files', { timeout: 30_000 });
    await expect(curveball).toContainText('right, which settles it');
    await expect(curveball).toContainText('You answered "Rotating the master key.": not right');
  }
  // Nothing left to answer once the interview is over.
  await expect(candidate.getByRole('button', { name: 'I have addressed the change' })).toHaveCount(0);

  // The replay has them on its timeline, and shows them as they stood.
  await report.getByRole('link', { name: 'Replay the interview' }).click();
  await expect(interviewer.getByRole('heading', { level: 1, name: 'Replay: E-commerce data platform' })).toBeVisible({ timeout: 30_000 });
  const marks = interviewer.getByRole('list', { name: 'Marks' });
  await marks.getByRole('button', { name: /Follow-up answered: Only the files that contain/ }).click();
  const followUpsThen = interviewer.getByRole('region', { name: 'Curveball follow-ups at this moment' });
  await expect(followUpsThen).toContainText("Answer: Only the files that contain that customer's rows.");
  await expect(followUpsThen).not.toContainText('What erases every copy at once?');
  await marks.getByRole('button', { name: /Follow-up: Each customer's personal fields are encrypted/ }).click();
  await expect(followUpsThen).toContainText('What erases every copy at once?');
  await expect(followUpsThen).toContainText('Not answered yet.');

  await Promise.all([interviewerContext.close(), candidateContext.close()]);
});
