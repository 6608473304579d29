import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { kindsBox as box, pairsGraph as graphOf } from './fixtures';

// A flow drawn right but for one arrow: most of the flow is earned for the drawn arrows on both sides of
// the gap, and the finding names the two boxes to connect. Own scenes in several cases.

const flowOf = (graph: DiagramGraph, slug: string, id: string) => scoreDiagram(graph, loadCase(slug).rubric).findings.find((f) => f.code === `diagram.flow.${id}`)!;
/** The flow's full points: the same boxes with the missing arrow drawn. */
const fullPoints = (components: DiagramComponent[], edges: [string, string][], slug: string, id: string) => {
  const finding = flowOf(graphOf(components, edges), slug, id);
  expect(finding.severity).toBe('good');
  return finding.points;
};

const cases: { name: string; slug: string; flow: string; boxes: DiagramComponent[]; drawn: [string, string][]; missing: [string, string]; says: string; share: [number, number] }[] = [
  {
    name: 'ride-hailing: pings reach the surge job, but the surge job writes nowhere',
    slug: 'ride-hailing',
    flow: 'location-path',
    boxes: [box('app', 'app_service', 'Driver app'), box('gw', 'api_gateway', 'API Gateway'), box('kin', 'kafka', 'Kinesis'), box('flink', 'flink', 'Managed Flink'), box('redis', 'cache', 'ElastiCache'), box('api', 'serving_api', 'Surge API')],
    drawn: [
      ['app', 'gw'],
      ['gw', 'kin'],
      ['kin', 'flink'],
      // Who reads the live state: a store nothing reads serves no use case.
      ['redis', 'api'],
    ],
    missing: ['flink', 'redis'],
    says: 'nothing carries data from "Managed Flink" to "ElastiCache"',
    share: [0.55, 0.65],
  },
  {
    name: 'card-payments: the switch publishes to Kafka and the stream job writes features, but Kafka does not feed the job',
    slug: 'card-payments',
    flow: 'feature-path',
    boxes: [box('switch', 'app_service', 'Auth switch'), box('kafka', 'kafka', 'Confluent Kafka'), box('flink', 'flink', 'Flink velocity'), box('redis', 'feature_store', 'Feast online'), box('api', 'serving_api', 'Scoring API')],
    drawn: [
      ['switch', 'kafka'],
      ['flink', 'redis'],
      ['redis', 'api'],
    ],
    missing: ['kafka', 'flink'],
    says: 'nothing carries data from "Confluent Kafka" to "Flink velocity"',
    share: [0.5, 0.6],
  },
  {
    name: 'e-commerce: the database feeds Debezium, Debezium draws no arrow to the stream',
    slug: 'ecommerce-data-platform',
    flow: 'cdc-path',
    boxes: [box('pg', 'oltp_database', 'Orders MySQL'), box('deb', 'cdc', 'Debezium'), box('kafka', 'kafka', 'Redpanda')],
    drawn: [['pg', 'deb']],
    missing: ['deb', 'kafka'],
    says: 'nothing carries data from "Debezium" to "Redpanda"',
    share: [0.35, 0.45],
  },
  {
    name: 'iot: sensors stream into Kafka and a job pages the technicians, but the stream is not read by it',
    slug: 'iot-telemetry',
    flow: 'alert-path',
    boxes: [box('sensors', 'iot_devices', 'Spindle sensors'), box('edge', 'api_gateway', 'MQTT broker'), box('kafka', 'kafka', 'Event Hubs'), box('asa', 'stream_processor', 'Stream Analytics'), box('alert', 'app_service', 'Pager service')],
    drawn: [
      ['sensors', 'edge'],
      ['edge', 'kafka'],
      ['asa', 'alert'],
    ],
    missing: ['kafka', 'asa'],
    says: 'nothing carries data from "Event Hubs" to "Stream Analytics"',
    share: [0.55, 0.65],
  },
];

