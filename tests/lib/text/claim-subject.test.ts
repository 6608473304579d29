import { describe, expect, it } from 'vitest';
import { attachedSubject } from '../../../lib/text/claim-subject';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';

/** The subject the first occurrence of `term` is attached to, or "-" when the clause names none. */
function subjectOf(text: string, term: string): string {
  const read = readText(text);
  const hit = findPhrases(read, [{ id: 'term', phrases: [term] }])[0];
  if (!hit) throw new Error(`"${term}" not found in "${text}"`);
  return attachedSubject(read, hit.from, hit.to)?.text ?? '-';
}

describe('which noun phrase a term is attached to', () => {
  it.each([
    // X on/for/to/in Y, with linking words between.
    ['We apply SCD type 2 on the warehouse dimension so stock history is kept.', 'scd', 'warehouse dimension'],
    ['Enable Object Lock for the Cassandra cluster.', 'object lock', 'Cassandra cluster'],
    ['Lifecycle rules go on the orders topic.', 'lifecycle', 'orders topic'],
    ['Put the retention policy into the Postgres database.', 'retention policy', 'Postgres database'],
    // A copula, both ways.
    ['The partition key is the merchant id.', 'partition key', 'merchant id'],
    ['The store table is the fact table.', 'fact table', 'store table'],
    // "Y as X" and its destination.
    ['We use the account number as the message key.', 'message key', 'account number'],
    ['Closed months are exported as Parquet into the archive bucket.', 'parquet', 'archive bucket'],
    // A term ending in per/by, and key(ed) by.
    ['One row per store per week.', 'one row per', 'store per week'],
    ['Messages are keyed by the terminal id.', 'key', 'terminal id'],
    // A verb's object, with or without "with".
    ['Encrypt the Spark job with KMS.', 'encrypt', 'Spark job'],
    ['Encrypt the Spark job with KMS.', 'kms', 'Spark job'],
    // A noun before a head noun.
    ['History lives in the product dimension.', 'dimension', 'product'],
  ])('"%s": %s is about %s', (text, term, subject) => {
    expect(subjectOf(text, term)).toBe(subject);
  });

  it.each([
    ['Object Lock for compliance, so nobody can delete.', 'object lock'],
    ['Lifecycle rules to move old objects to Glacier after a year.', 'lifecycle'],
    ['Encryption with our own keys and audited access.', 'encryption'],
    ['Data is Parquet, partitioned by day.', 'parquet'],
    ['We keep everything in Parquet.', 'parquet'],
  ])('"%s": %s is attached to nothing', (text, term) => {
    expect(subjectOf(text, term)).toBe('-');
  });

  it('never throws on odd input', () => {
    const read = readText('');
    expect(attachedSubject(read, 0, 0)).toBeUndefined();
    expect(attachedSubject(readText('key'), 5, 9)).toBeUndefined();
  });
});

describe('a claim is earned only on its own subject', () => {
  const scd: ClaimSpec = { keywords: ['scd', 'type 2', 'slowly changing'], assert: [['history', 'new row', 'version']], subject: { of: ['customer', 'product', 'dim_customer'] } };
  const lock: ClaimSpec = { keywords: ['object lock', 'worm', 'retention lock'], subject: { of: ['bucket', 's3', 'archive', 'lake'] } };
  const key: ClaimSpec = { keywords: ['partition key', 'message key', 'key', 'account id'], assert: [['account', 'order', 'same partition']], subject: { of: ['account', 'account id', 'key', 'partition key'] } };

  it.each([
    ['SCD type 2 on the customer dimension keeps history with a new row per change.', scd],
    ['dim_customer is SCD type 2, so every change adds a new row with its history.', scd],
    ['Slowly changing type 2 keeps a new row for each version.', scd],
    ['Object Lock on the archive bucket in compliance mode.', lock],
    ['Turn on WORM for the S3 bucket.', lock],
    ['Object Lock, so nobody can delete a record for seven years.', lock],
    ['The partition key is the account id, so an account stays in the same partition.', key],
    ['Keyed by account so its events stay in order in the same partition.', key],
  ])('"%s" earns it', (text, spec) => {
    const reading = readClaim(readText(text), spec);
    expect(reading.status === 'stated' || reading.status === 'named').toBe(true);
    expect(reading.misplaced).toBeUndefined();
  });

  it.each([
    ['SCD type 2 goes on the calendar dimension so weekdays keep a new row of history.', scd, 'calendar dimension'],
    ['Put slowly changing type 2 on the currency table to keep history.', scd, 'currency table'],
    ['Enable Object Lock for the Elasticsearch cluster.', lock, 'Elasticsearch cluster'],
    ['Use WORM on the Kafka topic so nothing changes.', lock, 'Kafka topic'],
    ['We use the merchant id as the partition key so a merchant is in order.', key, 'merchant id'],
    ['The account id goes in the message value; the key is the region for order.', key, 'message value'],
  ])('"%s" attaches it elsewhere', (text, spec, subject) => {
    const reading = readClaim(readText(text), spec);
    expect(reading.status).toBe('missing');
    expect(reading.misplaced?.subject).toBe(subject);
  });

  it('a right occurrence wins over a misplaced one', () => {
    const reading = readClaim(readText('dim_date is type 1. dim_customer is SCD type 2 and keeps history with a new row per change.'), scd);
    expect(reading.status).toBe('stated');
    expect(reading.misplaced).toBeUndefined();
  });

  it('a required subject makes a wrong claim fire only when attached to it', () => {
    const factIsDimension: ClaimSpec = { keywords: ['fact table'], subject: { of: ['product table', 'customer table'], required: true }, scope: 'clause' };
    expect(readClaim(readText('The product table is the fact table.'), factIsDimension).status).toBe('stated');
    expect(readClaim(readText('The fact table joins the product table and the customer table.'), factIsDimension).status).toBe('missing');
    expect(readClaim(readText('The fact table holds order lines.'), factIsDimension).status).toBe('missing');
  });
});
