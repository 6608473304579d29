import { describe, expect, it } from 'vitest';
import { assumedAnswerCue, confirmsUnderstanding } from '../../../lib/text/confirmation';

describe('confirmsUnderstanding', () => {
  it.each([
    'So about 5 minutes is fine for the dashboard, right?',
    'To be sure: we only read from the machines, we never send anything back?',
    'Just to confirm, the ledger is kept 7 years, correct?',
    'If I understand correctly, the census refreshes every 15 minutes?',
    'So the shop stays as it is and we build the reporting side next to it, right?',
  ])('reads "%s" as a check of an understanding', (line) => {
    expect(confirmsUnderstanding(line)).toBe(true);
  });
  it.each([
    "Volume doesn't matter, right?",
    'So a nightly batch is fine for everything, right?',
    'A year of retention is enough, right?',
    'I assume 200 ms is fine, correct?',
    'I guess a few hours of downtime is acceptable, correct?',
    'So we can ignore GDPR, right?',
    'Just to confirm, there is no personal data, right?',
    'Surely 3 nines is plenty?',
    'So the volume is small, right?',
    'How much data do we get?',
  ])('does not read "%s" as a check', (line) => {
    expect(confirmsUnderstanding(line)).toBe(false);
  });
  it('never throws on odd input', () => {
    for (const value of [undefined, null, 42, '', '?', 'x'.repeat(20_000)]) expect(() => confirmsUnderstanding(value as string)).not.toThrow();
  });
});

describe('assumedAnswerCue', () => {
  it('finds a tag in mid-line and a trailing "that\'s fine?" or "nothing special?"', () => {
    expect(assumedAnswerCue("Volume is small, isn't it, so we skip sizing?")).toBe("isn't it");
    expect(assumedAnswerCue("Analysts keep querying Postgres, that's fine?")).toBe("that's fine");
    expect(assumedAnswerCue('Finance just needs the monthly report, nothing special?')).toBe('nothing special');
  });
  it('leaves real questions and conditions alone', () => {
    expect(assumedAnswerCue("What do we keep, and for how long, that's fine?")).toBeNull();
    expect(assumedAnswerCue("If the report is an hour late, that's fine?")).toBeNull();
    expect(assumedAnswerCue('How much data per day?')).toBeNull();
    expect(assumedAnswerCue(42 as unknown as string)).toBeNull();
  });
});
