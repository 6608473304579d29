import { describe, expect, it } from 'vitest';
import { UNREAD_END_SHARE } from '../../../lib/diagram/score-diagram';
import { flowFinding, grade } from './fixtures';

/** What a flow earned, from its finding ("it earns X of Y"); its whole points when the finding is good. */
const earnedOf = (finding: ReturnType<typeof flowFinding>) => {
  if (finding.severity === 'good') return finding.points ?? 0;
  const match = /it earns ([\d.]+) of ([\d.]+)/.exec(finding.message);
  return match ? Number(match[1]) : 0;
};

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

describe('a fresh flow drawn up to a store nothing reads', () => {
  it('ride hailing: the path to the surge store earns its share; the missing reader costs the rest', () => {
    const result = grade('ride-hailing', {
      boxes: [
        { id: 'drv', label: 'Driver phones (GPS every 4 s)', col: 0, row: 0 },
        { id: 'gw', label: 'Ingest gateway', col: 1, row: 0 },
        { id: 'k', label: 'Kafka', col: 2, row: 0 },
        { id: 'fl', label: 'Flink (surge per hex)', col: 3, row: 0 },
        { id: 'redis', label: 'Redis surge', col: 4, row: 0 },
      ],
      arrows: [{ from: 'drv', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'redis' }],
    });
    const finding = flowFinding(result, 'location-path');
    expect(finding.message).toMatch(/nothing reads "Redis surge"/);
    const earned = earnedOf(finding);
    const whole = earned + (finding.points ?? 0);
    expect(earned).toBeGreaterThan(0);
    expect(earned).toBeCloseTo(whole * UNREAD_END_SHARE, 0);
  });
});
