import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readClaimParts } from '../../../lib/text/claim-parts';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { labelledByOwnSubject, mentionedSubject, rivalSubjects } from '../../../lib/text/subject-mention';

/** The token range of the first occurrence of `word` in the read text. */
function termAt(text: string, word: string): { read: ReturnType<typeof readText>; from: number; to: number } {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === word);
  if (from < 0) throw new Error(`no "${word}" in "${text}"`);
  return { read, from, to: from + 1 };
}

describe('mentionedSubject', () => {
  it.each([
    ['OLTP is columnar, OLAP handles transactions.', 'transactions', 'rival', 'OLAP'],
    ['OLTP handles transactions, unlike OLAP.', 'transactions', 'own', 'OLTP'],
    ['Unlike OLAP, OLTP handles transactions.', 'transactions', 'own', 'OLTP'],
    ['Measures: quantity, amount.', 'quantity', 'own', 'Measures'],
    ['Dimensions: quantity, amount.', 'quantity', 'rival', 'Dimensions'],
    ['Silver is built from raw bronze data.', 'raw', 'rival', 'bronze'],
  ])('"%s" puts "%s" on the %s subject', (text, word, side, name) => {
    const { read, from, to } = termAt(text, word);
    const own = word === 'raw' ? ['silver'] : word === 'quantity' ? ['measures'] : ['OLTP'];
    const rivals = word === 'raw' ? ['bronze'] : word === 'quantity' ? ['dimensions'] : ['OLAP'];
    expect(mentionedSubject(read, from, to, own, rivals)).toEqual({ side, text: name });
  });

  it('a subject named only as a preposition\'s object is not what the clause is about', () => {
    const { read, from, to } = termAt('Sharding splits the data into partitions across servers.', 'across');
    expect(mentionedSubject(read, from, to, ['sharding'], ['partitions'])?.side).toBe('own');
  });

  it('no subject named, or no rivals: undefined', () => {
    const { read, from, to } = termAt('It handles transactions.', 'transactions');
    expect(mentionedSubject(read, from, to, ['OLTP'], ['OLAP'])).toBeUndefined();
    expect(mentionedSubject(read, from, to, ['OLTP'], [])).toBeUndefined();
  });
});

describe('rivalSubjects', () => {
  it('gives each list the others\' phrases, not its own, and nothing to a claim without a subject', () => {
    expect(rivalSubjects([['OLTP', 'database'], ['OLAP', 'warehouse', 'database'], undefined])).toEqual([['OLAP', 'warehouse'], ['OLTP'], undefined]);
  });
});

describe('labelledByOwnSubject', () => {
  it.each([
    ['Silver: typed, deduplicated.', 'typed', true],
    ['Key points: typed, deduplicated.', 'typed', false],
    ['We load it, clean it and then: typed, deduplicated.', 'typed', false],
  ])('"%s"', (text, word, expected) => {
    const { read, from, to } = termAt(text, word);
    expect(labelledByOwnSubject(read, from, to, ['silver'])).toBe(expected);
  });
});

describe('claims with rivals', () => {
  it('a property said of the rival is misplaced, quoting the rival', () => {
    const reading = readClaim(readText('The warehouse does many small transactions.'), { keywords: ['small transactions'], subject: { of: ['OLTP'], rivals: ['warehouse'] } });
    expect(reading.status).toBe('missing');
    expect(reading.misplaced).toMatchObject({ quote: 'small transactions', subject: 'warehouse' });
  });

  it('a heading naming the claim\'s own subject makes its terms claims, not a bare list', () => {
    const spec = { keywords: ['deduplicated'], subject: { of: ['silver'], rivals: ['gold'] } };
    expect(readClaim(readText('Silver: typed, deduplicated, validated.'), spec).status).toBe('stated');
    expect(readClaim(readText('Notes: typed, deduplicated, validated.'), spec).status).toBe('listed');
  });
});

describe('readClaimParts', () => {
  const spec = { keywords: [] as string[] };
  const parts = [
    { text: 'raw as landed', keywords: ['raw'] },
    { text: 'append-only for replay', keywords: ['append-only', 'replay'] },
  ];

  it.each([
    ['Bronze keeps the raw data append-only so we can replay it.', 1, false, []],
    ['Bronze keeps the raw data.', 0.5, true, ['append-only for replay']],
    ['Bronze is append-only so we can replay.', 0.5, true, ['raw as landed']],
    ['Bronze is a layer.', 0, false, ['raw as landed', 'append-only for replay']],
  ])('"%s" earns %s', (text, share, partial, missing) => {
    const reading = readClaimParts(readText(text), spec, parts);
    expect(reading.share).toBe(share);
    expect(reading.partial).toBe(partial);
    expect(reading.missing).toEqual(missing);
  });

  it('a part put on a rival earns nothing and the reading says where it went', () => {
    const reading = readClaimParts(readText('Gold is append-only for replay.'), { keywords: [], subject: { of: ['bronze'], rivals: ['gold'] } }, parts.slice(1).concat(parts.slice(0, 1)));
    expect(reading.share).toBe(0);
    expect(reading.reading.misplaced?.subject).toBe('Gold');
  });

  it('without parts it is readClaim', () => {
    const read = readText('The checkpoint stores offsets.');
    expect(readClaimParts(read, { keywords: ['checkpoint'] }, undefined).reading).toEqual(readClaim(read, { keywords: ['checkpoint'] }));
  });
});

describe('bare lists and glosses', () => {
  it.each([
    ['Compaction (merges files), a longer trigger (fewer files), repartition (one file per partition).', false],
    ['Bronze (raw, append-only), silver (typed), gold (KPIs).', false],
    ['RF, acks (all), idempotence.', true],
    ['Settings: replication factor, idempotence.', true],
  ])('"%s" is a bare list: %s', (text, bare) => {
    expect(readBareLists(readText(text)).sentences[0]).toBe(bare);
  });

  it('a colon after an explaining sentence does not make the sentence a label', () => {
    expect(readBareLists(readText('Clear the new task for the runs (they already exist, so it reruns), or backfill over those dates: airflow dags backfill.')).sentences[0]).toBe(false);
  });
});

describe('a tool\'s scope is a limitation, not a refusal', () => {
  it.each(['Medallion does not cover ingestion.', 'It says nothing about ingestion.', 'The pattern does not decide ingestion.'])('"%s" affirms what is left out', (text) => {
    expect(readClaim(readText(text), { keywords: ['ingestion'] }).status).not.toBe('negated');
  });

  it('the learner refusing it is still a negation', () => {
    expect(readClaim(readText('We do not cover ingestion.'), { keywords: ['ingestion'] }).status).toBe('negated');
  });
});
