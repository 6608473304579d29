import { describe, expect, it } from 'vitest';
import { countOf, lowerFirst } from '@/lib/util/wording';

describe('countOf', () => {
  it('takes the singular for exactly one and the plural otherwise', () => {
    expect(countOf(1, 'kind of drill', 'kinds of drill')).toBe('1 kind of drill');
    expect(countOf(3, 'kind of drill', 'kinds of drill')).toBe('3 kinds of drill');
    expect(countOf(0, 'question')).toBe('0 questions');
    expect(countOf(1, 'question')).toBe('1 question');
    expect(countOf(12, 'question')).toBe('12 questions');
  });
});

describe('lowerFirst', () => {
  it('lower-cases the first word of a phrase and keeps acronyms further on', () => {
    expect(lowerFirst('Inputs, the business use case and its SLA, outputs')).toBe('inputs, the business use case and its SLA, outputs');
    expect(lowerFirst('Storage, throughput, retention and availability, with units')).toBe('storage, throughput, retention and availability, with units');
    expect(lowerFirst('Depth on the components the interviewer probes')).toBe('depth on the components the interviewer probes');
  });

  it('keeps a leading acronym, with or without punctuation or a plural s', () => {
    expect(lowerFirst('SLA and freshness')).toBe('SLA and freshness');
    expect(lowerFirst('CDC, then batch')).toBe('CDC, then batch');
    expect(lowerFirst('APIs for partners')).toBe('APIs for partners');
    expect(lowerFirst('S3 as the landing zone')).toBe('S3 as the landing zone');
  });

  it('lower-cases a one-letter word and leaves empty text alone', () => {
    expect(lowerFirst('A diagram from sources to sinks')).toBe('a diagram from sources to sinks');
    expect(lowerFirst('')).toBe('');
    expect(lowerFirst('   ')).toBe('   ');
  });
});
