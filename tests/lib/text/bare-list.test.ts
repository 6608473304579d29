import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readText } from '../../../lib/text/read-text';

const whole = (text: string) => readBareLists(readText(text)).whole;

describe('bare lists', () => {
  it('reads a comma list whose terms end in a noun in -ing as a list', () => {
    expect(whole('erasure, crypto shredding, merge')).toBe(true);
    expect(whole('event sourcing, stream processing, checkpointing')).toBe(true);
    expect(whole('Kafka / change data capturing / Spark')).toBe(true);
  });

  it('reads a long list holding one multi-word term with small words as a list', () => {
    expect(whole('GDPR, erasure, delete, merge, crypto shredding, pseudonymise, right to be forgotten')).toBe(true);
    expect(whole('acks, idempotence, exactly once, replication factor, min ISR, retries')).toBe(true);
  });

  it('does not read explaining sentences or lists with two explaining items as lists', () => {
    expect(whole('Spark reading Kafka writes to Delta')).toBe(false);
    expect(whole('We use Kafka, Spark, Delta, it works')).toBe(false);
    expect(whole('Kafka, Spark, Delta, it stores the data, it replays on failure')).toBe(false);
    expect(whole('Deleting the key erases every copy, so the data is gone.')).toBe(false);
  });
});

describe('items that come with their attributes or reasons', () => {
  it('tables listed with their columns are not a bare list, even with one item left without', () => {
    expect(whole('dim_time (hour, shift, day), dim_machine (line, plant, model), dim_sensor / gateway.')).toBe(false);
    expect(whole('bronze (raw, append-only), silver (typed, deduplicated), gold (daily aggregates)')).toBe(false);
  });

  it('one gloss in a list of bare terms leaves it a list', () => {
    expect(whole('acks (all), idempotence, retries, replication factor')).toBe(true);
    expect(whole('Kafka, Spark (streaming), Delta, Airflow')).toBe(true);
  });
});
