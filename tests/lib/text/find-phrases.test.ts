import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../lib/text/find-phrases';
import { buildPhraseMatcher } from '../../../lib/text/phrase-matcher';
import { readText } from '../../../lib/text/read-text';

const found = (text: string, phrases: string[]) => findPhrases(readText(text), [{ id: 'hit', phrases }]).map((hit) => `${hit.verbatim}:${hit.polarity}:${hit.clause}`);

describe('a phrase list reads only the clauses a match can start in, and finds the same', () => {
  it('gives the stems a match can start with, aux variants included', () => {
    const matcher = buildPhraseMatcher([{ id: 'a', phrases: ['checkpoint location', 'batch is written'] }]);
    const starts = matcher.starts();
    expect(starts?.has('checkpoint')).toBe(true);
    expect(starts?.has('batch')).toBe(true);
    expect(starts?.has('locat')).toBe(false);
    // Asking twice gives the same set (built once).
    expect(matcher.starts()).toBe(starts);
  });

  it('finds phrases in the first, a middle and the last clause, in text order', () => {
    const text = 'Checkpoint first; then we write to Kafka, but the sink is idempotent. Nothing else. Finally the checkpoint location is on S3.';
    expect(found(text, ['checkpoint', 'idempotent sink', 'checkpoint location'])).toEqual(['Checkpoint:affirmed:0', 'checkpoint location:affirmed:4']);
    expect(found(text, ['sink'])).toEqual(['sink:affirmed:2']);
    expect(found(text, ['redis'])).toEqual([]);
  });

  it('keeps the negation of a clause it reads', () => {
    expect(found('We use Kafka. We never use a checkpoint, so we replay.', ['checkpoint'])).toEqual(['checkpoint:negated:1']);
  });

  it('still reads a misspelt word as the phrase it stands for in any clause', () => {
    expect(found('We use Kafka. Then restore from the checkpiont folder.', ['checkpoint'])).toEqual(['checkpiont:affirmed:1']);
  });
});
