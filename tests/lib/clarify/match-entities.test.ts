import { describe, expect, it } from 'vitest';
import { matchEntities } from '../../../lib/clarify/match-entities';
import { fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const ids = (text: string) => matchEntities(text, rubric).map((match) => match.entityId);

describe('matchEntities', () => {
  it('finds entities by label, synonym and stem', () => {
    expect(ids('users, products, orders')).toEqual(['customer', 'product', 'order']);
    expect(ids('Line items and payments')).toEqual(['order-item', 'payment']);
    expect(ids('orderItem')).toEqual(['order-item']);
    expect(ids('Buyers place purchases of SKUs')).toEqual(['customer', 'order', 'product']);
  });

  it('lists each entity once, in order of first mention, with its core flag', () => {
    const matches = matchEntities('reviews, customer, customers, Review', rubric);
    expect(matches.map((match) => [match.entityId, match.core])).toEqual([
      ['review', false],
      ['customer', true],
    ]);
  });

  it('finds nothing in unrelated or hostile text', () => {
    expect(ids('kafka spark airflow')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('\u0000'.repeat(10_000))).toEqual([]);
  });
});
