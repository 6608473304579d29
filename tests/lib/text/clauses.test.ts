import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

const clausesOf = (text: string) => readText(text).clauses.map((clause) => clause.text);

describe('splitClauses: a new subject with a modal after "and"/"or"', () => {
  it('opens a clause at "and a <noun> would ..." so the rejected alternative stands on its own', () => {
    expect(clausesOf('Keep it in Redis since dispatch needs lookups in milliseconds and a data lake would need seconds.')).toEqual(['Keep it in Redis since dispatch needs lookups in milliseconds', 'a data lake would need seconds.']);
    expect(clausesOf("Partition by day or the planner can't prune anything.")).toEqual(['Partition by day', "the planner can't prune anything."]);
  });

  it('keeps a coordinated subject together ("the producer and the consumer would both ...") and a long noun phrase', () => {
    expect(clausesOf('The producer and the consumer would both retry.')).toEqual(['The producer and the consumer would both retry.']);
    expect(clausesOf('acks=all and a min ISR of 2 will keep it safe.')).toEqual(['acks=all and a min ISR of 2 will keep it safe.']);
    expect(clausesOf('Use the topic and the table as sources.')).toEqual(['Use the topic and the table as sources.']);
  });
});
