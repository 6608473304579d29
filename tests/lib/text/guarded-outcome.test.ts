import { describe, expect, it } from 'vitest';
import { deniesOnlyOutcome } from '@/lib/text/guarded-outcome';
import { readText } from '@/lib/text/read-text';

/** Whether the negation over `term` in `text` denies only an unwanted outcome of it. */
function outcomeOnly(text: string, term: string): boolean {
  const read = readText(text);
  const at = read.tokens.findIndex((token) => token.norm === term);
  if (at < 0) throw new Error(`no ${term} in ${text}`);
  return deniesOnlyOutcome(read, at, at + 1);
}

describe('a negation that guards against an unwanted outcome does not deny the thing', () => {
  it.each([
    ['a retried payment never books twice', 'books'],
    ['no shipment is ever lost between the depots', 'shipment'],
    ['we keep no duplicate invoices', 'invoices'],
    ['meter readings are never dropped on a restart', 'readings'],
    ['the consumer never applies an event twice', 'event'],
    ['claims will not be skipped when a file arrives late', 'claims'],
  ])('%j: %s is guaranteed, not denied', (text, term) => {
    expect(outcomeOnly(text, term)).toBe(true);
  });

  it.each([
    ['no invoices are needed here', 'invoices'],
    ['we never ingest the clickstream', 'clickstream'],
    ['no CDC, no duplicates', 'cdc'],
    ['shipments are not tracked', 'shipments'],
    ['the warehouse does not store events', 'events'],
  ])('%j: %s is still denied', (text, term) => {
    expect(outcomeOnly(text, term)).toBe(false);
  });

  it('an affirmed or empty span is no guarded outcome', () => {
    const read = readText('invoices are loaded twice a day');
    expect(deniesOnlyOutcome(read, 0, 1)).toBe(false);
    expect(deniesOnlyOutcome(read, 2, 2)).toBe(false);
  });
});
