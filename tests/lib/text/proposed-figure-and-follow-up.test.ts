import { describe, expect, it } from 'vitest';
import { failureResponderCue } from '../../../lib/text/failure-response';
import { continuesEarlierQuestion, isTerseFollowUp } from '../../../lib/text/follow-up';
import { proposedVolume } from '../../../lib/text/proposed-figure';
import { splitAskedClauses } from '../../../lib/text/question-form';

describe('proposedVolume: a volume put up to be checked', () => {
  it.each([
    ['Would 250 bookings a second be a sensible figure to size for?', '250 bookings a second'],
    ['is 40 GB a day roughly right for the logs?', '40 GB a day'],
    ['is a 3 TB warehouse about right?', '3 TB'],
    ['are 2k uploads per minute in the right range, or am i far off', '2k uploads per minute'],
  ])('reads %s', (text, figure) => {
    expect(proposedVolume(text)).toBe(figure);
  });

  it.each([
    'is 200 ms about right for the lookup?',
    'would 5 years be a fair number for keeping invoices?',
    'is 3k requests per second at the busiest hour about right?',
    'How many bookings a second do we get?',
  ])('reads no volume to check in %s (a latency, a retention, a peak, an open question)', (text) => {
    expect(proposedVolume(text)).toBeNull();
  });
});

describe('terse follow-ups', () => {
  it('reads short lines that carry on the question before', () => {
    expect(isTerseFollowUp('and on weekends?')).toBe(true);
    expect(isTerseFollowUp('what about next spring?')).toBe(true);
    expect(isTerseFollowUp('uptime?')).toBe(true);
    expect(isTerseFollowUp('How long do we keep the invoices for audits?')).toBe(false);
    expect(isTerseFollowUp('regional storage rules?')).toBe(false);
  });

  it('says a follow-up with an opener continues, a bare word does not', () => {
    expect(continuesEarlierQuestion('and over the holidays?')).toBe(true);
    expect(continuesEarlierQuestion('holidays?')).toBe(false);
    expect(continuesEarlierQuestion('and so we run three regions today and keep them all, right?')).toBe(false);
  });
});

describe('splitAskedClauses: questions strung with commas', () => {
  it('splits at each comma before a question word when every part asks', () => {
    expect(splitAskedClauses('How big is a booking, where is it stored today, and who audits it?')).toEqual([
      'How big is a booking',
      'where is it stored today',
      'who audits it?',
    ]);
  });

  it('keeps a premise and a lead-in with their question', () => {
    expect(splitAskedClauses('If the queue backs up, what do we drop?')).toEqual(['If the queue backs up, what do we drop?']);
    expect(splitAskedClauses('Roughly, how many bookings a day?')).toEqual(['Roughly, how many bookings a day?']);
  });
});

describe('failureResponderCue: who is called out when the system fails', () => {
  it('reads a responder to a failure', () => {
    expect(failureResponderCue('When the export job fails on a Sunday, who gets paged?')).toBe('who gets paged');
    expect(failureResponderCue('who fixes it if the feed stops refreshing')).toBe('who fixes');
  });

  it('leaves a responder to a business event, and a failure with nobody called, alone', () => {
    expect(failureResponderCue('Who gets woken up when a freezer warms up?')).toBeNull();
    expect(failureResponderCue('who handles a broken courier scanner at the depot')).toBeNull();
    expect(failureResponderCue('What happens to orders if the queue is down?')).toBeNull();
  });
});
