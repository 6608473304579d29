import { describe, expect, it } from 'vitest';
import { keepsHistory, readInPlaceUpdates } from '@/lib/text/in-place-update';

describe('in-place updates: a record changed where it lies', () => {
  it.each([
    ['the stock count, we just updating it in place on every order', 'updating it in place'],
    ['Patient allergies get an in-place update when the GP corrects them.', 'in-place update'],
    ['Each night the access log table is overwritten by the new export.', 'overwritten'],
    ['UPDATE wallets SET amount = amount - 5 WHERE id = 1', 'UPDATE'],
    ['the lab result row we modify in place when the final value comes', 'modify in place'],
  ])('%j says %j', (text, words) => {
    const found = readInPlaceUpdates(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.words).toBe(words);
    expect(found[0]?.sentence.length).toBeGreaterThan(0);
  });

  it.each([
    'We never update a wallet in place; every change is a new row.',
    'Instead of updating the stock count in place, we append movements.',
    'If we updated the result in place we would lose the preliminary value.',
    'Corrections arrive as new messages and are stored next to the old ones.',
    'The place we update from is the replica.',
    '',
  ])('%j affirms none', (text) => {
    expect(readInPlaceUpdates(text)).toEqual([]);
  });

  it('one finding per sentence', () => {
    expect(readInPlaceUpdates('We update the row in place and overwrite the old value. Then we overwrite it again.')).toHaveLength(2);
  });

  it.each([
    ['movements are append-only and the stock count is derived', true],
    ['a double entry journal', true],
    ['the raw files are immutable', true],
    ['rows are never overwritten', true],
    ['we keep one balance column', false],
  ])('%j keeps the history itself: %s', (text, kept) => {
    expect(keepsHistory(text)).toBe(kept);
  });
});
