import type { SceneSpec } from './draw-lib';
import { reversed, withoutArrows } from './draw-lib';

/** IoT telemetry: the strong design with plain rectangles and the learner's labels. */
export const iotStrongPlain: SceneSpec = {
  boxes: [
    { id: 'sensors', label: 'Machine sensors\n(50k, 1 Hz)', col: 0, row: 1 },
    { id: 'gw', label: 'Edge gateways\n(MQTT, buffer)', col: 1, row: 1 },
    { id: 'mes', label: 'MES database\n(SQL Server)', col: 0, row: 4 },
    { id: 'kafka', label: 'Kafka (3 brokers)\nreadings topic', col: 2, row: 1 },
    { id: 'reg', label: 'Schema registry', col: 2, row: 0 },
    { id: 'flink', label: 'Flink: anomaly\ndetection + rollups', col: 3, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic\n(bad readings)', col: 3, row: 0 },
    { id: 'alert', label: 'Alert service\n(pages on-call)', col: 4, row: 0 },
    { id: 'tsdb', label: 'TimescaleDB\n(recent + 1-min rollups)', col: 4, row: 2 },
    { id: 'connect', label: 'Kafka Connect\nS3 sink', col: 2, row: 3 },
    { id: 's3', label: 'S3 raw Parquet\n(30 days)', col: 3, row: 3 },
    { id: 'spark', label: 'Spark batch\n(hourly rollups, MES join)', col: 3, row: 4 },
    { id: 'gold', label: 'Iceberg curated\ntables (10 yr)', col: 4, row: 4 },
    { id: 'graf', label: 'Grafana\ndashboards', col: 5, row: 2 },
    { id: 'airflow', label: 'Airflow', col: 2, row: 5 },
    { id: 'prom', label: 'Prometheus\nalerting', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'sensors', to: 'gw' },
    { from: 'gw', to: 'kafka' },
    { from: 'kafka', to: 'reg', dashed: true },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'alert', label: '< 10 s' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
    { from: 'kafka', to: 'connect' },
    { from: 'connect', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'mes', to: 'spark' },
    { from: 'spark', to: 'gold' },
    { from: 'gold', to: 'graf' },
    { from: 'airflow', to: 'spark', dashed: true },
    { from: 'flink', to: 'prom', dashed: true, via: [[3.5, 1], [3.5, 4.5], [4, 4.5]] },
  ],
};

/** IoT telemetry on Azure. */
export const iotStrongAzure: SceneSpec = {
  boxes: [
    { id: 'dev', label: 'PLC sensors', col: 0, row: 1 },
    { id: 'edge', label: 'IoT Edge gateway', col: 1, row: 1 },
    { id: 'eh', label: 'Azure Event Hubs\n(Kafka endpoint)', col: 2, row: 1 },
    { id: 'asa', label: 'Azure Stream\nAnalytics', col: 3, row: 1 },
    { id: 'func', label: 'Azure Functions\nalert notifier', col: 4, row: 0 },
    { id: 'adx', label: 'Azure Data Explorer\n(time series)', col: 4, row: 2 },
    { id: 'cap', label: 'Event Hubs Capture', col: 2, row: 3 },
    { id: 'adls', label: 'ADLS Gen2\n(raw Avro)', col: 3, row: 3 },
    { id: 'mes', label: 'MES (Azure SQL)', col: 0, row: 4 },
    { id: 'adf', label: 'Azure Data Factory', col: 1, row: 4 },
    { id: 'syn', label: 'Synapse Spark pools', col: 3, row: 4 },
    { id: 'pool', label: 'Synapse dedicated\nSQL pool', col: 4, row: 4 },
    { id: 'pbi', label: 'Power BI', col: 5, row: 3 },
    { id: 'dead', label: 'Dead-letter blob\ncontainer', col: 4, row: 1, width: 150 },
    { id: 'mon', label: 'Azure Monitor\nalerts', col: 2, row: 5 },
  ],
  arrows: [
    { from: 'dev', to: 'edge' },
    { from: 'edge', to: 'eh' },
    { from: 'eh', to: 'asa' },
    { from: 'asa', to: 'func', label: 'anomalies' },
    { from: 'asa', to: 'adx' },
    { from: 'asa', to: 'dead', label: 'bad rows' },
    { from: 'adx', to: 'pbi' },
    { from: 'eh', to: 'cap' },
    { from: 'cap', to: 'adls' },
    { from: 'mes', to: 'adf' },
    { from: 'adf', to: 'syn' },
    { from: 'adls', to: 'syn' },
    { from: 'syn', to: 'pool' },
    { from: 'pool', to: 'pbi' },
    { from: 'adf', to: 'mon', dashed: true },
  ],
};

/** IoT telemetry on open source: Pulsar, Flink, ClickHouse, Iceberg on MinIO, Trino, Dagster. */
export const iotStrongOss: SceneSpec = {
  boxes: [
    { id: 'sens', label: 'Sensors', col: 0, row: 1 },
    { id: 'mqtt', label: 'EMQX MQTT\nbroker (edge)', col: 1, row: 1 },
    { id: 'pulsar', label: 'Apache Pulsar\n(3 brokers + BookKeeper)', col: 2, row: 1 },
    { id: 'flink', label: 'Apache Flink', col: 3, row: 1 },
    { id: 'am', label: 'Alertmanager ->\nmaintenance on-call', col: 4, row: 0 },
    { id: 'ch', label: 'ClickHouse\n(readings + rollups)', col: 4, row: 2 },
    { id: 'dlq', label: 'Pulsar DLQ topic', col: 3, row: 0 },
    { id: 'sink', label: 'Pulsar IO\nlake sink', col: 2, row: 3 },
    { id: 'ice', label: 'Iceberg on MinIO', col: 3, row: 3 },
    { id: 'mes', label: 'MES Postgres', col: 0, row: 4 },
    { id: 'spark', label: 'Spark batch\n(downsampling)', col: 2, row: 4 },
    { id: 'trino', label: 'Trino', col: 4, row: 4 },
    { id: 'graf', label: 'Grafana', col: 5, row: 2 },
    { id: 'dag', label: 'Dagster', col: 1, row: 5 },
    { id: 'prom', label: 'Prometheus', col: 3, row: 5 },
  ],
  arrows: [
    { from: 'sens', to: 'mqtt' },
    { from: 'mqtt', to: 'pulsar' },
    { from: 'pulsar', to: 'flink' },
    { from: 'flink', to: 'am', label: 'anomaly alerts' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'ch' },
    { from: 'ch', to: 'graf' },
    { from: 'pulsar', to: 'sink' },
    { from: 'sink', to: 'ice' },
    { from: 'mes', to: 'spark' },
    { from: 'ice', to: 'spark' },
    { from: 'spark', to: 'ice', label: 'rollups' },
    { from: 'ice', to: 'trino' },
    { from: 'trino', to: 'graf' },
    { from: 'dag', to: 'spark', dashed: true },
    { from: 'prom', to: 'pulsar', dashed: true },
  ],
};

/** IoT, unusual but right: dashed zones (Edge / Kafka cluster / Hot path / Cold path); arrows end on zones. */
export const iotUnusualZones: SceneSpec = {
  groups: [
    { id: 'edge', title: 'Edge', style: 'dashed', col: 0, row: 1, cols: 1, rows: 2 },
    { id: 'kc', title: 'Kafka cluster', style: 'dashed', col: 1, row: 1, cols: 1, rows: 3 },
    { id: 'hot', title: 'Hot path', style: 'dashed', col: 2, row: 0, cols: 2, rows: 2 },
    { id: 'cold', title: 'Cold path', style: 'dashed', col: 2, row: 3, cols: 2, rows: 2 },
  ],
  boxes: [
    { id: 'plc', label: 'PLC sensors', col: 0, row: 1 },
    { id: 'gw', label: 'Gateway (store &\nforward)', col: 0, row: 2 },
    { id: 'k1', label: 'broker 1', col: 1, row: 1 },
    { id: 'k2', label: 'broker 2', col: 1, row: 2 },
    { id: 'k3', label: 'broker 3', col: 1, row: 3 },
    { id: 'fl', label: 'Flink CEP\n(thresholds)', col: 2, row: 0 },
    { id: 'al', label: 'Alerting service', col: 3, row: 0 },
    { id: 'infl', label: 'InfluxDB\n(hot readings)', col: 2, row: 1 },
    { id: 'lake', label: 'S3 raw -> Delta\nrollups', col: 2, row: 3 },
    { id: 'sp', label: 'Spark nightly\ndownsampling', col: 3, row: 3 },
    { id: 'mes', label: 'MES DB', col: 0, row: 4 },
    { id: 'gold', label: 'Gold Delta\n(OEE by shift)', col: 3, row: 4 },
    { id: 'graf', label: 'Grafana / Superset', col: 4, row: 2 },
    { id: 'air', label: 'Airflow', col: 4, row: 4 },
    { id: 'mon', label: 'Monitoring +\npager', col: 4, row: 0 },
    { id: 'dlq', label: 'DLQ', col: 1, row: 0, width: 120 },
  ],
  arrows: [
    { from: 'plc', to: 'gw' },
    { from: 'edge', to: 'kc', label: 'readings' },
    { from: 'kc', to: 'hot' },
    { from: 'kc', to: 'cold' },
    { from: 'fl', to: 'al' },
    { from: 'fl', to: 'infl', label: 'rollups' },
    { from: 'fl', to: 'dlq' },
    { from: 'lake', to: 'sp' },
    { from: 'mes', to: 'sp', via: [[2.5, 3.5]] },
    { from: 'sp', to: 'gold' },
    { from: 'infl', to: 'graf' },
    { from: 'gold', to: 'graf', via: [[3.5, 4], [3.5, 2]] },
    { from: 'air', to: 'sp', dashed: true },
    { from: 'al', to: 'mon', dashed: true },
  ],
};

/** IoT, mediocre: streaming into a time-series store only; no lake, batch, MES, orchestration or ops. */
export const iotMediocreNoLake: SceneSpec = {
  boxes: [
    { id: 's', label: 'Sensors', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'f', label: 'Flink', col: 2, row: 1 },
    { id: 'a', label: 'Alerts', col: 3, row: 0 },
    { id: 'i', label: 'InfluxDB', col: 3, row: 2 },
    { id: 'g', label: 'Grafana', col: 4, row: 2 },
  ],
  arrows: [
    { from: 's', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'f', to: 'a' },
    { from: 'f', to: 'i' },
    { from: 'i', to: 'g' },
  ],
};

/** IoT, mediocre: hourly files and a warehouse, alerts computed by scheduled queries (misses 10 s). */
export const iotMediocreBatchAlerts: SceneSpec = {
  boxes: [
    { id: 's', label: 'Sensors', col: 0, row: 1 },
    { id: 'gw', label: 'Gateway writes\nhourly CSV', col: 1, row: 1 },
    { id: 's3', label: 'S3 bucket', col: 2, row: 1 },
    { id: 'mes', label: 'MES DB', col: 0, row: 3 },
    { id: 'spark', label: 'Spark job', col: 3, row: 2 },
    { id: 'sf', label: 'Snowflake', col: 4, row: 2 },
    { id: 'dash', label: 'Dashboards +\nalert queries', col: 5, row: 2 },
    { id: 'air', label: 'Airflow (hourly)', col: 3, row: 4 },
  ],
  arrows: [
    { from: 's', to: 'gw' },
    { from: 'gw', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'mes', to: 'spark' },
    { from: 'spark', to: 'sf' },
    { from: 'sf', to: 'dash' },
    { from: 'air', to: 'spark', dashed: true },
  ],
};

/** Gamed: the strong IoT design with every arrow reversed. */
export const iotGamedReversed: SceneSpec = reversed(iotStrongPlain);

/** Gamed: palette boxes for every IoT part, no connectors. */
export const iotGamedNoArrows: SceneSpec = withoutArrows({
  boxes: [
    { id: 'dev', label: 'IoT devices', kind: 'iot_devices', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', kind: 'kafka', col: 1, row: 1 },
    { id: 'reg', label: 'Schema registry', kind: 'schema_registry', col: 1, row: 3 },
    { id: 'f', label: 'Flink', kind: 'flink', col: 2, row: 1 },
    { id: 'n', label: 'NoSQL database', kind: 'nosql_database', col: 3, row: 1 },
    { id: 'api', label: 'Serving API', kind: 'serving_api', col: 3, row: 0 },
    { id: 's3', label: 'S3', kind: 'object_store', col: 2, row: 3 },
    { id: 'sb', label: 'Spark batch', kind: 'spark_batch', col: 3, row: 3 },
    { id: 'g', label: 'Gold (curated)', kind: 'gold_layer', col: 4, row: 3 },
    { id: 'db', label: 'App database (OLTP)', kind: 'oltp_database', col: 0, row: 3 },
    { id: 'bi', label: 'BI dashboard', kind: 'bi_dashboard', col: 5, row: 2 },
    { id: 'af', label: 'Airflow', kind: 'airflow', col: 2, row: 5 },
    { id: 'm', label: 'Monitoring & alerts', kind: 'monitoring', col: 3, row: 5 },
    { id: 'dlq', label: 'Dead letter queue', kind: 'dead_letter_queue', col: 4, row: 5 },
  ],
});

/** Gamed: the plain IoT boxes threaded by headless Excalidraw lines (unbound) in arbitrary order. */
export const iotGamedHairball: SceneSpec = {
  boxes: iotStrongPlain.boxes,
  arrows: [
    ['graf', 'sensors'], ['sensors', 'prom'], ['prom', 'tsdb'], ['tsdb', 'mes'], ['mes', 'alert'],
    ['alert', 'connect'], ['connect', 'gold'], ['gold', 'gw'], ['gw', 'spark'], ['spark', 'dlq'],
    ['dlq', 'airflow'], ['airflow', 'kafka'], ['kafka', 's3'], ['s3', 'flink'], ['flink', 'reg'],
  ].map(([from = '', to = '']) => ({ from, to, line: true })),
};
