import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { citedDefaultAt, readWrongDefaults } from '../../../lib/text/cited-default';
import { readValues } from '../../../lib/text/values';

// Own wordings of the round-21 kind: a default (or an older version's behaviour) cited is reported speech, not the
// learner's setting; a default cited wrongly is a wrong fact of its own.
const cited = (text: string, value: string) => {
  const read = readText(text);
  const found = readValues(read).find((item) => item.text === value);
  if (!found) throw new Error(`no value ${value} in ${text}`);
  return citedDefaultAt(read, found.start);
};
const wrong = (text: string) => readWrongDefaults(readText(text)).map((hit) => [hit.id, hit.said]);

describe('a cited default is not the learner\'s setting', () => {
  it('"producers before 3.0 defaulted to acks=1" reports a version\'s default', () => {
    expect(cited('Our payment producer sets acks=all explicitly; producers before 3.0 defaulted to acks=1, so I never rely on the default.', 'acks=1')).toBe(true);
  });

  it('"the default for RF on this cluster is 1" is reported, the learner\'s "RF=3" is theirs', () => {
    const text = 'The broker default for replication factor is 1, which is why every topic is created with RF=3.';
    expect(cited(text, 'replication factor is 1')).toBe(true);
    expect(cited(text, 'RF=3')).toBe(false);
  });

  it('a default the learner keeps is their own setting', () => {
    expect(cited('We just keep the default acks=1 for the ride events, they are cheap to lose.', 'acks=1')).toBe(false);
  });

  it('a plain setting with no default cue is the learner\'s', () => {
    expect(cited('The ledger producer uses acks=1 to keep latency low.', 'acks=1')).toBe(false);
  });
});

describe('a default cited wrongly is a wrong fact', () => {
  it('"min ISR defaults to 2" is wrong (it defaults to 1)', () => {
    expect(wrong('Leave min ISR alone: min ISR defaults to 2 on every broker, so acks=all already means two copies.')).toEqual([['min-insync-replicas', '2']]);
  });

  it('"its default is 3" points back to the setting of the sentence before', () => {
    expect(wrong('min.insync.replicas says how many copies must be in sync for an acks=all write. Its default is 3.')).toEqual([['min-insync-replicas', '3']]);
  });

  it('a default watermark of some duration does not exist in Spark', () => {
    expect(wrong('Flink and Spark both ship a default watermark of 5 minutes, which is plenty for meter readings.')).toEqual([['spark-watermark', '5 minutes']]);
  });

  it('auto.offset.reset said to default to earliest is wrong', () => {
    expect(wrong('A brand-new consumer group reads from the beginning because auto.offset.reset defaults to earliest.')).toEqual([['auto-offset-reset', 'earliest']]);
  });

  it('right defaults and settings with no default cited give nothing', () => {
    expect(wrong('min.insync.replicas defaults to 1, so we set it to 2. auto.offset.reset is latest by default; we set earliest for the backfill consumer.')).toEqual([]);
    expect(wrong('withWatermark("event_ts", "15 minutes") because readings arrive up to 10 minutes late.')).toEqual([]);
  });
});
