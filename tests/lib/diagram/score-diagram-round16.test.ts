import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { scoreDiagram } from '@/lib/diagram/score-diagram';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { SceneSpec } from '../../golden/diagram/draw-lib';

// Kinds of fault from the round-15 blind diagrams, each with drawings of its own. The interviewer's score
// is written next to each drawing before the engine graded it.

const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);
const grade = (slug: string, spec: SceneSpec) => scoreDiagram(graphOf(spec), loadCase(slug).rubric);
const codes = (result: ReturnType<typeof grade>) => result.findings.map((f) => f.code);

describe('a right diagram labelled only with product names is the case\'s own', () => {
  it('e-commerce on Google Cloud (interviewer 85: every part right, only product names to translate)', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [
        { id: 'sql', label: 'Cloud SQL', col: 0, row: 0 },
        { id: 'ds', label: 'Datastream', col: 1, row: 0 },
        { id: 'seg', label: 'Segment', col: 0, row: 1 },
        { id: 'ps', label: 'Pub/Sub', col: 2, row: 0 },
        { id: 'df', label: 'Dataflow', col: 3, row: 0 },
        { id: 'bt', label: 'Bigtable', col: 4, row: 0 },
        { id: 'ls', label: 'Looker Studio', col: 5, row: 0 },
        { id: 'gcs', label: 'GCS + Iceberg', col: 4, row: 1 },
        { id: 'sftp', label: 'SFTP', col: 3, row: 2 },
        { id: 'dp', label: 'Dataproc', col: 5, row: 1 },
        { id: 'bq', label: 'BigQuery', col: 6, row: 1 },
        { id: 'look', label: 'Looker', col: 7, row: 1 },
        { id: 'comp', label: 'Cloud Composer', col: 5, row: 2 },
        { id: 'dlq', label: 'Pub/Sub DLQ', col: 3, row: 1 },
        { id: 'mon', label: 'Cloud Monitoring', col: 6, row: 0 },
        { id: 'sr', label: 'Pub/Sub schemas (Avro)', col: 2, row: 1 },
      ],
      arrows: [
        { from: 'sql', to: 'ds' }, { from: 'ds', to: 'ps' }, { from: 'seg', to: 'ps' }, { from: 'ps', to: 'df' }, { from: 'df', to: 'bt' },
        { from: 'bt', to: 'ls' }, { from: 'df', to: 'gcs' }, { from: 'sftp', to: 'gcs' }, { from: 'gcs', to: 'dp' }, { from: 'dp', to: 'bq' },
        { from: 'bq', to: 'look' }, { from: 'comp', to: 'dp' }, { from: 'df', to: 'dlq' }, { from: 'df', to: 'mon' }, { from: 'sr', to: 'ps' },
      ],
    });
    expect(codes(result)).not.toContain('diagram.off-case');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('IoT telemetry on Azure (interviewer 85: alerts, hot store, lake and OEE batch all drawn in Azure names)', () => {
    const result = grade('iot-telemetry', {
      boxes: [
        { id: 'dev', label: 'Azure IoT Edge', col: 0, row: 0 },
        { id: 'hub', label: 'Azure IoT Hub', col: 1, row: 0 },
        { id: 'eh', label: 'Azure Event Hubs', col: 2, row: 0 },
        { id: 'asa', label: 'Azure Stream Analytics', col: 3, row: 0 },
        { id: 'fn', label: 'Azure Functions', col: 4, row: 0 },
        { id: 'adx', label: 'Azure Data Explorer', col: 3, row: 1 },
        { id: 'graf', label: 'Azure Managed Grafana', col: 4, row: 1 },
        { id: 'adls', label: 'ADLS Gen2 + Delta', col: 3, row: 2 },
        { id: 'mes', label: 'MES', col: 2, row: 3 },
        { id: 'dbx', label: 'Azure Databricks', col: 4, row: 2 },
        { id: 'pbi', label: 'Power BI', col: 5, row: 2 },
        { id: 'adf', label: 'Azure Data Factory', col: 4, row: 3 },
        { id: 'dlq', label: 'Event Hubs dead letter', col: 3, row: 3 },
        { id: 'mon', label: 'Azure Monitor', col: 5, row: 0 },
        { id: 'sr', label: 'Azure Schema Registry', col: 2, row: 1 },
      ],
      arrows: [
        { from: 'dev', to: 'hub' }, { from: 'hub', to: 'eh' }, { from: 'eh', to: 'asa' }, { from: 'asa', to: 'fn' }, { from: 'eh', to: 'adx' },
        { from: 'adx', to: 'graf' }, { from: 'eh', to: 'adls' }, { from: 'adls', to: 'dbx' }, { from: 'mes', to: 'dbx' }, { from: 'dbx', to: 'pbi' },
        { from: 'adf', to: 'dbx' }, { from: 'asa', to: 'dlq' }, { from: 'asa', to: 'mon' }, { from: 'sr', to: 'eh' },
      ],
    });
    expect(codes(result)).not.toContain('diagram.off-case');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('another business drawn with product names is still off-case (interviewer 5: a card platform in the ride case)', () => {
    const result = grade('ride-hailing', {
      boxes: [
        { id: 'sw', label: 'Visa auth switch', col: 0, row: 0 },
        { id: 'k', label: 'MSK', col: 1, row: 0 },
        { id: 'fl', label: 'Managed Flink fraud features', col: 2, row: 0 },
        { id: 'r', label: 'Cardholder features DynamoDB', col: 3, row: 0 },
        { id: 'api', label: 'Fraud scoring API', col: 4, row: 0 },
        { id: 'pg', label: 'Merchant ledger Aurora', col: 0, row: 1 },
        { id: 's3', label: 'Chargeback files S3', col: 1, row: 1 },
        { id: 'wh', label: 'Redshift settlements', col: 2, row: 1 },
        { id: 'bi', label: 'QuickSight merchant reports', col: 3, row: 1 },
      ],
      arrows: [
        { from: 'sw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'r' }, { from: 'r', to: 'api' }, { from: 'pg', to: 's3' },
        { from: 's3', to: 'wh' }, { from: 'wh', to: 'bi' },
      ],
    });
    expect(result.score).toBeLessThanOrEqual(15);
  });
});
