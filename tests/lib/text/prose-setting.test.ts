import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';

const settings = (text: string) => readValues(readText(text)).filter((value) => value.kind === 'setting').map((value) => [value.key, value.value, value.polarity]);

describe('a setting given its number in prose', () => {
  it.each([
    ['min.insync.replicas should also be set, usually to 2, for extra safety.', 'min.insync.replicas', 2],
    ['min ISR should be 2.', 'min.insync.replicas', 2],
    ['The replication factor should be at least 3.', 'replication.factor', 3],
    ['min.insync.replicas must be configured to 2.', 'min.insync.replicas', 2],
  ])('"%s" sets %s to %s', (text, key, value) => {
    expect(settings(text)).toEqual([[key, value, 'affirmed']]);
  });

  it.each(['min.insync.replicas should be explained first.', 'min ISR should be high enough for two copies.'])('"%s" sets nothing', (text) => {
    expect(settings(text)).toEqual([]);
  });
});