describe('a flow drawn right but for one arrow', () => {
  it.each(cases)('$name: most of the flow, naming the two boxes to connect', ({ slug, flow, boxes, drawn, missing, says, share }) => {
    const full = fullPoints(boxes, [...drawn, missing], slug, flow);
    const finding = flowOf(graphOf(boxes, drawn), slug, flow);
    expect(finding.severity).toBe('missing');
    expect(finding.message).toContain(says);
    expect(finding.message).toContain(`Draw the arrow from "${boxes.find((b) => b.id === missing[0])!.label}" to "${boxes.find((b) => b.id === missing[1])!.label}"`);
    const earned = full - finding.points;
    expect(earned / full).toBeGreaterThanOrEqual(share[0]);
    expect(earned / full).toBeLessThanOrEqual(share[1]);
    for (const id of missing) expect(finding.refs).toContain(id);
  });

  it('credits the hops past the gap: more drawn arrows on either side earn more', () => {
    const { slug, flow, boxes } = cases[0]!;
    const short = flowOf(graphOf(boxes, [['app', 'gw'], ['gw', 'kin']]), slug, flow);
    const long = flowOf(graphOf(boxes, cases[0]!.drawn), slug, flow);
    expect(long.points).toBeLessThan(short.points);
  });

  it('names an arrow drawn the wrong way between the two boxes', () => {
    const { slug, flow, boxes } = cases[1]!;
    const finding = flowOf(graphOf(boxes, [['switch', 'kafka'], ['flink', 'kafka'], ['flink', 'redis']]), slug, flow);
    expect(finding.message).toContain('the arrows between "Confluent Kafka" and "Flink velocity" point the wrong way');
    expect(finding.message).toContain('Turn the arrow round');
    expect(finding.refs).toContain('flink->kafka');
  });

  it('reads no gap through a store, an API or a dead letter queue on the way (that route is not the flow)', () => {
    const boxes = [box('app', 'app_service', 'Rider app'), box('kafka', 'kafka', 'Kafka'), box('s3', 'object_store', 'S3 lake'), box('dlq', 'dead_letter_queue', 'DLQ'), box('redis', 'cache', 'Redis')];
    const viaLake = flowOf(graphOf(boxes, [['app', 'kafka'], ['kafka', 's3']]), 'ride-hailing', 'location-path');
    expect(viaLake.message).toContain('nothing carries data from "Kafka" to "Redis"');
    const viaDlq = flowOf(graphOf(boxes, [['app', 'kafka'], ['kafka', 'dlq']]), 'ride-hailing', 'location-path');
    expect(viaDlq.message).toContain('nothing carries data from "Kafka" to "Redis"');
  });

  it('reads no gap on a winding route (more than one connector or job beyond the named hops)', () => {
    const boxes = [
      box('app', 'app_service', 'Rider app'),
      box('gw', 'api_gateway', 'Gateway'),
      box('lam', 'serverless_function', 'Lambda'),
      box('kafka', 'kafka', 'Kafka'),
      box('spark', 'spark_streaming', 'Spark streaming'),
      box('fh', 'ingestion_service', 'Firehose'),
      box('redis', 'cache', 'Redis'),
    ];
    const finding = flowOf(graphOf(boxes, [['app', 'gw'], ['gw', 'lam'], ['lam', 'kafka'], ['kafka', 'spark'], ['spark', 'fh']]), 'ride-hailing', 'location-path');
    expect(finding.message).not.toContain('"Firehose" to "Redis"');
  });

  it('never completes a route through the same box twice', () => {
    const boxes = [box('pgdeb', ['oltp_database', 'cdc'], 'Postgres + Debezium'), box('kafka', 'kafka', 'Kafka'), box('flink', 'flink', 'Flink'), box('lake', 'object_store', 'S3 lake')];
    const finding = flowOf(graphOf(boxes, [['pgdeb', 'kafka'], ['kafka', 'flink']]), 'ecommerce-data-platform', 'stream-path');
    expect(finding.message).toContain('nothing carries data from "Flink" to "S3 lake"');
  });
});
