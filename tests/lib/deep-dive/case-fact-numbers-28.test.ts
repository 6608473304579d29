import { describe, expect, it } from 'vitest';
import { CASE_FACT_MAX_SCORE } from '../../../lib/deep-dive/case-fact-cap';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Round-24 kind "a number that contradicts the case's fact": the right mechanism set to a number the case rules out
// (a 2 s watermark where pings arrive minutes late; raw kept 7 days where engineers query 30). Own inputs, in other
// wording and other cases than the golden entries; each interviewer score was written before the engine ran.
const scored = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  return { score: Math.round((100 * result.earned) / result.available), result, point: (point: string) => result.points.find((item) => item.id === point) };
};

const SURGE = ['ride-hailing', 'surge-windows-late-data'] as const;
const LOCK = ['card-payments', 'seven-year-records'] as const;
const LAYOUT = ['iot-telemetry', 'time-series-layout'] as const;

describe('a watermark shorter than the lateness the case states (ride-hailing: pings up to a few minutes late)', () => {
  it('"allowed lateness of 10 seconds" keeps half the watermark point and caps the prompt (interviewer: 50)', () => {
    const got = scored(...SURGE, 'We window on the event timestamp each phone stamps on its ping: five-minute sliding windows every 30 seconds per H3 cell, each driver counted once by latest status. Late data: allowed lateness of 10 seconds, after which the window closes and its state is freed. State sits in RocksDB, checkpointed, so a restart resumes the counts without recounting.');
    expect(got.point('watermark')).toMatchObject({ status: 'contradicted', earned: 2.5 });
    expect(got.score).toBeLessThanOrEqual(CASE_FACT_MAX_SCORE);
    expect(got.score).toBeGreaterThanOrEqual(40);
    const finding = got.result.findings.find((item) => item.code.endsWith('.watermark'));
    expect(finding?.message).toContain('"10 seconds"');
    expect(finding?.message).toContain('up to a few minutes late');
  });

  it('a 5-second withWatermark in code, said again in prose, is the same mistake (interviewer: 50)', () => {
    const got = scored(...SURGE, 'pings.withWatermark("event_ts", "5 seconds").groupBy(window("event_ts", "5 minutes", "30 seconds"), "h3_cell").agg(...) - event_ts is the phone\'s timestamp, so windows are on event time. The 5 second watermark keeps state tiny; older pings are dropped. Checkpoint to S3 so a restart resumes from the state store.');
    expect(got.score).toBeLessThanOrEqual(55);
    expect(got.result.findings.some((item) => item.code.endsWith('.case-fact'))).toBe(true);
  });

  it('a 3-minute watermark is right and keeps full marks for the point (interviewer: 90)', () => {
    const got = scored(...SURGE, 'Windows on the phone\'s event time, not arrival time, so a burst after a tunnel lands in the right windows. A watermark of 3 minutes: pings up to three minutes late still land in their window; anything later is ignored for surge and the window\'s state is dropped. Sliding windows of 5 minutes every 30 s per H3 cell, counting each driver once by latest status. Window and driver state live in a checkpointed RocksDB state store, so a restart resumes without recounting.');
    expect(got.point('watermark')?.earned).toBe(5);
    expect(got.score).toBeGreaterThanOrEqual(80);
  });

  it('a watermark with no number is not hurt (interviewer: 80)', () => {
    const got = scored(...SURGE, 'Use event time from the ping\'s own timestamp. A watermark decides how long we wait for late pings; later ones are dropped and old state is cleared. Sliding 5-minute windows per cell every 30 seconds. Checkpointed state store so restarts resume without recounting.');
    expect(got.point('watermark')?.earned).toBe(5);
    expect(got.score).toBeGreaterThanOrEqual(75);
  });

  it('a right number on the arrival clock is still the wrong clock', () => {
    expect(scored(...SURGE, 'A watermark of 3 minutes on arrival time, so late pings are dropped after that.').point('watermark')?.wrongTarget?.kind).toBe('clock');
  });
});

