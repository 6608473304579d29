import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';

// Card payments: the real-time fraud half is the heart of the case, and the switch writing its own
// ledger is drawn by everyone. A diagram with only the reconciliation and reporting half (however well
// drawn) stays a mediocre answer. Interviewer scores were written before running the engine.

const box = (id: string, kind: ComponentKind, label = id): DiagramComponent => ({ id, label, kind, kinds: [kind], elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } });
const graphOf = (components: DiagramComponent[], edges: [string, string][]): DiagramGraph => ({
  components,
  edges: edges.map(([from, to]) => ({ from, to, label: '', elementIds: [`${from}->${to}`] })),
  groups: [],
});
const score = (graph: DiagramGraph) => scoreDiagram(graph, loadCase('card-payments').rubric).score;

describe('card payments without the fraud half', () => {
  it.each<[string, number, DiagramGraph]>([
    [
      'CDC to the lake, dbt, Snowflake and Looker (interviewer 45)',
      55,
      graphOf(
        [box('sw', 'app_service', 'Switch'), box('pg', 'oltp_database', 'Ledger'), box('deb', 'cdc', 'Debezium'), box('s3', 'object_store', 'S3'), box('dbt', 'dbt', 'dbt'), box('snow', 'warehouse', 'Snowflake'), box('look', 'bi_dashboard', 'Looker'), box('files', 'files', 'Visa files'), box('af', 'airflow', 'Airflow')],
        [
          ['sw', 'pg'],
          ['pg', 'deb'],
          ['deb', 's3'],
          ['s3', 'dbt'],
          ['files', 'dbt'],
          ['dbt', 'snow'],
          ['snow', 'look'],
          ['af', 'dbt'],
        ],
      ),
    ],
    [
      'the ledger read by a nightly Spark job into BigQuery (interviewer 20)',
      30,
      graphOf(
        [box('sw', 'app_service', 'Switch'), box('pg', 'oltp_database', 'Ledger'), box('sp', 'spark_batch', 'Spark'), box('bq', 'warehouse', 'BigQuery'), box('ds', 'bi_dashboard', 'Data Studio')],
        [
          ['sw', 'pg'],
          ['pg', 'sp'],
          ['sp', 'bq'],
          ['bq', 'ds'],
        ],
      ),
    ],
  ])('%s: at most %i', (_name, most, graph) => {
    expect(score(graph)).toBeLessThanOrEqual(most);
  });

  it('gives the same batch half with the fraud features added a strong score', () => {
    const graph = graphOf(
      [box('sw', 'app_service', 'Switch'), box('pg', 'oltp_database', 'Ledger'), box('deb', 'cdc', 'Debezium'), box('k', 'kafka', 'Kafka'), box('fl', 'flink', 'Flink'), box('fs', 'feature_store', 'Feast'), box('api', 'serving_api', 'Scoring API'), box('s3', 'object_store', 'S3'), box('dbt', 'dbt', 'dbt'), box('snow', 'warehouse', 'Snowflake'), box('look', 'bi_dashboard', 'Looker'), box('files', 'files', 'Visa files'), box('af', 'airflow', 'Airflow'), box('mon', 'monitoring', 'Datadog'), box('dlq', 'dead_letter_queue', 'DLQ')],
      [
        ['sw', 'pg'],
        ['sw', 'k'],
        ['k', 'fl'],
        ['fl', 'fs'],
        ['fs', 'api'],
        ['pg', 'deb'],
        ['deb', 's3'],
        ['s3', 'dbt'],
        ['files', 'dbt'],
        ['dbt', 'snow'],
        ['snow', 'look'],
        ['af', 'dbt'],
        ['fl', 'dlq'],
        ['fl', 'mon'],
      ],
    );
    expect(score(graph)).toBeGreaterThanOrEqual(85);
  });
});
