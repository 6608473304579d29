import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '../../../lib/canvas/classify-kind';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';

// Vendors are equal: the streams, integration engines, MQTT brokers and stores a data engineer draws
// are read as what they are, and an integration hop does not break the path it sits on.

describe('event streams by any vendor', () => {
  it.each([
    'Apache Pulsar',
    'Pulsar topics',
    'StreamNative Cloud',
    'Redpanda',
    'Amazon Kinesis Data Streams',
    'Azure Event Hubs',
    'Google Pub/Sub',
    'Pub/Sub topic (ordering key: patient)',
    'Solace PubSub+',
    'Fabric Eventstream',
  ])('"%s" is an event stream', (label) => {
    expect(kindsFromLabel(label).kinds).toContain('kafka');
  });
});

describe('integration hops and stores of healthcare, IoT and payments', () => {
  it.each<[string, ComponentKind[]]>([
    ['Mirth Connect (HL7 v2)', ['api_gateway']],
    ['NextGen Connect', ['api_gateway']],
    ['Rhapsody engine (MLLP copy)', ['api_gateway']],
    ['InterSystems HealthShare', ['api_gateway']],
    ['Cloverleaf interface engine', ['api_gateway']],
    ['Cloud Healthcare API HL7v2 store (ACK on write)', ['api_gateway']],
    ['Healthcare API FHIR store', ['api_gateway', 'third_party_api']],
    ['AWS HealthLake', ['api_gateway', 'third_party_api']],
    ['EMQX', ['api_gateway']],
    ['HiveMQ cluster', ['api_gateway']],
    ['Eclipse Mosquitto', ['api_gateway']],
    ['AWS IoT Core (MQTT)', ['api_gateway', 'iot_devices']],
    ['Kepware OPC server', ['iot_devices']],
    ['TimescaleDB', ['timeseries_database']],
    ['InfluxDB', ['timeseries_database']],
    ['TDengine', ['timeseries_database']],
    ['Apache Druid', ['realtime_olap']],
    ['Apache Pinot', ['realtime_olap']],
    ['ClickHouse', ['realtime_olap']],
    ['Fabric Eventhouse', ['realtime_olap']],
    ['ISO 8583 switch', ['app_service']],
  ])('"%s" is %j', (label, kinds) => {
    expect([...kindsFromLabel(label).kinds].sort()).toEqual([...kinds].sort());
  });
});

function box(id: string, label: string): DiagramComponent {
  const kinds = kindsFromLabel(label).kinds;
  return { id, label, kind: kinds[0]!, kinds, elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}
const chain = (labels: string[]): DiagramGraph => {
  const components = labels.map((label, i) => box(`b${i}`, label));
  return { components, edges: components.slice(1).map((c, i) => ({ from: components[i]!.id, to: c.id, label: '', elementIds: [`e${i}`] })), groups: [] };
};
const flow = (slug: string, id: string, graph: DiagramGraph) => scoreDiagram(graph, loadCase(slug).rubric).findings.find((f) => f.code === `diagram.flow.${id}`)!;

describe('an integration hop keeps the landing path whole', () => {
  it.each([
    ['Epic (ADT)', 'Cloud Healthcare API HL7v2 store', 'Pub/Sub topic', 'GCS raw bucket'],
    ['Cerner', 'Mirth Connect', 'Amazon MSK', 'S3 raw'],
    ['Epic', 'Rhapsody interface engine', 'Azure Event Hubs', 'ADLS raw zone'],
    ['Epic', 'InterSystems HealthShare', 'Redpanda', 'Iceberg bronze'],
  ])('%s -> %s -> %s -> %s lands HL7 in raw storage', (...labels) => {
    expect(flow('healthcare-records', 'hl7-landing', chain(labels)).severity).toBe('good');
  });

  it('lands a FHIR store export in raw storage', () => {
    expect(flow('healthcare-records', 'fhir-landing', chain(['Healthcare API FHIR store', 'GCS raw bucket'])).severity).toBe('good');
  });

  it.each([
    ['Machine sensors', 'EMQX', 'Kafka', 'Flink anomalies', 'Alert service'],
    ['PLC sensors', 'HiveMQ', 'Apache Pulsar', 'Flink', 'Alert service'],
    ['Sensors', 'Mosquitto', 'Kinesis Data Streams', 'Managed Flink', 'Alert service'],
  ])('%s -> %s -> %s -> %s -> %s alerts through the stream (an MQTT broker is ingestion)', (...labels) => {
    expect(flow('iot-telemetry', 'alert-path', chain(labels)).severity).toBe('good');
  });
});

describe('a sink connector written on the arrow is the stream-to-lake hop, for any vendor', () => {
  it.each([
    ['Apache Pulsar', 'Pulsar IO sink', 'Iceberg bronze on S3'],
    ['Pub/Sub topic', 'GCS subscription', 'GCS raw bucket'],
    ['Amazon MSK', 'MSK Connect S3 sink', 'S3 raw zone'],
    ['Redpanda', 'Redpanda Connect', 'S3 bronze'],
  ])('web clicks -> %s -[%s]-> %s lands the events', (stream, connector, lake) => {
    const graph = chain(['Web clicks', stream, lake]);
    graph.edges[1]!.label = connector;
    expect(flow('ecommerce-data-platform', 'stream-path', graph).severity).toBe('good');
  });

  it('does not take the stream product itself for the connector (an unlabelled Pulsar -> lake arrow skips the job)', () => {
    expect(flow('ecommerce-data-platform', 'stream-path', chain(['Web clicks', 'Apache Pulsar', 'Iceberg bronze on S3'])).severity).not.toBe('good');
  });
});

describe('batch extract tools and the copies they fill', () => {
  it.each<[string, ComponentKind]>([
    ['Nightly SSIS extract', 'spark_batch'],
    ['Nightly pg_dump', 'spark_batch'],
    ['mysqldump to replica', 'spark_batch'],
    ['Informatica PowerCenter', 'spark_batch'],
    ['Talend job', 'spark_batch'],
    ['SQL Agent schedule', 'airflow'],
    ['Epic Clarity', 'oltp_database'],
  ])('"%s" is %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds).toContain(kind);
  });

  const antipattern = (slug: string, graph: DiagramGraph) => scoreDiagram(graph, loadCase(slug).rubric).findings.find((f) => f.code.startsWith('diagram.antipattern.') && f.message.startsWith('Dashboards read the OLTP database'));
  it.each([
    ['ride-hailing', ['Trips Postgres', 'Nightly pg_dump', 'Analytics Postgres copy', 'Metabase dashboards']],
    ['healthcare-records', ['Epic reporting database', 'Nightly SSIS extract', 'SQL Server warehouse', 'Power BI (census + quality)']],
    ['card-payments', ['Ledger Postgres', 'Informatica nightly load', 'Reporting MySQL', 'Tableau']],
  ])('%s: a dashboard on a copy an extract job fills is not reading production', (slug, labels) => {
    expect(antipattern(slug, chain(labels))).toBeUndefined();
  });

  it('still flags a dashboard reading the production database the extract reads', () => {
    const graph = chain(['Trips Postgres', 'Metabase dashboards']);
    expect(antipattern('ride-hailing', graph)).toBeDefined();
  });
});
