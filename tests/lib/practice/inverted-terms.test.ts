import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const wrongClaims = (result: { findings: { code: string; refs?: string[] }[] }) => result.findings.filter((finding) => finding.code === 'practice.misconception').flatMap((finding) => finding.refs ?? []);

// Kind: the right term with a commonly inverted meaning (a watermark as a wall-clock wait, at-least-once
// as "no duplicates", compaction as retention, VACUUM as compaction, partitions for replicas). The term
// earns nothing, the wrong meaning costs and its finding says the right one. Scores are an
// interviewer's, written before the engine ran.
describe('practice: a term used with an inverted meaning', () => {
  it.each([
    ['watermark-meaning', 'withWatermark holds every window open for 10 minutes of wall-clock time; once the timer runs out the window closes and later rows are thrown away.', 'wall-clock-wait', 20],
    ['watermark-meaning', 'The watermark is based on processing time: Spark waits ten minutes after a batch arrives, then finalises the windows and clears their state.', 'wall-clock-wait', 15],
    ['watermark-meaning', 'Spark keeps accepting events for 10 minutes after they arrive, based on the cluster clock; after that they are ignored.', 'wall-clock-wait', 20],
    ['commit-after-processing', 'Commit the offsets only after the write succeeds. At-least-once means no record is ever processed twice, so you need nothing else.', 'at-least-once-no-duplicates', 20],
    ['commit-after-processing', 'Commit after writing to Postgres, which gives exactly-once semantics.', 'commit-after-exactly-once', 25],
    ['small-files', 'Lots of tiny files: every query opens thousands of them, so the per-file overhead dominates. Fix it with compaction, which deletes the files older than 7 days.', 'compaction-is-retention', 35],
    ['small-files', 'Run VACUUM to merge the small files into bigger ones, and use a longer trigger.', 'vacuum-compacts', 30],
    ['acks-explained', 'With acks=all the producer waits until the record is written to all partitions of the topic; min.insync.replicas=2 then refuses writes when fewer than two replicas are in sync.', 'partitions-not-replicas', 30],
  ])('%s: "%s" is the wrong claim %s, near %i', (id, text, wrong, expected) => {
    const result = scoreQuestion(questionOf(id), { text });
    expect(wrongClaims(result)).toContain(wrong);
    expect(result.correct).toBe(false);
    expect(Math.abs(result.score - expected)).toBeLessThanOrEqual(20);
  });

  it.each([
    ['watermark-meaning', 'It is event-time based, not processing time: the watermark is the max event time seen minus 10 minutes; rows older than that may be dropped and old windows\' state is removed.'],
    ['watermark-meaning', 'Unlike a timer on the clock, the watermark only moves when newer events arrive: it is the latest event time minus ten minutes. Later rows may be dropped, and finished windows are emitted and their state freed.'],
    ['commit-after-processing', "Commit after the write succeeds, with auto-commit off. That's at-least-once: a crash before the commit replays the batch, so upsert by key to make it effectively exactly-once."],
    ['small-files', 'Each file costs a list and an open, so the planner spends its time on metadata. Compact them with OPTIMIZE into ~1 GB files, then VACUUM removes the old unreferenced files; also trigger every few minutes instead of every 5 seconds.'],
    ['acks-explained', 'acks=all: the partition leader acknowledges once every in-sync replica has the record. If followers fall behind the ISR can shrink to just the leader, so one copy; min.insync.replicas=2 makes the broker reject the write with NotEnoughReplicas instead.'],
  ])('%s: the right meaning, or the wrong one rejected, costs nothing: "%s"', (id, text) => {
    const result = scoreQuestion(questionOf(id), { text });
    expect(wrongClaims(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(85);
  });
});
