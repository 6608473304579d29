import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade } from './fixtures';

// A right design drawn in pairs ("Kinesis + Flink", "Redshift + QuickSight"): each box holds two components of
// different stages, so an arrow into it does not say which of the pair it reaches. An interviewer docks a diagram
// drawn that way, and lets one such box pass as shorthand. Written for this kind, with a case, vendors and layout of
// their own (not the golden scenes); the interviewer's scores were written first.

/** Ride-hailing on AWS names; `paired` draws it with four boxes each holding two stages, else one box each. */
function ride(paired: boolean): SceneSpec {
  const boxes: SceneSpec['boxes'] = paired
    ? [
        { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
        { id: 'in', label: 'API Gateway + Kinesis\n(key driver_id)', col: 1, row: 0, width: 230 },
        { id: 'surge', label: 'Managed Flink + ElastiCache\n(H3 surge, 30 s)', col: 2, row: 0, width: 250 },
        { id: 'price', label: 'Pricing service', col: 3, row: 0 },
        { id: 'pg', label: 'RDS Postgres + Debezium', col: 0, row: 2, width: 230 },
        { id: 'lake', label: 'S3 Iceberg (pings 90 d)', col: 1, row: 2 },
        { id: 'batch', label: 'MWAA + Glue Spark\n(nightly)', col: 2, row: 2, width: 230 },
        { id: 'wh', label: 'Redshift + QuickSight\n(by 07:00)', col: 3, row: 2, width: 230 },
        { id: 'set', label: 'Settlement CSV', col: 0, row: 3 },
        { id: 'ops', label: 'DLQ, CloudWatch', col: 1, row: 1 },
      ]
    : [
        { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
        { id: 'in', label: 'API Gateway', col: 1, row: 0 },
        { id: 'k', label: 'Kinesis (key driver_id)', col: 2, row: 0 },
        { id: 'surge', label: 'Managed Flink\n(H3 surge, 30 s)', col: 3, row: 0 },
        { id: 'cache', label: 'ElastiCache Redis', col: 4, row: 0 },
        { id: 'price', label: 'Pricing service', col: 5, row: 0 },
        { id: 'pg', label: 'RDS Postgres', col: 0, row: 2 },
        { id: 'cdc', label: 'DMS CDC', col: 1, row: 2 },
        { id: 'lake', label: 'S3 Iceberg (pings 90 d)', col: 2, row: 2 },
        { id: 'batch', label: 'Glue Spark (nightly)', col: 3, row: 2 },
        { id: 'af', label: 'MWAA', col: 3, row: 3 },
        { id: 'wh', label: 'Redshift', col: 4, row: 2 },
        { id: 'bi', label: 'QuickSight (by 07:00)', col: 5, row: 2 },
        { id: 'set', label: 'Settlement CSV', col: 0, row: 3 },
        { id: 'ops', label: 'DLQ, CloudWatch', col: 1, row: 1 },
      ];
  const arrows: SceneSpec['arrows'] = paired
    ? [
        { from: 'apps', to: 'in' },
        { from: 'in', to: 'surge' },
        { from: 'surge', to: 'price' },
        { from: 'pg', to: 'in' },
        { from: 'in', to: 'lake' },
        { from: 'lake', to: 'batch' },
        { from: 'set', to: 'batch' },
        { from: 'batch', to: 'wh' },
        { from: 'in', to: 'ops', dashed: true },
      ]
    : [
        { from: 'apps', to: 'in' },
        { from: 'in', to: 'k' },
        { from: 'k', to: 'surge' },
        { from: 'surge', to: 'cache' },
        { from: 'cache', to: 'price' },
        { from: 'pg', to: 'cdc' },
        { from: 'cdc', to: 'k' },
        { from: 'k', to: 'lake' },
        { from: 'lake', to: 'batch' },
        { from: 'set', to: 'batch' },
        { from: 'af', to: 'batch', dashed: true },
        { from: 'batch', to: 'wh' },
        { from: 'wh', to: 'bi' },
        { from: 'k', to: 'ops', dashed: true },
      ];
  return { boxes, arrows };
}

describe('a diagram drawn in pairs of components', () => {
  it('docks a right design whose boxes each hold two stages (interviewer: 78, against 88 drawn one per box)', () => {
    const paired = grade('ride-hailing', ride(true));
    const single = grade('ride-hailing', ride(false));
    expect(codes(paired)).toContain('diagram.paired-boxes');
    expect(codes(single)).not.toContain('diagram.paired-boxes');
    expect(paired.score).toBeLessThanOrEqual(single.score - 6);
  });

  it('lets one paired box pass as shorthand ("Kafka + Flink" alone)', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'apps', label: 'Driver app', col: 0, row: 0 },
        { id: 'kf', label: 'Kafka + Flink', col: 1, row: 0 },
        { id: 'r', label: 'Redis surge', col: 2, row: 0 },
        { id: 'p', label: 'Pricing service', col: 3, row: 0 },
      ],
      arrows: [
        { from: 'apps', to: 'kf' },
        { from: 'kf', to: 'r' },
        { from: 'r', to: 'p' },
      ],
    };
    expect(codes(grade('ride-hailing', spec))).not.toContain('diagram.paired-boxes');
  });
});
