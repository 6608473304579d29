import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { UNLISTED_POINTS, unlistedRemainder } from '../../../lib/practice/unlisted-remainder';
import { DEPTH_POINTS } from '../../../lib/scoring/depth';
import type { DepthReading } from '../../../lib/text/depth';
import { questionOf } from './fixtures';

const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);
const exemplary: DepthReading = { why: 3, failure: 1, alternative: 1, exemplary: true, missing: [] };
const shallow: DepthReading = { why: 0, failure: 0, alternative: 0, exemplary: false, missing: ['why', 'failure', 'alternative'] };

// Scores are an interviewer's, written before the engine ran. Every point made, each with its why, a failure walked
// through and an alternative weighed: interviewers sign such practice answers 84-90, keeping the last points for what the
// question's key points do not list (kind: exemplary depth earned full marks).
describe('practice: an exemplary answer does not reach full marks (kind: every key point with depth earns 100)', () => {
  it('idempotent Airflow task told through a crashed append, an alternative weighed (interviewer: 86)', () => {
    const text =
      'Idempotent means a rerun for the same interval leaves the warehouse exactly as one run would. The task replaces its own day: it overwrites the partition for that data interval instead of appending to the table, because an append that fails halfway and retries adds the first half again. ' +
      'Dates come from data_interval_start, never from now(), so a backfill of March processes March and not today. If a worker dies and Airflow retries the task, or someone clears last week, the overwrite makes the repeat harmless. A MERGE on the order key would also work; the overwrite is simpler because the day is rewritten whole.';
    const result = scoreQuestion(questionOf('idempotent-task'), { text });
    expect(result.correct).toBe(true);
    expect(codes(result)).toContain('practice.unlisted');
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.score).toBeLessThanOrEqual(92);
  });

  it('small files explained with a failure and a trade-off (interviewer: 85)', () => {
    const text =
      'Every file costs a list call, an open and a footer read, so with a file every 5 seconds per partition the planner spends longer listing metadata than reading rows. ' +
      'Fix the writer first: a longer trigger (one minute) or a repartition before the write means fewer, bigger files, because each micro-batch then writes one file per partition. ' +
      'Then compact what is already there with OPTIMIZE (Delta) or rewrite_data_files (Iceberg) into files of 256 MB to 1 GB, on a nightly schedule. ' +
      'If the compaction job fails, queries only stay slow, nothing is lost, since the small files remain valid. A longer trigger costs freshness instead of query time, so we watch the file count per partition.';
    const result = scoreQuestion(questionOf('small-files'), { text });
    expect(result.correct).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.score).toBeLessThanOrEqual(92);
  });

  it('each point in one short clause, no mechanism or reason, stays below the exemplary answer (interviewer: 70)', () => {
    const text = 'Partitioning: pieces of a table on one server. Sharding: rows across several servers. Partitioning prunes and drops old months; sharding scales writes.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(result.score).toBeLessThanOrEqual(100 - DEPTH_POINTS);
    expect(codes(result)).not.toContain('practice.unlisted');
  });
});

describe('unlistedRemainder', () => {
  it('holds back UNLISTED_POINTS of 100 from an exemplary answer with every point, flagged as depth', () => {
    const { cost, finding } = unlistedRemainder(4, 4, exemplary, 'practice.unlisted', ['q']);
    expect(cost).toBeCloseTo((4 * UNLISTED_POINTS) / 100);
    expect(finding).toMatchObject({ code: 'practice.unlisted', severity: 'missing', depth: true, refs: ['q'] });
  });

  it('holds back nothing from an answer that is not exemplary, earned nothing, or misses enough points', () => {
    expect(unlistedRemainder(3, 3, shallow, 'c')).toEqual({ cost: 0 });
    expect(unlistedRemainder(0, 3, exemplary, 'c')).toEqual({ cost: 0 });
    expect(unlistedRemainder(2, 3, exemplary, 'c')).toEqual({ cost: 0 });
    expect(unlistedRemainder(3, 0, exemplary, 'c')).toEqual({ cost: 0 });
  });

  it('keeps an exemplary answer above a complete one without depth', () => {
    expect(UNLISTED_POINTS).toBeLessThan(DEPTH_POINTS);
  });
});
