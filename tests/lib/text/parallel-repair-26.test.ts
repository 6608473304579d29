import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

const withdrawn = (text: string) => {
  const read = readText(text);
  return read.tokens.filter((token, i) => token.kind === 'word' && read.retracted[i]).map((token) => token.norm).join(' ');
};

// Kind: a self-correction with an everyday cue ("order id - sorry, customer id") read as two claims instead of a repair.
describe('parallel repairs: "X - sorry, Y" and "X, well Y" with the same head', () => {
  it.each([
    ['Partition by order id - sorry, customer id - so a customer stays in one partition.', 'order id'],
    ['The nightly job, well the hourly job, rebuilds the mart.', 'the nightly job'],
    ['We land it in the raw bucket, oops, the bronze bucket, as it arrives.', 'the raw bucket'],
    ['The watermark is the current processing time, sorry, the max event time, minus ten minutes.', 'the current processing time'],
  ])('%j withdraws %j', (text, words) => {
    expect(withdrawn(text)).toBe(words);
  });

  it.each([
    'Sorry, we lose a day of data when the job fails.',
    'It depends, well, on the volume.',
    'We keep the raw files - sorry for the detour - for a year.',
    'Set acks=all, well, and min.insync.replicas=2.',
    'The hourly job, well the hourly job, rebuilds the mart.',
  ])('leaves %j alone', (text) => {
    expect(withdrawn(text)).toBe('');
  });
});
