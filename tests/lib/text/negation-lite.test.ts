import { describe, expect, it } from 'vitest';
import { polarClauses } from '@/lib/text/negation-lite';

/** The pieces of a text as [words, negated] pairs, clause after clause. */
const pieces = (text: string) => polarClauses(text).flatMap((clause) => clause.pieces.map((piece) => [piece.text, piece.negated]));
const negatedWords = (text: string) => pieces(text).filter(([, negated]) => negated).map(([words]) => words);
const affirmedWords = (text: string) => pieces(text).filter(([, negated]) => !negated).map(([words]) => words);

describe('polarClauses', () => {
  it.each([
    ['We do NOT need real-time; weekly is fine', ['need real-time'], ['We do', 'weekly is fine']],
    ["we don't need sub-second, hourly works", ['need sub-second'], ['we', 'hourly works']],
    ['no need for sub-second', ['sub-second'], []],
    ['real-time is overkill, hourly is enough', ['real-time'], ['hourly is enough']],
    ["Real-time isn't needed", ['Real-time'], []],
    ['sub-second latency is not required', ['sub-second latency'], []],
    ['hourly rather than real-time', ['real-time'], ['hourly']],
    ['instead of streaming, a nightly batch', ['streaming'], ['a nightly batch']],
    ['not real-time but hourly', ['real-time'], ['hourly']],
    ['hourly (not real-time)', ['real-time'], ['hourly']],
    ["we won't stream", ['stream'], ['we']],
    ['orders DB without CDC', ['CDC'], ['orders DB']],
    ['No dashboards needed', ['dashboards needed'], []],
    ['we never use Kafka', ['use Kafka'], ['we']],
  ])('%j negates %j and affirms %j', (text, negated, affirmed) => {
    expect(negatedWords(text)).toEqual(negated);
    expect(affirmedWords(text)).toEqual(affirmed);
  });

  it.each([['no more than 5 minutes behind'], ['not later than 06:00'], ['never older than 30 seconds'], ['not only fraud but also alerts'], ['not sure, maybe hourly'], ['no matter what, daily']])(
    'keeps bounds and hedges affirmed: %j',
    (text) => {
      expect(negatedWords(text)).toEqual([]);
    },
  );

  it('keeps decimals, clock times and labels inside one clause', () => {
    expect(polarClauses('inventory: within 1.5 minutes. sales: by 06:00').map((clause) => clause.text)).toEqual(['inventory: within 1.5 minutes', 'sales: by 06:00']);
  });

  it('never throws on odd input and cuts long text', () => {
    expect(polarClauses(42 as unknown as string)).toEqual([]);
    expect(polarClauses('')).toEqual([]);
    expect(polarClauses(`${'a '.repeat(50)}not b`, 20).flatMap((clause) => clause.pieces).every((piece) => !piece.negated)).toBe(true);
  });
});
