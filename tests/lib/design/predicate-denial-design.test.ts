import { describe, expect, it } from 'vitest';
import { namedIds } from '../../../lib/design/design-index';
import type { Names } from '../../../lib/design/design-index';

const names: Names = [
  { id: 'stream', phrases: ['streaming', 'kafka', 'flink'] },
  { id: 'cdc', phrases: ['cdc', 'change data capture'] },
];

// Expected ids decided before running: a denied subject names nothing, a conditional judgement keeps its subject.
describe('design fields: a predicate that denies its subject', () => {
  it.each([
    ["Streaming isn't a real requirement here; a nightly batch is fine.", []],
    ["Kafka and Flink aren't needed for a daily report.", []],
    ['CDC is deprecated, we export a nightly dump.', []],
    ['CDC is risky without a schema registry, so we add one.', ['cdc']],
    ['A nightly dump is not needed once we have CDC into Kafka.', ['cdc', 'stream']],
  ])('"%s"', (text, expected) => {
    expect(namedIds(names, text)).toEqual(expected);
  });
});
