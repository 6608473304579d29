import { describe, expect, it } from 'vitest';
import { arguesOnlyCost, deniesOnlyCost, readCostReasons } from '../../../lib/text/cost-reason';
import { readOverBuilt } from '../../../lib/text/over-built';
import { readText } from '../../../lib/text/read-text';
import { isHistoryProduct, servesPerRequest } from '../../../lib/text/request-serving';
import { deniedOnlyUntil } from '../../../lib/text/time-bounded-denial';

/** The token span of the first occurrence of `word` in `text`, read as the engines read it. */
function spanOf(text: string, word: string) {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === word);
  return { read, from, to: from + 1 };
}

describe('reasons argued by cost alone', () => {
  it('reads each sentence argued only by price, whatever the cost word', () => {
    const reason = 'BigQuery since we only pay for the bytes scanned. Pub/Sub is cheap at this volume. No Flink cluster, so no idle spend.';
    expect(readCostReasons(reason).costOnly).toHaveLength(3);
    expect(arguesOnlyCost(reason)).toHaveLength(3);
  });

  it('a cost beside the need it still meets is argued', () => {
    const reason = 'Hourly Dataflow batches cost a fraction of a streaming job and are fresh enough for the hourly OEE. Cold storage is cheapest for the 7 years of audit the regulator requires.';
    expect(readCostReasons(reason)).toEqual({ costOnly: [], argued: 2 });
    expect(arguesOnlyCost(reason)).toBeUndefined();
  });

  it('one cost remark among reasons tied to requirements is not a design argued on price', () => {
    const reason = 'Scores need 50 ms, so features live in Redis. The nightly ledger export is cheaper as files.';
    expect(arguesOnlyCost(reason)).toBeUndefined();
  });

  it('a product name that contains a speed word is not a requirement ("QuickSight", "Fastly")', () => {
    expect(arguesOnlyCost('QuickSight because per-user pricing costs less. Fastly in front because its bill is predictable.')).toHaveLength(2);
  });

  it('a latency budget is a requirement, not a price', () => {
    expect(readCostReasons('The model answers inside a 100 ms budget because it reads precomputed features.').costOnly).toEqual([]);
  });
});

describe('a negation of paying for a thing', () => {
  it('"we never pay for idle capacity" denies the paying, not the capacity', () => {
    const { read, from, to } = spanOf('DynamoDB on-demand, so we never pay for idle capacity', 'capacity');
    expect(deniesOnlyCost(read, from, to)).toBe(true);
  });

  it('"no licence fees for the dashboards" keeps the dashboards', () => {
    const { read, from, to } = spanOf('Superset, so no licence fees for the dashboards', 'dashboards');
    expect(deniesOnlyCost(read, from, to)).toBe(true);
  });

  it('"no dashboards, which saves money" still denies the dashboards', () => {
    const { read, from, to } = spanOf('no dashboards, which saves money', 'dashboards');
    expect(deniesOnlyCost(read, from, to)).toBe(false);
  });
});

describe('a denial bounded by a time of the working day', () => {
  it('"nobody looks at the readmission report until the month closes" is a tolerance', () => {
    const { read, from, to } = spanOf('nobody looks at the readmission report until the month closes', 'report');
    expect(deniedOnlyUntil(read, from, to)).toBe(true);
  });

  it('"the planners never open the forecast before 7am" is a tolerance', () => {
    const { read, from, to } = spanOf('the planners never open the forecast before 7am', 'forecast');
    expect(deniedOnlyUntil(read, from, to)).toBe(true);
  });

  it('"no forecast until the next release" defers the thing and stays a denial', () => {
    const { read, from, to } = spanOf('no forecast until the next release', 'forecast');
    expect(deniedOnlyUntil(read, from, to)).toBe(false);
  });

  it('"nobody reads the forecast" without a time stays a denial', () => {
    const { read, from, to } = spanOf('nobody reads the forecast', 'forecast');
    expect(deniedOnlyUntil(read, from, to)).toBe(false);
  });
});

describe('stores that serve one request at a time', () => {
  it('an endpoint, an online store or a key-value store with no history serves per request', () => {
    expect(servesPerRequest('personalisation endpoint backed by an online store')).toBe(true);
    expect(servesPerRequest('next-best-offer lookups in Aerospike')).toBe(true);
  });

  it('a store that keeps history read in bulk does not, even behind an API', () => {
    expect(servesPerRequest('Feast offline store')).toBe(false);
    expect(servesPerRequest('seven years of claims history in Iceberg, read through a SQL API')).toBe(false);
    expect(servesPerRequest('')).toBe(false);
  });

  it('an output named as history, datasets or extracts is a history product', () => {
    expect(isHistoryProduct('Historical claims datasets for actuaries')).toBe(true);
    expect(isHistoryProduct('De-identified cohort extracts')).toBe(true);
    expect(isHistoryProduct('Live stock board')).toBe(false);
  });
});

describe('a model served per request that the case does not ask for', () => {
  it('is over-built in a case whose facts never name it', () => {
    const parts = readOverBuilt(['an inference endpoint on SageMaker for churn scores'], 'Nightly sales marts for analysts; stock every five minutes.');
    expect(parts.map((part) => part.part)).toContain('model-serving');
  });

  it('is needed where the case names a scoring service', () => {
    const parts = readOverBuilt(['a scoring service reading features from Redis'], 'The switch calls a fraud scoring service inside the authorisation.');
    expect(parts.map((part) => part.part)).not.toContain('model-serving');
  });
});