describe('a retention shorter than the case keeps (card-payments: seven years; iot: raw 30 days, rollups 2 years)', () => {
  it('Object Lock with a 1-year retention (interviewer: 50)', () => {
    const got = scored(...LOCK, 'Every authorisation and ledger entry goes to S3 under Object Lock in compliance mode with a retention period of 1 year, so nobody, not even root, can alter or delete them. A lifecycle rule moves objects to Glacier Deep Archive after 90 days to keep storage cheap. SSE-KMS encryption with a customer key. Parquet partitioned by date so an auditor reads one day at a time.');
    expect(got.point('object-lock')).toMatchObject({ status: 'contradicted', earned: 5 });
    expect(got.score).toBeLessThanOrEqual(55);
    expect(got.result.findings.find((item) => item.code.endsWith('.object-lock'))?.message).toContain('from the last seven years');
  });

  it('the same answer with 7 years (interviewer: 90) and with no number (interviewer: 85)', () => {
    const seven = scored(...LOCK, 'Every authorisation and ledger entry goes to S3 under Object Lock in compliance mode with a retention period of 7 years, so nobody, not even root, can alter or delete them before the audit window ends. A lifecycle rule moves objects to Glacier Deep Archive after 90 days to keep storage cheap. SSE-KMS encryption with a customer key. Parquet partitioned by date so an auditor reads one day at a time.');
    const none = scored(...LOCK, 'Every authorisation and ledger entry goes to S3 under Object Lock in compliance mode, so nobody, not even root, can alter or delete them while they must be kept. A lifecycle rule moves objects to Glacier Deep Archive after 90 days to keep storage cheap. SSE-KMS encryption with a customer key. Parquet partitioned by date so an auditor reads one day at a time.');
    expect(seven.score).toBeGreaterThanOrEqual(80);
    expect(none.score).toBeGreaterThanOrEqual(80);
  });

  it('raw chunks dropped after 14 days, though chunked by day is right (interviewer: 55)', () => {
    const got = scored(...LAYOUT, 'A TimescaleDB hypertable chunked by day; a retention policy drops chunks older than 14 days, which is a metadata operation instead of a DELETE. Index (machine_id, ts) so one machine\'s window is a narrow range scan. Compression with segmentby machine_id. One-minute rollups as a continuous aggregate indexed by (sensor_id, minute), kept for 2 years.');
    expect(got.point('time-partitions')?.wrongTarget?.said).toBe('14 days');
    expect(got.score).toBeLessThanOrEqual(60);
  });

  it('rollups kept 6 months (interviewer: 55)', () => {
    const got = scored(...LAYOUT, 'Raw readings in a table partitioned by day, partitions dropped after 30 days; index (machine_id, ts). The one-minute rollups are a continuous aggregate with compression, and the rollups are kept for 6 months, then dropped.');
    expect(got.point('compression-rollups')?.wrongTarget?.said).toBe('6 months');
    expect(got.score).toBeLessThanOrEqual(60);
  });

  it('30 days and 2 years (interviewer: 90), and no numbers at all (interviewer: 85), are not hurt; "chunked by 1 day" is no retention', () => {
    const right = scored(...LAYOUT, 'A TimescaleDB hypertable chunked by day; a retention policy drops chunks older than 30 days, which is a metadata operation instead of a DELETE. Index (machine_id, ts) so one machine\'s window is a narrow range scan. Compression with segmentby machine_id. One-minute rollups as a continuous aggregate indexed by (sensor_id, minute), kept for 2 years.');
    const none = scored(...LAYOUT, 'A TimescaleDB hypertable chunked by day; a retention policy drops old chunks, which is a metadata operation instead of a DELETE. Index (machine_id, ts) so one machine\'s window is a narrow range scan. Compression with segmentby machine_id. One-minute rollups as a continuous aggregate indexed by (sensor_id, minute).');
    const interval = scored(...LAYOUT, 'Partition the raw table into chunks of 1 day and drop chunks older than 30 days; index (machine_id, ts); one-minute rollups as a continuous aggregate.');
    expect(right.score).toBeGreaterThanOrEqual(80);
    expect(none.score).toBeGreaterThanOrEqual(80);
    expect(interval.point('time-partitions')?.wrongTarget).toBeUndefined();
  });
});
