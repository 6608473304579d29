import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { distributiveOne } from '../../../lib/text/distributive';
import { readText } from '../../../lib/text/read-text';

// Kind: a grain explained by a worked example ("Order #881 has two lines ... gets two rows - one per line") read as
// named: the distributive aside "rows - one per X" was not "row per X", and "line" after "order line" was read as
// another subject. New inputs, readings decided before running.
const grain: ClaimSpec = {
  keywords: ['grain', 'one row per', 'row per', 'each row'],
  assert: [['order line', 'order lines', 'order item', 'line item']],
  subject: { of: ['order line', 'order item', 'line item'] },
};

describe('"N rows - one per X" is a row per X', () => {
  it.each([
    'Order 17 has three lines, so fact_order_line gets three rows - one per line.',
    'The fact table gets three rows, one per order line.',
  ])('"%s" states the grain', (text) => {
    expect(readClaim(readText(text), grain).status).toBe('stated');
  });

  // Left open: a parenthesised aside ("two rows (one per order item)") is a clause of its own, and phrases never span clauses.

  it('a head noun with nothing before it that completes the subject is another subject', () => {
    const reading = readClaim(readText('Customers see lines in the app. The order line fact gets two rows - one per line.'), grain);
    // "order line" is said before "line" in the same sentence: still the order line.
    expect(reading.status).toBe('stated');
    const other = readClaim(readText('The fact table gets two rows - one per day, and holds order lines.'), grain);
    expect(other.status).not.toBe('stated');
  });

  it('only the "one" of an aside before "per" is read past', () => {
    const aside = readText('two rows - one per line');
    const plain = readText('we send one per second');
    expect(distributiveOne(aside, aside.tokens.findIndex((token) => token.norm === 'one'))).toBe(true);
    expect(distributiveOne(plain, plain.tokens.findIndex((token) => token.norm === 'one'))).toBe(false);
  });
});
