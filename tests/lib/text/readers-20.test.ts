import { describe, expect, it } from 'vitest';
import { pipelineWatchCue } from '../../../lib/text/pipeline-monitoring';
import { tenancyCue } from '../../../lib/text/tenancy';
import { keptListCue } from '../../../lib/text/kept-list';
import { isBareConfirmation, linesPutForConfirmation, statesFigure } from '../../../lib/text/confirmation';
import { proposedVolume } from '../../../lib/text/proposed-figure';
import { isSmallTalk } from '../../../lib/text/question-form';

describe('pipelineWatchCue: alerting on the pipeline itself', () => {
  it.each([
    'Do we page someone on a growing backlog in the ingest topic?',
    'is there any alerting for dropped events between the app and the lake?',
    "who's on call if the hourly job is stuck?",
    'How would ops even notice that a clinic stopped sending lab results?',
    'what does monitoring and alerting look like for the trip pipeline?',
  ])('reads %s', (line) => expect(pipelineWatchCue(line)).not.toBeNull());

  it.each([
    'Should we alert the shift lead when a press vibrates above its limit?',
    'How fast must the fraud alert reach the cardholder?',
    'How do we know if a transaction is fraudulent?',
    'How stale can the surge multiplier get?',
  ])('leaves %s, which is the product or a freshness', (line) => expect(pipelineWatchCue(line)).toBeNull());
});

describe('tenancyCue: one platform for every unit, or one each', () => {
  it.each([
    'Would each hospital group get its own stack, or one shared platform across all of them?',
    'Is there an instance per market, or a single lakehouse for every market?',
    'should this be multi-tenant for the franchise stores?',
    'one pipeline per plant or one for all the plants?',
  ])('reads %s', (line) => expect(tenancyCue(line)).not.toBeNull());

  it.each([
    'How many plants are there?',
    'Which countries do we operate in?',
    'Is the deployment on Kubernetes?',
    'Do we need a second region for failover?',
  ])('leaves %s', (line) => expect(tenancyCue(line)).toBeNull());
});

describe('keptListCue: "how long for" the kinds of stored data', () => {
  it.each([
    ['how long for the bronze files and the ledger snapshots?', 'the bronze files and the ledger snapshots'],
    ['And how long regarding raw pings vs. aggregated trips', 'raw pings vs. aggregated trips'],
  ])('reads %s', (line, asked) => expect(keptListCue(line)).toBe(asked));

  it.each([
    'how long for the dashboard to refresh after a sale?',
    'how long for raw data to land in the lake?',
    'how long for the dashboard?',
    'how long do we keep raw pings?',
  ])('leaves %s', (line) => expect(keptListCue(line)).toBeNull());
});

describe('confirmation tags standing alone', () => {
  it.each(['Correct?', 'so, is all that right?', 'Did I get everything right?', 'Does that sound accurate?', 'Agreed?'])('reads %s as a bare tag and small talk', (line) => {
    expect(isBareConfirmation(line)).toBe(true);
    expect(isSmallTalk(line)).toBe(true);
  });
  it.each(['Is the retention correct for audits?', 'Right, how many rides a day?', 'Correct me if wrong: how many plants?'])('leaves %s', (line) => expect(isBareConfirmation(line)).toBe(false));

  it('reads a figure of its own, not one inside a name', () => {
    expect(statesFigure('About 2,000 presses across the plants.')).toBe(true);
    expect(statesFigure('Raw readings kept for three years.')).toBe(true);
    expect(statesFigure('The feeds are HL7 v2 and land in S3.')).toBe(false);
  });

  it('finds the statements a later tag puts up for a yes, leaving figures, questions and lines after the tag', () => {
    const lines = [
      'How many trips a day do you run?',
      'Who reads it: pricing analysts, ops and the city managers.',
      'What we build is the surge and analytics side, not dispatch.',
      'About 20 million trips a day.',
      'Is that right?',
      'How stale can the surge get.',
    ];
    expect(linesPutForConfirmation(lines)).toEqual([1, 2]);
  });
});

describe('proposedVolume: an assumption of a count put for checking', () => {
  it.each([
    ["Let's say 400 clinics send feeds, does that work?", '400 clinics'],
    ["I'll go with 3 million cardholders, okay?", '3 million cardholders'],
  ])('reads %s', (line, figure) => expect(proposedVolume(line)).toBe(figure));
  it.each(["I'll assume 5 years of history, ok?", "Let's say 200 ms, fine?", 'We have 40 cities.'])('leaves %s', (line) => expect(proposedVolume(line)).toBeNull());
});

describe('asking the interviewer to say it again is about the call', () => {
  it.each(['Sorry, can you say that again? I was typing.', 'Apologies, I missed the last number, could you repeat it?', 'come again?'])('reads %s as small talk', (line) =>
    expect(isSmallTalk(line)).toBe(true),
  );
  it('leaves a request that asks a topic', () => expect(isSmallTalk('Could you repeat how many riders there are at peak?')).toBe(false));
});
