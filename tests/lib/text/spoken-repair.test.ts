import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readCommitment, weighedClauses } from '../../../lib/text/commitment';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';

// Inputs written for these tests, each with what an interviewer reads in it decided before the reader ran: a spoken
// repair replaces the words just before it, the reason a rejected option fails is reasoning about that option, and a
// possibility turned down for another is a weighed choice (lib/text/retraction.ts, rejected-option.ts, commitment.ts).

const acksOne: ClaimSpec = { keywords: ['acks'], values: [{ key: 'acks', oneOf: [0, 1] }] };
const affirmedAcks = (text: string) =>
  readValues(readText(text))
    .filter((value) => value.key === 'acks' && value.polarity === 'affirmed')
    .map((value) => String(value.value));
// The claim holds when stated with no value that fails it (acks=all beside it is the value that fails "acks=1").
const claimsAcksOne = (text: string) => {
  const reading = readClaim(readText(text), acksOne);
  return ['stated', 'hedged'].includes(reading.status) && reading.wrongValue === undefined;
};

describe('a spoken repair withdraws only the words it replaces', () => {
  it.each([
    // The repaired setting is gone, the replacement and what came before it stand.
    ['Kafka with replication factor 3, acks=1, no wait, acks=all.', 'acks=1'],
    ['Three brokers, make that five brokers, so two can fail.', 'Three brokers'],
    ['We compact the table daily, or rather hourly, so readers see small files for an hour at most.', 'daily'],
    ['The producer uses acks=0, sorry, I mean acks=all, with min.insync.replicas=2.', 'acks=0'],
    ['Retention of 3 days, wait no, 7 days, so a week of replay.', '3 days'],
  ])('"%s" takes back "%s" only', (text, repaired) => {
    const read = readText(text);
    const withdrawn = read.tokens.filter((token, index) => token.kind === 'word' && read.retracted[index]).map((token) => text.slice(token.start, token.end));
    expect(withdrawn.join(' ')).toBe(repaired.split(/[=\s]+/).join(' '));
  });

  it('keeps the settings before the repaired one ("RF 3, acks=1, no wait, acks=all")', () => {
    const read = readText('Replication factor 3, acks=1, no wait, acks=all.');
    const found = findPhrases(read, [{ id: 'rf', phrases: ['replication factor'] }]);
    expect(found.map((hit) => hit.retracted)).toEqual([false]);
    expect(affirmedAcks('Replication factor 3, acks=1, no wait, acks=all.')).toEqual(['all']);
  });

  it.each([
    // "I mean" that goes on to explain is a filler, not a repair.
    'Replication factor 3, I mean that is the default for production anyway.',
    'Replication factor 3, I mean, it is what everyone runs.',
    // "sorry" alone adds a question, it takes nothing back.
    'How many authorisations a day, and, sorry, how many ledger rows does each one make?',
    // Not set apart: part of the sentence.
    'Make that table partitioned by day.',
  ])('"%s" takes nothing back', (text) => {
    expect(readText(text).retracted.includes(true)).toBe(false);
  });
});

describe('the reason a rejected option fails is not a claim of that option', () => {
  it.each([
    'Producer acks equals one, no wait, I mean acks=all, because with acks one the leader answers alone and if it dies before the followers copy it the event is gone.',
    'acks=1, no wait, acks=all, since with acks=1 a leader crash before replication loses the write.',
    'We set acks=all rather than acks=1, because with acks=1 an acknowledged event is lost when the leader dies.',
  ])('"%s" claims acks=all only', (text) => {
    expect(claimsAcksOne(text)).toBe(false);
  });

  it.each([
    // The last word wins: the learner took acks=all back and claims acks=1 with a wrong reason.
    ['We will use acks=all. Actually no, skip that, acks=1 is enough because the followers copy it anyway.'],
    // A plain choice of acks=1 with its cost stated is still a choice of acks=1.
    ['We use acks=1 for throughput; with acks=1 a few clicks are lost if a leader dies, which is fine for analytics.'],
  ])('"%s" still claims acks=1', (text) => {
    expect(claimsAcksOne(text)).toBe(true);
  });

  it('a later denial of an earlier claim still withdraws it ("we use a checkpoint ... actually we don\'t need one")', () => {
    const read = readText('We use a checkpoint on S3 so a restart resumes. Actually we don\'t need one.');
    const found = findPhrases(read, [{ id: 'checkpoint', phrases: ['checkpoint'] }]);
    expect(found.every((hit) => hit.retracted || hit.polarity === 'negated')).toBe(true);
  });
});

describe('weighing an alternative is a choice, not a contradiction or an offer', () => {
  it('a possibility turned down for another is weighed, and the sentence commits', () => {
    const read = readText('We could use acks=1 for speed, but the case says never lose a reading, so acks=all.');
    expect(weighedClauses(read)[0]).toBe(true);
    expect(readCommitment(read).sentences[0]?.verdict).toBe('committed');
  });

  it('a possibility followed by another possibility weighs nothing', () => {
    const read = readText('We could use Kafka, but we could also use Kinesis, so it depends on the team.');
    expect(weighedClauses(read)[0]).toBe(false);
    expect(readCommitment(read).sentences[0]?.verdict).toBe('offered');
  });

  it('"rather than X - <reason>" sets aside X only, not the reason after the dash', () => {
    const read = readText('I would keep the static rules as the fallback path rather than replace them - a model without a fallback turns a scoring outage into declined cards.');
    const scoring = findPhrases(read, [{ id: 'scoring', phrases: ['scoring'] }]);
    expect(scoring.map((hit) => hit.polarity)).toEqual(['affirmed']);
    const replace = findPhrases(read, [{ id: 'replace', phrases: ['replace'] }]);
    expect(replace.map((hit) => hit.polarity)).toEqual(['negated']);
  });

  it('"without X" negates its noun phrase, not the verb and object after it', () => {
    const read = readText('A consumer without a dead-letter topic drops the bad records on the floor.');
    expect(findPhrases(read, [{ id: 'dlt', phrases: ['dead-letter topic'] }]).map((hit) => hit.polarity)).toEqual(['negated']);
    expect(findPhrases(read, [{ id: 'records', phrases: ['bad records'] }]).map((hit) => hit.polarity)).toEqual(['affirmed']);
  });

  it('"without X" still negates a list of what goes without', () => {
    const read = readText('We load it without retries or dead letters.');
    expect(findPhrases(read, [{ id: 'retries', phrases: ['retries'] }]).map((hit) => hit.polarity)).toEqual(['negated']);
  });
});
