import { describe, expect, it } from 'vitest';
import { keepsHistory } from '../../../lib/text/in-place-update';

// Written before running: each sentence keeps the history in older or vendor wording, so an in-place update beside it
// changes a derived view, not the record of what happened.
describe('history kept, in older words', () => {
  it('reads change tables, bitemporal, temporal tables, valid-from/valid-to and SCD type 2 as keeping history', () => {
    expect(keepsHistory('each earlier version goes to change tables')).toBe(true);
    expect(keepsHistory('balances sit on a bitemporal history')).toBe(true);
    expect(keepsHistory('SQL Server system-versioned tables hold every prior row')).toBe(true);
    expect(keepsHistory('rows carry valid_from and valid_to')).toBe(true);
    expect(keepsHistory('the device dimension is SCD type 2')).toBe(true);
    expect(keepsHistory('prior versions are retained for audit')).toBe(true);
  });
  it('does not read an update or a plain table as keeping history', () => {
    expect(keepsHistory('we update the balance row on each posting')).toBe(false);
    expect(keepsHistory('the status table changes when a trip ends')).toBe(false);
  });
});
