import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { overwrittenHistory } from '../../../lib/design/overwritten-history';

const overwritten = (slug: string, answer: Partial<DesignAnswer>) => overwrittenHistory({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric);

// Written before running: an in-place update of a view is no loss when the design says, in older words, that the
// history itself is kept; the same update with nothing kept still loses the trail.
describe('an in-place update beside history kept in older words', () => {
  it('is not an overwritten history (card ledger, hospital audit log)', () => {
    expect(overwritten('card-payments', { reason: 'The account balance is updated in place for the switch; every posting also lands in change tables with valid-from/valid-to.' })).toBeUndefined();
    expect(overwritten('healthcare-records', { reason: 'The access log summary is overwritten each hour; the audit log itself is bitemporal, so earlier reports reproduce.' })).toBeUndefined();
  });
  it('still is when nothing says the history is kept', () => {
    expect(overwritten('card-payments', { reason: 'The account balance is updated in place on every posting.' })).toBeDefined();
  });
});
