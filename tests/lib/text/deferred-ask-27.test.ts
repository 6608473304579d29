import { describe, expect, it } from 'vitest';
import { readDeferredAsks } from '../../../lib/text/deferred-ask';

// Asks put off until later in the interview (round 27): the deferred parts are dropped, the rest is kept.
describe('readDeferredAsks', () => {
  it.each([
    'We might go into the archive tiers afterwards.',
    'Data quality I would rather look at after the first draft.',
    "Let's come back to that.",
    'Residency can wait.',
    'Consumer lag alerting is for later.',
  ])('defers the whole line: %s', (line) => {
    const read = readDeferredAsks(line);
    expect(read.kept).toBe('');
    expect(read.deferred.length).toBeGreaterThan(0);
  });

  it('keeps the asked part and drops the deferred one, with the topic a back-pointing deferral puts off', () => {
    const read = readDeferredAsks('How many orders a day? Schema changes - we can get back to those later.');
    expect(read.kept).toBe('How many orders a day?');
    expect(read.deferred).toEqual(['Schema changes', 'we can get back to those later.']);
  });

  it('does not drop a question before a back-pointing deferral', () => {
    const read = readDeferredAsks("Who reads the dashboard? I'll come back to it.");
    expect(read.kept).toBe('Who reads the dashboard?');
  });

  it.each([
    'Do corrections that come in later overwrite the first value?',
    'Can the nightly report wait until 08:00?',
    'Is it fine if we backfill the history afterwards, or must it be there on day one?',
    'Do we handle refunds later in the month?',
    'We need it later than midnight?',
  ])('a time in the system defers nothing: %s', (line) => {
    expect(readDeferredAsks(line)).toEqual({ kept: line, deferred: [] });
  });

  it('reads a non-string as nothing deferred', () => {
    expect(readDeferredAsks(undefined as unknown as string)).toEqual({ kept: '', deferred: [] });
  });
});
