import { describe, expect, it } from 'vitest';
import { arrowLinks, chainNameKey } from '@/lib/text/arrow-chain';

describe('arrowLinks: chains written with arrow marks', () => {
  it('reads each mark style as a link in reading order', () => {
    expect(arrowLinks('sensors → MQTT broker => Kinesis --> Lambda')).toEqual([
      { from: 'sensors', to: 'MQTT broker' },
      { from: 'MQTT broker', to: 'Kinesis' },
      { from: 'Kinesis', to: 'Lambda' },
    ]);
  });

  it('turns a backward mark around and starts a new chain after a semicolon', () => {
    expect(arrowLinks('Druid <- Kinesis ; orders DB -> Fivetran')).toEqual([
      { from: 'Kinesis', to: 'Druid' },
      { from: 'orders DB', to: 'Fivetran' },
    ]);
  });

  it('leaves marks inside brackets to the aside', () => {
    expect(arrowLinks('Beam job (parse -> enrich -> window) -> Bigtable')).toEqual([{ from: 'Beam job (parse -> enrich -> window)', to: 'Bigtable' }]);
  });

  it('links nothing without words on both sides, and nothing in plain prose', () => {
    expect(arrowLinks('-> BigQuery')).toEqual([]);
    expect(arrowLinks('We land the exports in GCS every night.')).toEqual([]);
    expect(arrowLinks('a 5-min window, key=device_id')).toEqual([]);
  });
});

describe('chainNameKey', () => {
  it('sets brackets and case aside so repeated names meet', () => {
    expect(chainNameKey('Kinesis (shard per site)')).toBe(chainNameKey('kinesis'));
    expect(chainNameKey('Pub/Sub')).toBe('pub sub');
  });
});
