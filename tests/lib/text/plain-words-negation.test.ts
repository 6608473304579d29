import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';

// Kind: plain words read as negation. Turning off the wrong thing affirms the right practice; a
// negation ends where a new predicate starts; prose after "name:" is not the setting's value; a
// limitation of the method is not a refusal of it.

const manualCommit: ClaimSpec = { keywords: ['commit manually', 'commit by hand'], avoid: ['auto commit', 'enable.auto.commit'] };
const skipWrites: ClaimSpec = { keywords: ['write-through'], avoid: ['dual write', 'dual writes'] };
const idempotence: ClaimSpec = { keywords: ['idempotence', 'idempotent producer'], values: [{ key: 'enable.idempotence', oneOf: ['true', 'on'] }] };

describe('turning off what a claim avoids states the claim', () => {
  it.each([
    ['Turn off auto commit and commit after the insert.', manualCommit],
    ['We set enable.auto.commit=false.', manualCommit],
    ['No auto-commit here, ever.', manualCommit],
    ['Auto commit is disabled for this consumer.', manualCommit],
    ['Avoid dual writes from the service; the outbox table is read by CDC.', skipWrites],
  ])('"%s" is stated', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it.each([
    ['The service does dual writes to the database and Kafka.', skipWrites],
  ])('"%s" only names it', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('named');
  });

  it('reads keeping on what a claim avoids as the opposite of the claim, not a mention of it', () => {
    // "Keep auto commit on" is what the point says not to do: no credit, and a wrong target that quotes it.
    const reading = readClaim(readText('We keep auto commit on with the default interval.'), manualCommit);
    expect(reading.status).not.toBe('stated');
    expect(reading.wrongTarget?.said).toBe('keep auto commit on');
  });

  it('does not turn off what was turned off and then taken back', () => {
    expect(readClaim(readText('We do not turn off auto commit.'), manualCommit).status).toBe('named');
  });
});

describe("a negation's scope ends where a new predicate starts", () => {
  const restart: ClaimSpec = { keywords: ['restart'], assert: [['offsets']] };
  const write: ClaimSpec = { keywords: ['write the rows'] };
  it.each([
    ['We switch off the cache and restart from the committed offsets.', restart],
    ['Disable retries on the job and write the rows once per batch.', write],
    ['Skip the staging bucket and write the rows straight to the table.', write],
  ])('"%s" affirms what follows "and"', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it.each(['No checkpoint and no WAL.', 'We keep no checkpoint and replay nothing.'])('"%s" keeps a list negated', (text) => {
    expect(readClaim(readText(text), { keywords: ['checkpoint'] }).status).toBe('negated');
  });
});

describe('prose after a setting name is not its value', () => {
  it.each([
    ['On the producer I turn on idempotence: a retry reuses the sequence number, so the broker drops the copy.', 'stated'],
    ['Idempotence is important because retries happen after timeouts.', 'stated'],
    ['We enable idempotence; the producer id and sequence numbers let the broker drop a retried batch.', 'stated'],
  ])('"%s" reads as %s', (text, status) => {
    const reading = readClaim(readText(text), idempotence);
    expect(reading.status).toBe(status);
    expect(reading.wrongValue).toBeUndefined();
  });

  it.each([
    ['enable.idempotence=false', 'false'],
    ['idempotence is off', 'off'],
    ['acks: all', 'all'],
    ['isolation.level: read_committed', 'read_committed'],
  ])('"%s" still reads the value %s', (text, value) => {
    expect(readValues(readText(text)).map((item) => item.value)).toContain(value);
  });

  it('a wrong value after a colon still contradicts', () => {
    expect(readClaim(readText('Producer settings: idempotence: false.'), idempotence).wrongValue?.value).toBe('false');
  });
});

describe("a method's limitation is not a refusal of it", () => {
  const leftOver: ClaimSpec = { keywords: ['ingestion', 'serving', 'scheduling', 'access control'] };
  it.each([
    "It's a naming convention; it doesn't tell you how ingestion works or who gets access control.",
    'The layering does not say how serving is done.',
    'Medallion does not specify scheduling or serving.',
    'The pattern doesn\'t define access control.',
  ])('"%s" is not negated', (text) => {
    expect(readClaim(readText(text), leftOver).status).not.toBe('negated');
  });

  it('the learner refusing it stays negated', () => {
    expect(readClaim(readText('We do not tell anyone about access control.'), leftOver).status).toBe('negated');
  });
});
