import { describe, expect, it } from 'vitest';
import { polarClauses } from '@/lib/design/read-field';

const pieces = (text: string) => polarClauses(text).flatMap((clause) => clause.pieces);
const negatedWords = (text: string) => pieces(text).filter((piece) => piece.negated).map((piece) => piece.text);
const affirmedWords = (text: string) => pieces(text).filter((piece) => !piece.negated).map((piece) => piece.text);

describe('polarClauses (design fields read by lib/text)', () => {
  it.each([
    ['We do NOT need real-time; weekly is fine', 'real-time', 'weekly'],
    ['no need for sub-second; hourly', 'sub-second', 'hourly'],
    ['real-time is overkill, hourly is enough', 'real-time', 'hourly'],
    ['hourly rather than real-time', 'real-time', 'hourly'],
    ['not real-time but hourly', 'real-time', 'hourly'],
    ["we won't stream, we batch", 'stream', 'batch'],
    ['no need to stream: a nightly batch fits', 'stream', 'nightly batch'],
    ['Sub-second latency is not required: every 15 minutes', 'Sub-second', 'every 15 minutes'],
  ])('%j negates %j and affirms %j', (text, negated, affirmed) => {
    expect(negatedWords(text).join(' | ')).toContain(negated);
    expect(negatedWords(text).join(' | ')).not.toContain(affirmed);
    expect(affirmedWords(text).join(' | ')).toContain(affirmed);
    expect(affirmedWords(text).join(' | ')).not.toContain(negated);
  });

  it.each([['no more than 5 minutes behind'], ['not only fraud but also alerts'], ['daily by 06:00']])('keeps bounds and clock times affirmed: %j', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it('keeps the learner\'s words, marks included, and never throws', () => {
    expect(affirmedWords('daily by 06:00')).toEqual(['daily by 06:00']);
    expect(polarClauses(42 as unknown as string)).toEqual([]);
    expect(polarClauses('')).toEqual([]);
  });
});
