import { describe, expect, it } from 'vitest';
import { conceptVariants, withConceptTerms } from '../../../lib/text/concept-map';

describe('concept map', () => {
  it('gives other stacks and analogies for a rubric phrase, one substitution at a time', () => {
    expect(conceptVariants('same partition')).toEqual(expect.arrayContaining(['same lane', 'same shard']));
    expect(conceptVariants('checkpoint')).toContain('savepoint');
    expect(conceptVariants('recompute')).toContain('re-materialise');
    expect(conceptVariants('sharding')).toEqual([]);
  });

  it('keeps the phrases and drops duplicates', () => {
    const out = withConceptTerms(['partitions', 'partitions', 'idempotence']);
    expect(out.slice(0, 2)).toEqual(['partitions', 'lanes']);
    expect(out).toContain('idempotence');
    expect(new Set(out).size).toBe(out.length);
  });
});
