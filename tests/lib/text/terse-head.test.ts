import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const bare = (text: string) => readBareLists(readText(text));

// Expected readings decided before running: an interviewer reads a lone term that the next sentence explains as a
// heading ("Redis." then how it is used), and a written-out table as a definition; a run of terms stays a list.
describe('a lone term heading an explained sentence is not a bare list', () => {
  it('reads "Redis." before a sentence that explains it as a heading', () => {
    const reading = bare("Redis. Each driver's latest position is a key, overwritten on every ping.");
    expect(reading.sentences).toEqual([false, false]);
    expect(reading.heads).toEqual([true, false]);
    expect(reading.whole).toBe(false);
  });

  it('reads a colon definition ("Key: machine_id.") before its explanation as a heading', () => {
    expect(bare('Key: machine_id. All 20 sensors of a machine land on one partition, in order.').heads).toEqual([true, false]);
  });

  it('keeps a lone term alone, a run of terms, and a term before a short sentence as lists', () => {
    expect(bare('Redis.').whole).toBe(true);
    expect(bare('Redis. TTL. Geo index. We use them for the live positions.').sentences.slice(0, 3)).toEqual([true, true, true]);
    expect(bare('Redis. We use it.').sentences[0]).toBe(true);
    expect(bare('Replication factor 3. We turn acks down to 1 because it is faster.').sentences[0]).toBe(true);
    expect(bare('Kafka, Spark, Redis. Each one is chosen for the job it does best.').sentences[0]).toBe(true);
  });
});

describe('the explanation after a heading belongs to it', () => {
  // What must be said about the key is what it does (one partition, in order), not the column it names.
  const key = { keywords: ['machine id', 'key'], assert: [['one partition', 'in order', 'single task']] };

  it('states the key point when the next sentence says what the key does', () => {
    const read = readText("Key: machine_id. All 20 sensors of a machine land on one partition, in order, so the alert job's state lives in a single task.");
    expect(readClaim(read, key).status).toBe('stated');
  });

  it('does not reach past the next sentence or into a sentence that says something else', () => {
    expect(readClaim(readText('Key: machine_id. Producers batch with linger.ms=20 and compress with zstd. Each machine stays on one partition.'), key).status).not.toBe('stated');
    expect(readClaim(readText('We use Kafka with machine_id. All 20 sensors of a machine land on one partition, in order.'), key).status).not.toBe('stated');
  });

  it('earns a store point for "Redis." that heads how the store is used', () => {
    expect(readClaim(readText("Redis. Each driver's latest position is a key, overwritten on every ping."), { keywords: ['redis'] }).status).toBe('stated');
    expect(readClaim(readText('Redis.'), { keywords: ['redis'] }).status).toBe('listed');
  });
});

describe('a table written out defines its columns', () => {
  const signature = 'fact_sales(date_key, customer_key, product_key, quantity, net_amount)';

  it('reads a signature and its example row as a definition in an explained answer', () => {
    const reading = bare(`The grain is one row per order line, so an order of three products is three rows.\n${signature}\nexample row: (20261130, 884, 12031, 2, 53.98)`);
    expect(reading.sentences).toEqual([false, false, false]);
  });

  it('keeps a signature alone, or a name with two columns, as a list', () => {
    expect(bare(signature).whole).toBe(true);
    expect(bare('The grain is one row per order line, so each product has its own row.\nfact_sales(quantity, amount)').sentences[1]).toBe(true);
  });
});
