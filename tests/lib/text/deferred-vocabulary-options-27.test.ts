import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { askedTool, askedToolOf, readForeignVocabulary } from '../../../lib/text/foreign-vocabulary';
import { readRejectedOptions } from '../../../lib/text/labelled-options';
import { isQuantifierWord } from '../../../lib/text/quantifier-words';

const deferredTexts = (text: string) => {
  const read = readText(text);
  return read.clauses.filter((clause) => read.deferred[clause.index]).map((clause) => clause.text);
};

describe('clauses put in the future or under a condition on the learner\'s time', () => {
  it('reads "later we could", "if we had time" and "time permitting" as deferred, and only from the marker on', () => {
    expect(deferredTexts('Today the job writes straight to Postgres; later we could put a queue in front of it.')).toEqual(['later we could put a queue in front of it.']);
    expect(deferredTexts('If we had time, I would add a dead-letter topic.')).toEqual(['If we had time', 'I would add a dead-letter topic.']);
    expect(deferredTexts('Time permitting, we add schema validation at the edge.').length).toBeGreaterThan(0);
    expect(deferredTexts('We could compact the small files later.')).toEqual(['We could compact the small files later.']);
  });

  it('does not read "later" about the data or the pipeline\'s own timing as a deferral', () => {
    expect(deferredTexts('Later events are dropped once the watermark passes.')).toEqual([]);
    expect(deferredTexts('The watermark eventually passes the window end and the result is emitted.')).toEqual([]);
    expect(deferredTexts('A batch job later recomputes the affected hours from the raw table.')).toEqual([]);
  });

  it('a deferred clause is hedged, not a counterfactual: its terms are named, half credit', () => {
    const read = readText('If we had time, we would add a checkpoint to S3.');
    expect(read.hedgedClause.every(Boolean)).toBe(true);
    expect(read.tokens.every((token, i) => token.kind !== 'word' || read.role[i] === 'claim')).toBe(true);
  });
});

describe('another tool\'s vocabulary', () => {
  it('finds the asked tool from the question, the most specific one first', () => {
    expect(askedTool('What does end-to-end exactly-once from Kafka through Spark into a table require?')).toBe('spark-streaming');
    expect(askedTool('How do you size the consumer group for the orders topic offsets?')).toBe('kafka');
    expect(askedTool('How do you rebuild a dimension table?')).toBeUndefined();
    expect(askedToolOf('spark-streaming', 'How does your streaming job (Spark Structured Streaming or Flink) handle late data?')).toBeUndefined();
    expect(askedToolOf('kafka', 'How do you key the payments topic?')).toBe('kafka');
  });

  it('two distinct Kinesis terms make it the answer\'s vocabulary, mapped to partitions', () => {
    const found = readForeignVocabulary(readText('Each order goes to a shard by customer id, and every worker reads its shards with a shard iterator.'), 'kafka');
    expect(found?.owners).toEqual(['Kinesis']);
    expect(found?.streams).toEqual(['kinesis']);
    expect(found?.terms.every((term) => term.carries)).toBe(true);
  });

  it('one comparison in passing, or a denied term, is not another vocabulary', () => {
    expect(readForeignVocabulary(readText('Unlike a shard, a Kafka partition keeps its offsets for every consumer group.'), 'kafka')).toBeUndefined();
    expect(readForeignVocabulary(readText('Spark has no savepoints and no checkpoint barriers; the query resumes from its checkpoint location.'), 'spark-streaming')).toBeUndefined();
  });

  it('Flink-only terms in a Spark answer do not carry over', () => {
    const found = readForeignVocabulary(readText('We resume from the savepoint and the two-phase commit sink commits on completion.'), 'spark-streaming');
    expect(found?.terms.filter((term) => !term.carries).map((term) => term.id)).toEqual(['savepoint', 'two-phase-commit']);
  });

  it('counts before a term are quantifiers, not the noun it belongs to', () => {
    expect(isQuantifierWord('four')).toBe(true);
    expect(isQuantifierWord('12')).toBe(true);
    expect(isQuantifierWord('for')).toBe(false);
  });
});

describe('labelled options with a choice', () => {
  it('the options not chosen are rejected, the chosen one is not', () => {
    const read = readText('Option A: a nightly dump to CSV, simple but a day stale. Option B: CDC into the lake, fresh within minutes. I would pick option B.');
    const rejected = readRejectedOptions(read);
    expect(rejected.map((option) => option.label)).toEqual(['a']);
    const words = read.text.slice(read.tokens[rejected[0]?.from ?? 0]?.start, read.tokens[(rejected[0]?.to ?? 1) - 1]?.end);
    expect(words).toContain('nightly dump');
    expect(words).not.toContain('CDC');
  });

  it('without a choice nothing is rejected', () => {
    expect(readRejectedOptions(readText('Option 1: Redis for the hot keys. Option 2: DynamoDB with DAX. Both would work.'))).toEqual([]);
  });
});
