import { describe, expect, it } from 'vitest';
import { readGuarantees } from '../../../lib/text/asserted-guarantee';
import { blankCitations, findCitations } from '../../../lib/text/cited-references';
import { opensWithVerdict, readNotApplicable } from '../../../lib/text/not-applicable';
import { isParenthesisedSlogan } from '../../../lib/text/parenthesised-terms';
import { readBareLists } from '../../../lib/text/bare-list';
import { readText } from '../../../lib/text/read-text';
import { selfAnswerCue } from '../../../lib/text/self-answer';

// Wording of its own (not golden round 23): the shared text layer's readers for terms marked not applicable, cited
// sources and keywords in brackets after a slogan, and what each must leave alone.

/** The words of `text` the negation layer denies, lower-cased, in order. */
const denied = (text: string) => {
  const read = readText(text);
  return read.tokens.filter((token, index) => token.kind === 'word' && read.negated[index] && !read.cue[index]).map((token) => token.norm);
};

describe('terms marked not applicable', () => {
  it('denies the label of a list line or table row whose value rules it out', () => {
    expect(denied('- Sliding windows: n/a')).toEqual(['sliding', 'windows']);
    expect(denied('Dead-letter queue - TBD')).toEqual(['dead', 'letter', 'queue']);
    expect(denied('Geo index / H3 cells: not applicable.')).toEqual(['geo', 'index', 'h3', 'cells']);
    expect(denied('Backfill: skip')).toEqual(['backfill']);
    expect(denied('| Schema registry | N/A |')).toEqual(['schema', 'registry']);
    expect(denied('Encryption at rest: not required. Audit log: -')).toEqual(['encryption', 'at', 'rest', 'audit', 'log']);
  });

  it('denies only the label: the reason after the verdict is read as written', () => {
    const read = readText('Persistence to disk: not needed here because the positions are rebuilt from the stream in a minute.');
    const rebuilt = read.tokens.findIndex((token) => token.norm === 'rebuilt');
    expect(read.negated[rebuilt]).toBe(false);
    expect(denied('Persistence to disk: not needed here because the positions are rebuilt from the stream in a minute.')).toEqual(['persistence', 'to', 'disk']);
  });

  it('a verdict does not reach past its label', () => {
    expect(denied('Two-phase commit: no, plain upserts on the trip id are enough.')).toEqual(['two', 'phase', 'commit']);
  });

  it('leaves alone a statement after a colon, a comparison row and a long sentence', () => {
    expect(readNotApplicable('Retention: none of the raw files is kept past 30 days', readText('Retention: none of the raw files is kept past 30 days').tokens, readText('Retention: none of the raw files is kept past 30 days').sentences)).toEqual([]);
    expect(denied('| late data | none | allowed lateness 10 min |')).toEqual([]);
    const long = 'We write every trip event from the app through Kafka into the lake and for the schema registry: not needed';
    expect(readNotApplicable(long, readText(long).tokens, readText(long).sentences)).toEqual([]);
  });

  it('says which colon parts are verdicts (design fields are cut at colons)', () => {
    expect(opensWithVerdict(' N/A.')).toBe(true);
    expect(opensWithVerdict(' not needed since we batch nightly')).toBe(true);
    expect(opensWithVerdict(' nightly at 02:00')).toBe(false);
    expect(opensWithVerdict(' no duplicates thanks to the upsert')).toBe(false);
  });

  it('a clarifying line that marks its topic not applicable answers itself', () => {
    expect(selfAnswerCue('Late GPS pings: not a concern?')).toBe('not a concern');
    expect(selfAnswerCue('Surge latency - N/A for the first version?')).toBe('N/A');
    expect(selfAnswerCue('Is GDPR in scope for the driver locations, since they are personal data?')).toBeNull();
  });
});

describe('a delivery guarantee read through the negation layer', () => {
  it('a guarantee or mechanism marked not applicable, denied or taken back counts for nothing', () => {
    expect(readGuarantees('Effectively-once: not required. Upserts: N/A.')).toEqual({ assertions: [], mechanisms: [] });
    expect(readGuarantees('No transactions and no checkpoints; we accept duplicates.').mechanisms).toEqual([]);
    expect(readGuarantees('Exactly-once end to end, scratch that, at-least-once is enough.').assertions).toEqual([]);
  });

  it('a promise said with its own negation and a plain mechanism still count', () => {
    const reading = readGuarantees('Trips are never counted twice: the sink upserts on trip_id inside one transaction.');
    expect(reading.assertions.length).toBeGreaterThan(0);
    expect(reading.mechanisms.length).toBeGreaterThanOrEqual(2);
  });
});

describe('cited sources', () => {
  it('blanks titles with authors, chapters or editions, rules by number and pointers to docs', () => {
    const list = ['"Streaming Systems" (Akidau, Chernyak & Lax), ch. 3', 'Kimball, *The Data Warehouse Toolkit*, 3rd edition', 'HIPAA Section 164.312 - audit controls', 'Check out the Flink docs on watermarks'];
    for (const line of list) expect(blankCitations(line).trim()).toBe(line.startsWith('Kimball') ? 'Kimball,' : '');
    expect(blankCitations('Read Database Internals (Petrov)?').trim()).toBe('');
  });

  it('keeps the claims around a reference and a clarifying bracket', () => {
    const text = 'The sink (S3, written idempotently by batch id) commits after the write. See the Spark guide on output modes.';
    const blanked = blankCitations(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).toContain('The sink (S3, written idempotently by batch id) commits after the write.');
    expect(blanked).not.toContain('output modes');
    expect(findCitations('We use Kafka Connect (Debezium) for CDC into Snowflake.')).toEqual([]);
    expect(findCitations('Section 2 - keys: every reading is keyed by machine_id.\nRule 1: never update a reading in place.')).toEqual([]);
  });
});

describe('keywords in brackets after a slogan', () => {
  it('reads the sentence as a list of its bracketed terms', () => {
    const read = readText('Throughput is a top priority (linger.ms, batch.size, lz4). Our keys are robust and future-proof (machine_id).');
    expect(read.sentences.every((sentence) => isParenthesisedSlogan(read, sentence))).toBe(true);
    expect(readBareLists(read).whole).toBe(true);
  });

  it('a bracket that clarifies a sentence saying something is no list', () => {
    const read = readText('The consumer retries each failed write (three times) and then sends it to a dead-letter topic (trips-dlq).');
    expect(isParenthesisedSlogan(read, read.sentences[0] as (typeof read.sentences)[number])).toBe(false);
    const robust = readText('The pipeline is robust because every write is an upsert keyed by trip_id (idempotent).');
    expect(isParenthesisedSlogan(robust, robust.sentences[0] as (typeof robust.sentences)[number])).toBe(false);
  });
});
