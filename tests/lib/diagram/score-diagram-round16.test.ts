import { describe, expect, it } from 'vitest';
import { codes, grade } from './fixtures';

// Kinds of fault from the round-15 blind diagrams, each with drawings of its own. The interviewer's score
// is written next to each drawing before the engine graded it.

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

describe('a store nothing reads serves no use case', () => {
  const cardBoxes = [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
    { id: 'k', label: 'Kafka auth topic', col: 1, row: 0 },
    { id: 'sr', label: 'Schema registry', col: 1, row: 1 },
    { id: 'fl', label: 'Flink velocity features', col: 2, row: 0 },
    { id: 'r', label: 'Redis feature store', col: 3, row: 0 },
    { id: 'dlq', label: 'DLQ topic', col: 2, row: 1 },
    { id: 'led', label: 'Ledger Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
    { id: 's3', label: 'S3 Iceberg records', col: 2, row: 2 },
    { id: 'clr', label: 'Clearing files (SFTP)', col: 1, row: 3 },
    { id: 'sp', label: 'Spark reconciliation', col: 3, row: 3 },
    { id: 'wh', label: 'Snowflake marts', col: 4, row: 3 },
    { id: 'bi', label: 'Tableau', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
    { id: 'mon', label: 'Datadog + PagerDuty', col: 4, row: 1 },
  ];
  const cardArrows = [
    { from: 'sw', to: 'k' }, { from: 'sr', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'r' }, { from: 'fl', to: 'dlq' }, { from: 'sw', to: 'led' },
    { from: 'led', to: 'cdc' }, { from: 'cdc', to: 'k' }, { from: 'k', to: 's3' }, { from: 's3', to: 'sp' }, { from: 'clr', to: 'sp' }, { from: 'sp', to: 'wh' },
    { from: 'wh', to: 'bi' }, { from: 'af', to: 'sp' }, { from: 'k', to: 'mon' },
  ];

  it('card payments: fresh features that no scoring API reads (interviewer 55) against the same with the API (interviewer 92)', () => {
    const unread = grade('card-payments', { boxes: cardBoxes, arrows: cardArrows });
    const read = grade('card-payments', {
      boxes: [...cardBoxes, { id: 'api', label: 'Fraud scoring API', col: 4, row: 0 }],
      arrows: [...cardArrows, { from: 'sw', to: 'api' }, { from: 'api', to: 'r' }],
    });
    expect(read.score).toBeGreaterThanOrEqual(85);
    expect(read.findings.find((f) => f.code === 'diagram.flow.feature-path')?.severity).toBe('good');
    expect(unread.findings.find((f) => f.code === 'diagram.flow.feature-path')?.severity).toBe('missing');
    expect(unread.score).toBeLessThanOrEqual(70);
    expect(read.score - unread.score).toBeGreaterThanOrEqual(10);
  });

  const shopBoxes = [
    { id: 'pg', label: 'Orders Postgres', col: 0, row: 0 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 0 },
    { id: 'web', label: 'Web clickstream', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Structured Streaming', col: 3, row: 0 },
    { id: 'r', label: 'Redis stock levels', col: 4, row: 0 },
    { id: 's3', label: 'S3 lake', col: 4, row: 1 },
    { id: 'csv', label: 'Partner CSV drop', col: 3, row: 2 },
    { id: 'sb', label: 'Spark batch', col: 5, row: 1 },
    { id: 'wh', label: 'Snowflake', col: 6, row: 1 },
    { id: 'af', label: 'Airflow', col: 5, row: 2 },
  ];
  const shopArrows = [
    { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'web', to: 'k' }, { from: 'k', to: 'ss' }, { from: 'ss', to: 'r' }, { from: 'ss', to: 's3' },
    { from: 'csv', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'wh' }, { from: 'af', to: 'sb' },
  ];

  it('e-commerce: a right pipeline that nothing reads at all (interviewer 50)', () => {
    const result = grade('ecommerce-data-platform', { boxes: shopBoxes, arrows: shopArrows });
    expect(codes(result)).toContain('diagram.unserved');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('e-commerce: the sales dashboard drawn, the stock store read by nothing (interviewer 72)', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [...shopBoxes, { id: 'bi', label: 'Looker sales dashboard', col: 7, row: 1 }],
      arrows: [...shopArrows, { from: 'wh', to: 'bi' }],
    });
    expect(codes(result)).not.toContain('diagram.unserved');
    expect(result.findings.find((f) => f.code === 'diagram.flow.live-stock-path')?.severity).toBe('missing');
    expect(result.score).toBeGreaterThanOrEqual(60);
    expect(result.score).toBeLessThanOrEqual(82);
  });

  it('e-commerce: an ops view drawn reading the stock store, the arrow either way (interviewer 80: no schema registry, DLQ or monitoring)', () => {
    for (const arrow of [{ from: 'r', to: 'ops' }, { from: 'ops', to: 'r' }]) {
      const result = grade('ecommerce-data-platform', {
        boxes: [...shopBoxes, { id: 'bi', label: 'Looker sales dashboard', col: 7, row: 1 }, { id: 'ops', label: 'Stock ops board', col: 5, row: 0 }],
        arrows: [...shopArrows, { from: 'wh', to: 'bi' }, arrow],
      });
      expect(result.findings.find((f) => f.code === 'diagram.flow.live-stock-path')?.severity).toBe('good');
      expect(result.score).toBeGreaterThanOrEqual(72);
    }
  });
});

describe('a bare name of the case\'s source, where the data starts, is that source', () => {
  const boxes = [
    { id: 'gw', label: 'Gateways', col: 0, row: 0 },
    { id: 'mq', label: 'HiveMQ', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'f', label: 'Flink anomaly rules', col: 3, row: 0 },
    { id: 'pd', label: 'PagerDuty', col: 4, row: 0 },
    { id: 'ts', label: 'TimescaleDB', col: 3, row: 1 },
    { id: 'g', label: 'Grafana', col: 4, row: 1 },
    { id: 's3', label: 'S3 + Iceberg', col: 3, row: 2 },
    { id: 'mes', label: 'MES', col: 3, row: 3 },
    { id: 'sp', label: 'Spark OEE batch', col: 4, row: 2 },
    { id: 'wh', label: 'Snowflake OEE marts', col: 5, row: 2 },
    { id: 'bi', label: 'Power BI', col: 6, row: 2 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
  ];
  const arrows = [
    { from: 'mq', to: 'k' }, { from: 'k', to: 'f' }, { from: 'f', to: 'pd' }, { from: 'k', to: 'ts' }, { from: 'ts', to: 'g' }, { from: 'k', to: 's3' },
    { from: 's3', to: 'sp' }, { from: 'mes', to: 'sp' }, { from: 'sp', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'af', to: 'sp' },
  ];

  it('IoT: "Gateways" feeding the MQTT broker are the plants\' edge gateways (interviewer 82: no DLQ, schema registry or monitoring)', () => {
    const result = grade('iot-telemetry', { boxes, arrows: [{ from: 'gw', to: 'mq' }, ...arrows] });
    expect(result.findings.find((f) => f.code === 'diagram.flow.alert-path')?.severity).toBe('good');
    expect(result.score).toBeGreaterThanOrEqual(72);
  });

  it('IoT: a gateway box with sensors drawn into it stays the ingestion gateway', () => {
    const result = grade('iot-telemetry', {
      boxes: [...boxes, { id: 'sen', label: 'Spindle sensors', col: 0, row: 1 }],
      arrows: [{ from: 'sen', to: 'gw' }, { from: 'gw', to: 'mq' }, ...arrows],
    });
    expect(codes(result)).not.toContain('diagram.read-as-source');
    expect(result.findings.find((f) => f.code === 'diagram.flow.alert-path')?.severity).toBe('good');
  });

  it('ride-hailing: an "API gateway" drawn first is not read as the apps', () => {
    const result = grade('ride-hailing', {
      boxes: [{ id: 'gw', label: 'API gateway', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 }],
      arrows: [{ from: 'gw', to: 'k' }],
    });
    expect(codes(result)).not.toContain('diagram.read-as-source');
  });
});
