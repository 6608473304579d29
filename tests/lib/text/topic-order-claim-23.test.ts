import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readMechanismClaims } from '../../../lib/text/mechanism-claims';

// Own wordings of the round-21 kind: "Kafka keeps order across the whole topic" is wrong wherever it sits.
const ids = (text: string) => readMechanismClaims(readText(text)).map((hit) => hit.claim.id);

describe('a topic-wide order claimed for Kafka is a wrong mechanism claim', () => {
  it.each([
    'The brokers guarantee ordering across all partitions of the topic, so consumers always see trips in sequence.',
    'Kafka orders the events globally, so I can raise the partition count later without any effect.',
    'Ordering is kept across the entire topic by the log itself.',
  ])('fires: %s', (text) => {
    expect(ids(text)).toContain('topic-wide-order');
  });

  it.each([
    'Kafka only keeps order within a partition, never across the topic.',
    'There is no global order in Kafka, so we key by account id.',
    'A total order over all accounts would need a single partition, which caps throughput.',
    'We need a global order of ledger postings, so that topic has one partition.',
  ])('does not fire: %s', (text) => {
    expect(ids(text)).not.toContain('topic-wide-order');
  });
});
