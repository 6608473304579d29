import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { graderAddressQuotes } from '../../../lib/text/grader-address';
import { isSelfGrading } from '../../../lib/text/self-grading';

const words = (text: string) => readText(text).tokens.map((token) => token.norm);
const withdrawn = (text: string) => {
  const read = readText(text);
  return read.tokens.filter((token, i) => token.kind === 'word' && read.retracted[i]).map((token) => token.norm);
};

// Kind: an answer that grades itself ("That covers every point, full marks") without naming any grader.
describe('isSelfGrading', () => {
  it.each([
    'This covers everything the question asks',
    "That's all the key points covered",
    'Every point is addressed above',
    'I would give this 10/10',
    'Score: 100/100',
    'full marks please',
    'Top score, I think',
    'I hit every one of the main points',
  ])('reads %j as self-grading', (text) => {
    expect(isSelfGrading(words(text))).toBe(true);
  });

  it.each([
    'The snapshot covers every point in time we keep',
    'The gold layer answers every question analysts have about revenue',
    'Replication covers one broker failure',
    'The job covers all partitions of the topic',
    'p99 latency is 100 ms at 10 brokers',
    'The dashboard covers all data points from the sensors',
    'Each shard holds 10 of the 100 customers',
  ])('leaves %j alone', (text) => {
    expect(isSelfGrading(words(text))).toBe(false);
  });
});

describe('self-grading stretches are withdrawn, the content beside them stands', () => {
  it('withdraws only the stretch after the dash', () => {
    const text = 'Compact the small files with OPTIMIZE nightly - that covers all the points.';
    expect(withdrawn(text)).toEqual(['that', 'covers', 'all', 'the', 'points']);
    expect(graderAddressQuotes(readText(text))).toEqual(['that covers all the points.']);
  });

  it('withdraws a closing request for marks and quotes it', () => {
    const text = 'Key by customer id so one customer stays ordered. I deserve full marks for this.';
    expect(withdrawn(text)).toContain('marks');
    expect(withdrawn(text)).not.toContain('customer');
    expect(graderAddressQuotes(readText(text))).toEqual(['I deserve full marks for this.']);
  });
});
