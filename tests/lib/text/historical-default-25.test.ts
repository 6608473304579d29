import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readWrongDefaults } from '../../../lib/text/cited-default';

const wrong = (text: string) => readWrongDefaults(readText(text)).map((hit) => hit.id);

// A default word is about the setting named in its own clause, and an older version's default is history, not a
// claim about today's (kind: cited-default over-reach).
describe('cited defaults: whose default, and which version', () => {
  it('an older version default of another setting does not count against min.insync.replicas named later', () => {
    expect(wrong('Prior to Kafka 3.0 the default was acks=1; today the topic uses min.insync.replicas=2.')).toEqual([]);
    expect(wrong('Older clients default to acks=1, and on the broker we run min ISR 2 with RF 3.')).toEqual([]);
  });

  it('a default value given to another setting in its own clause is not read as min ISR', () => {
    expect(wrong('The consumer default is auto.offset.reset=latest, while min.insync.replicas is 2 on our topics.')).toEqual([]);
  });

  it('a wrong default of today is still caught, in its own clause or after a relative word', () => {
    expect(wrong('We rely on min.insync.replicas, whose default is 2.')).toEqual(['min-insync-replicas']);
    expect(wrong('Out of the box the broker default for min.insync.replicas is 2.')).toEqual(['min-insync-replicas']);
    expect(wrong('Spark has a default watermark of 10 minutes.')).toEqual(['spark-watermark']);
  });
});
