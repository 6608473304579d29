import { describe, expect, it } from 'vitest';
import { readOrder } from '../../../lib/text/sequence';
import { readText } from '../../../lib/text/read-text';
import { arrowBetween, stepItemAt } from '../../../lib/text/written-order';

// Order written without words of time: numbered steps and arrows (a reconciliation job: snapshot, then compare).
const spec = { first: ['take the snapshot', 'snapshot the ledger'], then: ['compare the totals', 'run the comparison'] };
const order = (text: string) => readOrder(readText(text), spec)?.order;

describe('order from numbered steps and arrows', () => {
  it('numbered lines in the reverse order are reversed', () => {
    expect(order('1. Compare the totals against the bank file.\n2. Take the snapshot of the ledger.')).toBe('reversed');
    expect(order('Step 1: run the comparison. Step 2: snapshot the ledger.')).toBe('reversed');
  });

  it('numbered lines in the right order are right, whatever their words', () => {
    expect(order('1) Take the snapshot at midnight\n2) Compare the totals with the bank')).toBe('right');
  });

  it('arrows point the order either way', () => {
    expect(order('compare the totals -> take the snapshot')).toBe('reversed');
    expect(order('take the snapshot → compare the totals')).toBe('right');
    expect(order('compare the totals <- take the snapshot')).toBe('right');
  });

  it('"after that" points back at the step written first', () => {
    expect(order('We compare the totals, and after that we take the snapshot.')).toBe('reversed');
    expect(order('We compare the totals after we take the snapshot.')).toBe('right');
  });

  it('a number inside a sentence is not a step, and one numbered item is no list', () => {
    expect(stepItemAt('Keep 15 days. Then compare.', 20)).toBeUndefined();
    expect(stepItemAt('1. Only one step here.', 10)).toBeUndefined();
    expect(arrowBetween('a -> b <- c', 0, 11)).toBeUndefined();
  });
});
