import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';
import { readArrivalWatermark } from '../../../lib/text/arrival-watermark';

const negatedWords = (text: string) => {
  const read = readText(text);
  return read.tokens.filter((token, i) => token.kind === 'word' && read.negated[i] && !read.cue[i]).map((token) => token.norm);
};

describe('a rejected option then its reason after a colon', () => {
  it('"Not k=merchant_id: ..." negates the option, not the reason', () => {
    expect(negatedWords('Not k=merchant_id: one big merchant would be a hot partition.')).toEqual(['key', 'merchant', 'id']);
  });

  it('"and no per-country key: ..." after a conjunction reads the same way', () => {
    const negated = negatedWords('Key by order id, and no country key: Germany alone is half the traffic.');
    expect(negated).toContain('country');
    expect(negated).not.toContain('traffic');
  });

  it('a "not" over a long clause with no colon still reaches its end', () => {
    expect(negatedWords('We do not use a country key for the orders topic')).toContain('orders');
    expect(negatedWords('We will not use the country as the key because the load is uneven')).toContain('country');
  });
});

describe('one-letter setting names and settings split over lines', () => {
  it('"P=32" reads as partitions and "k=user_id" as the key; a lone "p" does not', () => {
    const norms = readText('P=32, k=user_id, see p 4').tokens.map((token) => token.norm);
    expect(norms).toContain('partitions');
    expect(norms).toContain('key');
    expect(norms.filter((norm) => norm === 'partitions')).toHaveLength(1);
  });

  it('a heading naming a setting over a numbered item is no value ("### Acks" / "1. ...")', () => {
    const values = readValues(readText('### Acks\n1. producer sends with acks=all\n2. leader waits for the ISR'));
    expect(values.filter((value) => value.key === 'acks').map((value) => value.value)).toEqual(['all']);
  });

  it('a setting and its number on one line still read ("acks 1", "RF 3")', () => {
    const values = readValues(readText('acks 1 is risky; RF 3'));
    expect(values.map((value) => [value.key, value.value])).toEqual([['acks', 1], ['replication.factor', 3]]);
  });
});

describe('a watermark on a column filled with the arrival clock', () => {
  it('is read when the watermark names the column current_timestamp() fills', () => {
    expect(readArrivalWatermark(readText('df.withColumn("seen", F.current_timestamp()).withWatermark("seen", "5 minutes")'))?.column).toBe('seen');
  });

  it('is not read when the watermark is on another column', () => {
    expect(readArrivalWatermark(readText('df.withColumn("seen", current_timestamp()).withWatermark("event_ts", "5 minutes")'))).toBeUndefined();
  });
});
