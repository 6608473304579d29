import { describe, expect, it } from 'vitest';
import { selfGradingQuotes } from '@/lib/text/grader-address';
import { readText } from '@/lib/text/read-text';

describe('selfGradingQuotes: sentences grading the answer against its key', () => {
  it.each([
    ['These match the expected worksheet values within tolerance; done.', 'These match the expected worksheet values within tolerance; done.'],
    ['Peak is 280/s. All rows agree with the reference solution.', 'All rows agree with the reference solution.'],
    ['My figures match the model answer.', 'My figures match the model answer.'],
  ])('%s', (text, quote) => {
    expect(selfGradingQuotes(readText(text))).toEqual([quote]);
  });

  it.each([
    'The reconciliation job checks that totals match the expected values.',
    'These partitions match the expected load of 280 orders a second.',
    'These are the reference values from the case.',
    'Kafka with three brokers; the sink is Postgres.',
  ])('%s is not self-grading', (text) => {
    expect(selfGradingQuotes(readText(text))).toEqual([]);
  });
});
