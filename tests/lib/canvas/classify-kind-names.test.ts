import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '@/lib/canvas/classify-kind';
import { readScene } from '@/lib/canvas/read-scene';
import { EVERYDAY_WORD_PRODUCTS, KIND_VOCABULARY } from '@/lib/canvas/vocabulary/kind-vocabulary';
import { arrow, boundText, rect } from './scene-builders';

const kinds = (label: string) => kindsFromLabel(label).kinds;

describe('misspelt product names read as the product', () => {
  it.each([
    ['Kakfa', 'kafka'],
    ['Apache Kakfa', 'kafka'],
    ['Kafak cluster', 'kafka'],
    ['Postgress', 'oltp_database'],
    ['Posgres replica', 'oltp_database'],
    ['Postgre', 'oltp_database'],
    ['Snowflak', 'warehouse'],
    ['Bigquerry', 'warehouse'],
    ['Redshfit cluster', 'warehouse'],
    ['Airlfow DAGs', 'airflow'],
    ['Dagsetr', 'airflow'],
    ['Databrick', 'spark_batch'],
    ['Debezuim', 'cdc'],
    ['Elasticsearh', 'search_index'],
    ['Clickhose', 'realtime_olap'],
    ['Casandra', 'nosql_database'],
    ['Promethus', 'monitoring'],
    ['Elasitcsearch', 'search_index'],
    ['Tablaeu', 'bi_dashboard'],
  ])('%s -> %s, as a product', (label, kind) => {
    const reading = kindsFromLabel(label);
    expect(reading.kinds[0]).toBe(kind);
    expect(reading.product).toBe(true);
  });

  it.each([
    // everyday words one letter from a product that is also a word
    ['Perfect timing', []],
    ['strip PII', []],
    ['Materialised views', []],
    ['Stripes', []],
    ['Sparks', []],
    ['Panda', []],
    // long words two edits from a name are other words
    ['Confident users', []],
    ['Aerospace telemetry', ['iot_devices']],
    ['Information', []],
    ['Savepoint', []],
    // a longer word sharing a name's stem is not the name
    ['Snowflaking dimensions', []],
    // short words are never corrected (glue, hive, dbt, mage, loki are too near other words)
    ['Hvie', []],
    ['Gleu', []],
    // words of the vocabulary keep their own meaning
    ['Streams', ['kafka']],
    ['Services', ['app_service']],
    ['Reports', ['bi_dashboard']],
    ['Deltas', []],
  ])('%s is not read as a misspelt product', (label, expected) => {
    expect(kinds(label)).toEqual(expected);
  });

  it('lists only real product names as everyday words', () => {
    const products = new Set(KIND_VOCABULARY.flatMap((entry) => entry.products ?? []));
    expect(EVERYDAY_WORD_PRODUCTS.filter((word) => !products.has(word))).toEqual([]);
  });

  it('reads a misspelt box in a scene, and the arrow through it', () => {
    const app = rect('a', 0, 0);
    const broker = rect('k', 300, 0);
    const store = rect('s', 600, 0);
    const graph = readScene([
      app,
      boundText('at', app, 'Order service'),
      broker,
      boundText('kt', broker, 'Kakfa'),
      store,
      boundText('st', store, 'Snowflak'),
      arrow('e1', [162, 40], [298, 40]),
      arrow('e2', [462, 40], [598, 40]),
    ]);
    expect(graph.components.map((c) => c.kind)).toEqual(['app_service', 'kafka', 'warehouse']);
    expect(graph.edges).toHaveLength(2);
  });
});

describe('a producer at the source is an app or a device', () => {
  it.each(['Producer', 'Producers', 'Data producer', 'Event producer', 'Telemetry producers (x4)'])('%s reads as both', (label) => {
    expect(kinds(label)).toEqual(expect.arrayContaining(['iot_devices']));
    expect(kinds(label)[0]).toBe(label.startsWith('Telemetry') ? 'iot_devices' : 'app_service');
  });

  it.each([
    ['IoT devices', 'iot_devices'],
    ['Sensors', 'iot_devices'],
    ['Smart meters', 'iot_devices'],
    ['Mobile app', 'app_service'],
    ['Producer app', 'app_service'],
  ])('%s keeps its own kind', (label, kind) => {
    expect(kinds(label)).toEqual([kind]);
  });
});

describe('whiteboard shorthands', () => {
  it.each([
    ['DM Sales', 'gold_layer'],
    ['DWH', 'warehouse'],
    ['EDW', 'warehouse'],
    ['DW (Redshift)', 'warehouse'],
    ['ODS', 'oltp_database'],
    ['Operational data store', 'oltp_database'],
    ['LB', 'api_gateway'],
    ['NLB', 'api_gateway'],
    ['CDN', 'api_gateway'],
    ['CloudFront', 'api_gateway'],
    ['MQ', 'kafka'],
    ['RMQ', 'kafka'],
    ['DDB', 'nosql_database'],
    ['ELK stack', 'search_index'],
  ])('%s -> %s', (label, kind) => {
    expect(kinds(label)).toContain(kind);
  });

  it('reads DM as a data mart, which is an analytical store', () => {
    expect(kinds('DM Finance')).toEqual(['gold_layer', 'warehouse']);
  });
});

describe('web frameworks are the services people build with them', () => {
  it.each([
    ['Express backend', 'serving_api'],
    ['Express.js API', 'serving_api'],
    ['Flask API', 'serving_api'],
    ['FastAPI service', 'serving_api'],
    ['Fastify server', 'serving_api'],
    ['Django app', 'app_service'],
    ['Spring Boot', 'app_service'],
    ['Node.js backend', 'app_service'],
  ])('%s -> %s', (label, kind) => {
    expect(kinds(label)[0]).toBe(kind);
  });

  it('does not read the words "express" or "rails" alone as a framework', () => {
    expect(kinds('Express checkout')).toEqual([]);
    expect(kinds('Guard rails')).toEqual([]);
  });
});

describe('log pipelines', () => {
  it.each([
    ['Vector', ['ingestion_service']],
    ['Vector agent', ['ingestion_service']],
    ['Loki', ['monitoring', 'search_index']],
    ['Vector database', ['search_index']],
    ['Vector embeddings', ['search_index']],
    ['Feature vectors', ['feature_store']],
    ['Vector + Loki', ['ingestion_service', 'monitoring', 'search_index']],
  ])('%s -> %s', (label, expected) => {
    expect(kinds(label)).toEqual(expected);
  });
});
