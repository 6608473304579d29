import { describe, expect, it } from 'vitest';
import { flowFinding, grade } from './fixtures';

describe('a job writing into the store of another flow is that flow, not a wrong store for this one', () => {
  it('ecommerce: Flink keeps stock counters in Redis for the ops API, and forgets its arrow into the bronze bucket', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [
        { id: 'clicks', label: 'Web + app click events', col: 0, row: 0 },
        { id: 'k', label: 'Kafka topics', col: 1, row: 0 },
        { id: 'fl', label: 'Flink job (stock per SKU)', col: 2, row: 0 },
        { id: 'redis', label: 'Stock counters (Redis)', col: 3, row: 0 },
        { id: 'api', label: 'Ops stock API', col: 4, row: 0 },
        { id: 'bronze', label: 'Bronze bucket (S3)', col: 3, row: 2 },
        { id: 'sb', label: 'Spark batch', col: 4, row: 2 },
        { id: 'wh', label: 'BigQuery', col: 5, row: 2 },
        { id: 'bi', label: 'Looker', col: 6, row: 2 },
      ],
      arrows: [
        { from: 'clicks', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'redis' }, { from: 'redis', to: 'api' },
        { from: 'bronze', to: 'sb' }, { from: 'sb', to: 'wh' }, { from: 'wh', to: 'bi' },
      ],
    });
    expect(flowFinding(result, 'live-stock-path').severity).toBe('good');
    const lake = flowFinding(result, 'stream-path');
    expect(lake.message).not.toMatch(/where the flow needs/);
    expect(lake.message).toMatch(/nothing carries data from "Flink job \(stock per SKU\)" to "Bronze bucket \(S3\)"/);
  });

  it('ecommerce: for the fresh stock flow, stock kept in the lake (the lake flow\'s store) is still a wrong store', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [
        { id: 'clicks', label: 'Clickstream (web + app)', col: 0, row: 0 },
        { id: 'k', label: 'Kafka', col: 1, row: 0 },
        { id: 'ss', label: 'Spark Structured Streaming', col: 2, row: 0 },
        { id: 'lake', label: 'Delta lake on S3 (stock + events)', col: 3, row: 0 },
        { id: 'redis', label: 'Redis', col: 3, row: 2 },
        { id: 'api', label: 'Stock lookup API', col: 4, row: 2 },
      ],
      arrows: [{ from: 'clicks', to: 'k' }, { from: 'k', to: 'ss' }, { from: 'ss', to: 'lake' }, { from: 'redis', to: 'api' }],
    });
    expect(flowFinding(result, 'stream-path').severity).toBe('good');
    expect(flowFinding(result, 'live-stock-path').message).toMatch(/where the flow needs/);
  });

  it('card payments: a job whose only store is a warehouse no other flow reaches that way is still a wrong store', () => {
    const result = grade('card-payments', {
      boxes: [
        { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
        { id: 'k', label: 'Kafka (auth events)', col: 1, row: 0 },
        { id: 'fl', label: 'Flink velocity', col: 2, row: 0 },
        { id: 'wh', label: 'Redshift (velocity features)', col: 3, row: 0 },
        { id: 'redis', label: 'Redis', col: 3, row: 2 },
        { id: 'api', label: 'Fraud scoring API', col: 4, row: 2 },
      ],
      arrows: [{ from: 'sw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'wh' }, { from: 'redis', to: 'api' }],
    });
    expect(flowFinding(result, 'feature-path').message).toMatch(/where the flow needs/);
  });
});
