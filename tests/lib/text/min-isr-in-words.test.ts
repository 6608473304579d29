import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';

const settings = (text: string) => readValues(readText(text)).map((value) => [value.key, value.value]);

describe('the in-sync minimum said with its number first reads as the setting', () => {
  it('"a minimum of three in-sync copies" is min.insync.replicas 3, not a replication factor', () => {
    expect(settings('Each topic keeps five replicas with a minimum of three in-sync copies.')).toEqual([['replication.factor', 5], ['min.insync.replicas', 3]]);
  });

  it('"at least 2 in-sync replicas" is min.insync.replicas 2', () => {
    expect(settings('The producer waits until at least 2 in-sync replicas hold the write.')).toContainEqual(['min.insync.replicas', 2]);
  });

  it('a denied minimum stays denied', () => {
    const values = readValues(readText('We do not require a minimum of two in-sync replicas.'));
    expect(values.find((value) => value.key === 'min.insync.replicas')?.polarity).toBe('negated');
  });
});
