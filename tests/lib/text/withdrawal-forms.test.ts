import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';
import { withoutWithdrawn } from '../../../lib/text/withdrawn-text';

const checkpoint: ClaimSpec = { keywords: ['checkpoint'], assert: [['offsets', 'state', 'restart', 'resume']] };
const watermark: ClaimSpec = { keywords: ['watermark'], assert: [['late', 'event time', 'wait', 'minutes']] };
const cdc: ClaimSpec = { keywords: ['CDC', 'change data capture'], assert: [['WAL', 'binlog', 'row changes', 'database']] };
const bloom: ClaimSpec = { keywords: ['Bloom filter'], assert: [['duplicates', 'seen', 'ids']] };
const salt: ClaimSpec = { keywords: ['salt', 'salting'], assert: [['hot', 'key', 'partition', 'zone']] };

const withdrawn = (text: string, spec: ClaimSpec) => {
  const reading = readClaim(readText(text), spec);
  expect(reading.status).toBe('negated');
  expect(reading.retracted).toBe(true);
  return reading;
};

describe('a later sentence that withdraws or replaces a claim', () => {
  it.each([
    ['We checkpoint offsets to S3 so a restart resumes. On second thought we would skip the checkpoint and start from latest.', checkpoint],
    ['Salt the hot zone key across partitions. Actually no, one partition per zone is fine.', salt],
    ['We read row changes from the WAL with CDC. Ignore the above, we will just dump the database nightly.', cdc],
    ['We read the binlog with CDC into Kafka. That was wrong: a nightly export of the database is enough.', cdc],
    ['A watermark of ten minutes waits for late events. No wait we drop late events instead.', watermark],
    ['Checkpoint the state and offsets on every trigger. My mistake, the sink tracks the restart position.', checkpoint],
  ])('"%s"', (text, spec) => {
    withdrawn(text, spec);
  });

  it('quotes the words that took the claim back', () => {
    expect(withdrawn('Salt the hot zone key across partitions. Actually no, one partition per zone is fine.', salt).withdrawnWith).toBe('Actually no');
  });
});

describe('a textbook answer the learner departs from', () => {
  it.each([
    ['Normally you would use a watermark so late events within ten minutes still count. In practice we close the window on arrival and drop anything late.', watermark],
    ['Usually teams keep a checkpoint of offsets and state for the restart. But here the job just starts from the latest offsets.', checkpoint],
    ['In theory CDC reads row changes from the WAL. Actually we poll the orders database every hour.', cdc],
  ])('"%s"', (text, spec) => {
    withdrawn(text, spec);
  });
});

describe('a proposal dismissed with a pronoun', () => {
  it.each([
    ['We could add a Bloom filter of seen ids to drop duplicates. But honestly we will not need it.', bloom],
    ['A Bloom filter of seen ids catches duplicates. That is overkill for this volume.', bloom],
    ['Salting the hot zone key spreads it over partitions, but we can skip it for now.', salt],
  ])('"%s"', (text, spec) => {
    withdrawn(text, spec);
  });
});

describe('a hedge that leaves nothing claimed', () => {
  it.each([
    ['Maybe a watermark for late events, or maybe not.', watermark],
    ['Salt the hot zone key, if at all.', salt],
    ['We checkpoint offsets for the restart, or not.', checkpoint],
  ])('"%s"', (text, spec) => {
    withdrawn(text, spec);
  });

  it('"probably not X" is a negation, not a claim', () => {
    expect(readClaim(readText('Probably not a watermark for late events.'), watermark).status).toBe('negated');
  });
});

describe('the last word wins', () => {
  it.each([
    ['We skip the checkpoint. Scratch that: we checkpoint offsets and state so a restart resumes where it stopped.', checkpoint],
    ['Poll the database hourly. No wait, CDC reads the row changes from the WAL.', cdc],
    ['No watermark. On second thought, a watermark of ten minutes keeps late events.', watermark],
  ])('"%s" states it again', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it('a value replaced by another one is the later value', () => {
    const values = readValues(readText('Set replication.factor=3, no wait, replication.factor=1 is enough.'));
    expect(values.map((value) => [value.value, value.polarity])).toEqual([
      [3, 'negated'],
      [1, 'affirmed'],
    ]);
  });
});

describe('what is not a withdrawal', () => {
  it.each([
    ['Instead of polling we use CDC to read row changes from the WAL.', cdc],
    ['We checkpoint offsets to S3. Without it a restart would reprocess everything.', checkpoint],
    ['We checkpoint offsets and state. If we lost it, the restart would start from latest.', checkpoint],
    ['A watermark of ten minutes handles late events, whether the phone was offline or not... it still counts.', watermark],
    ['We checkpoint offsets and state for the restart. Actually it is the offsets that matter most.', checkpoint],
    ['CDC reads row changes from the WAL. Instead of nightly dumps, we get every update within seconds.', cdc],
  ])('"%s" still states it', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it('"we don\'t need exactly-once for the dashboard, at-least-once is fine" withdraws nothing', () => {
    expect(readText("We don't need exactly-once for the dashboard, at-least-once is fine.").retracted.some(Boolean)).toBe(false);
  });

  it('"no data is lost" is a property, not a take-back', () => {
    expect(readText('The checkpoint stores offsets. No data is lost on a restart.').retracted.some(Boolean)).toBe(false);
  });
});

describe('withoutWithdrawn: a field as the learner finally meant it', () => {
  it('blanks what was taken back and keeps offsets and what follows', () => {
    const text = 'Surge within 30 seconds - actually, scratch that, hourly is enough.';
    const result = withoutWithdrawn(text);
    expect(result.text).toHaveLength(text.length);
    expect(result.text).not.toContain('30 seconds');
    expect(result.text).toContain('hourly is enough');
    expect(result.withdrawn).toEqual([{ said: 'Surge within 30 seconds', by: 'actually, scratch that' }]);
  });

  it('leaves a text with nothing taken back as written', () => {
    expect(withoutWithdrawn('Surge within 30 seconds, dashboards daily.')).toEqual({ text: 'Surge within 30 seconds, dashboards daily.', withdrawn: [] });
  });
});
