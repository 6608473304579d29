import { describe, expect, it } from 'vitest';
import { sarcasticSpans, withoutSarcasm } from '@/lib/text/sarcasm';

describe('sarcasm: a claim its own words mock is not affirmed', () => {
  it.each([
    'Sure, a weekly export will totally keep the shelves stocked.',
    'Obviously one big Postgres box will definitely scale to a billion rows.',
    'Cron on a laptop handles it /s',
    'Yeah right, like the partners will ever send clean files.',
    'A single broker with no replicas, what could go wrong?',
  ])('%j is sarcastic', (text) => {
    const spans = sarcasticSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.markers.length).toBeGreaterThan(0);
  });

  it('a marker-only sentence mocks the sentence before it', () => {
    const text = 'Alerts go out by email once a day. Backups are optional. What could possibly go wrong?';
    const spans = sarcasticSpans(text).map((span) => span.text);
    expect(spans).toEqual(['Backups are optional.', 'What could possibly go wrong?']);
    expect(withoutSarcasm(text).trim()).toBe('Alerts go out by email once a day.');
    expect(withoutSarcasm(text)).toHaveLength(text.length);
  });

  it.each([
    'Sure, a nightly job would be cheaper, but stock must be five minutes fresh, so we stream.',
    'Obviously the ledger stays in Postgres.',
    'Of course we keep the raw files in S3 for replay.',
    'We definitely need CDC here: the orders table changes all day.',
    '',
  ])('%j is earnest (one weak marker at most)', (text) => {
    expect(sarcasticSpans(text)).toEqual([]);
    expect(withoutSarcasm(text)).toBe(text);
  });
});
