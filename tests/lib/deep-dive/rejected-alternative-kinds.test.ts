import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf, roundedPercent as percent } from './fixtures';

const geo = promptOf('ride-hailing', 'live-geo-state');

// Scores written as an interviewer would give them, before the engine ran.
describe('a rejected alternative in a clause of its own ("... and a warehouse would take seconds")', () => {
  it('is a reason for the choice, not the wrong claim it names', () => {
    const answer = 'Redis: dispatch does key lookups in a few milliseconds and the lake would need seconds for each one.';
    const scored = scoreDeepDivePrompt(geo, answer);
    expect(scored.wrongClaims).toEqual([]);
    expect(scored.points.find((point) => point.id === 'in-memory-store')?.status).toBe('stated');
    // One point of four, nothing else: an interviewer gives about a quarter.
    expect(percent(geo, answer)).toBeGreaterThanOrEqual(20);
  });

  it('with a TTL too, earns half (store and expiry, no geo key, no fallback)', () => {
    const answer = 'Each position goes to Redis with a 30 second TTL, since pricing reads it in milliseconds and a warehouse could only answer in seconds.';
    expect(scoreDeepDivePrompt(geo, answer).wrongClaims).toEqual([]);
    expect(percent(geo, answer)).toBeGreaterThanOrEqual(40);
    expect(percent(geo, answer)).toBeLessThanOrEqual(60);
  });

  it('still fires when the warehouse itself is proposed for the live lookups', () => {
    const answer = 'Keep the positions in the warehouse and dispatch queries it for lookups.';
    expect(scoreDeepDivePrompt(geo, answer).wrongClaims.map((hit) => hit.id)).toContain('warehouse-for-live');
  });
});

const records = promptOf('card-payments', 'seven-year-records');

// Scores written as an interviewer would give them, before the engine ran.
describe('an identifier naming only its stand-in ("PAN tokens", "card number hashes")', () => {
  it('is not the identifier stored: no wrong claim, the encryption point stands', () => {
    const answer = 'Encrypt everything with KMS keys, restrict reads to the audit role and log every access; only PAN tokens and card number hashes are stored, never the numbers.';
    const scored = scoreDeepDivePrompt(records, answer);
    expect(scored.wrongClaims).toEqual([]);
    expect(scored.points.find((point) => point.id === 'encryption')?.earned).toBeGreaterThan(0);
  });

  it('still fires when the card numbers themselves are stored', () => {
    const answer = 'Encrypt with KMS and store the card numbers in the archive so auditors can search by them.';
    expect(scoreDeepDivePrompt(records, answer).wrongClaims.map((hit) => hit.id)).toContain('store-card-numbers');
  });
});

const layout = promptOf('iot-telemetry', 'time-series-layout');

// Scores written as an interviewer would give them, before the engine ran.
describe('a two-part point earned by its first half ("partitioned by time" with no word on how data expires)', () => {
  it('earns half of the point: the split is there, the expiry mechanism is not', () => {
    const answer = 'Readings go in a TimescaleDB hypertable with daily chunks, and old data is removed after 30 days. Index on (machine_id, time) so one machine reads a contiguous range.';
    const point = scoreDeepDivePrompt(layout, answer).points.find((item) => item.id === 'time-partitions');
    expect(point?.earned).toBeCloseTo((point?.value ?? 0) / 2, 5);
    expect(point?.missingParts).toEqual(['expiry by dropping whole partitions']);
    // Half a point and a whole one of three: about half.
    expect(percent(layout, answer)).toBeGreaterThanOrEqual(45);
    expect(percent(layout, answer)).toBeLessThanOrEqual(55);
  });

  it('earns all of it when the expiry drops whole partitions', () => {
    const answer = 'A hypertable with daily chunks; a retention policy drops chunks older than 30 days, so expiry never deletes rows one by one.';
    const point = scoreDeepDivePrompt(layout, answer).points.find((item) => item.id === 'time-partitions');
    expect(point?.earned).toBe(point?.value);
  });
});

const census = promptOf('healthcare-records', 'late-adt-census');

// Scores written as an interviewer would give them, before the engine ran.
describe('a loss declared acceptable where the point is about repairing it ("dropped, which is fine")', () => {
  it('earns the watermark half only: nothing puts the dropped hours right', () => {
    const answer = 'Window on the event time from EVN-2, not on arrival. A watermark of 20 minutes bounds the window state; anything behind it is dropped, which is fine since outages are rare.';
    const point = scoreDeepDivePrompt(census, answer).points.find((item) => item.id === 'watermark-and-batch');
    expect(point?.missingParts).toEqual(['a batch recompute of the past hours from the raw messages']);
    expect(point?.earned).toBeCloseTo((point?.value ?? 0) / 2, 5);
    // Not asserted here: the whole answer (about half by hand) reads 61, because "window state" names the per-bed state
    // point (a third of it); that is a different kind, left for later.
  });

  it('earns all of it when a batch job recomputes those hours', () => {
    const answer = 'A watermark of 20 minutes bounds the window state; the six-hour burst is later than that, so a batch job recomputes those hours from the raw messages.';
    const point = scoreDeepDivePrompt(census, answer).points.find((item) => item.id === 'watermark-and-batch');
    expect(point?.missingParts).toBeUndefined();
  });
});
