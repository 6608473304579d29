import type { SceneSpec } from './draw-lib';
import { reversed } from './draw-lib';

/** Healthcare records on AWS (the group's BAA account): HL7 through Rhapsody into Kafka, FHIR bulk export. */
export const healthStrongAws: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner\n(HL7 v2 ADT, ORU)', col: 0, row: 1 },
    { id: 'rh', label: 'Rhapsody interface\nengine (MLLP copy)', col: 1, row: 1 },
    { id: 'fhir', label: 'FHIR R4 APIs\n(bulk $export)', col: 0, row: 3 },
    { id: 'claims', label: 'Payer claims\n(nightly SFTP)', col: 0, row: 4 },
    { id: 'msk', label: 'Amazon MSK\n(3 brokers, RF 3)', col: 2, row: 1 },
    { id: 'reg', label: 'Glue Schema\nRegistry', col: 2, row: 0 },
    { id: 'flink', label: 'Flink: parse HL7,\nADT -> bed census', col: 3, row: 1 },
    { id: 'dlq', label: 'DLQ topic\n(unparseable HL7)', col: 3, row: 0 },
    { id: 'census', label: 'Census store\n(Aurora Postgres)', col: 4, row: 0 },
    { id: 'bed', label: 'Bed census & ED\ndashboard (Grafana)', col: 5, row: 0 },
    { id: 'raw', label: 'S3 raw: messages\nas received', col: 2, row: 3 },
    { id: 'emr', label: 'EMR Spark batch\n(MERGE corrections)', col: 3, row: 3 },
    { id: 'silver', label: 'Iceberg silver\n(history, updates)', col: 4, row: 2 },
    { id: 'gold', label: 'Redshift quality\nmarts', col: 4, row: 4 },
    { id: 'qs', label: 'QuickSight quality\ndashboards', col: 5, row: 4 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 2, row: 5 },
    { id: 'cw', label: 'CloudWatch alarms\n+ on-call', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh', label: 'MLLP' },
    { from: 'rh', to: 'msk' },
    { from: 'msk', to: 'reg', dashed: true },
    { from: 'msk', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'census' },
    { from: 'census', to: 'bed' },
    { from: 'msk', to: 'raw', label: 'S3 sink' },
    { from: 'fhir', to: 'raw' },
    { from: 'claims', to: 'raw', via: [[1, 4], [1.5, 3.5]] },
    { from: 'raw', to: 'emr' },
    { from: 'emr', to: 'silver' },
    { from: 'silver', to: 'gold', via: [[3.5, 2.5], [3.5, 4]] },
    { from: 'gold', to: 'qs' },
    { from: 'mwaa', to: 'emr', dashed: true },
    { from: 'flink', to: 'cw', dashed: true, via: [[3.5, 1], [3.5, 1.5], [5, 1.5]] },
  ],
};

/** Healthcare, mediocre: today's nightly extract redrawn; no stream, no raw archive, no live census. */
export const healthMediocreNightly: SceneSpec = {
  boxes: [
    { id: 'epic', label: 'Epic reporting\ndatabase', col: 0, row: 1 },
    { id: 'fhir', label: 'FHIR API', col: 0, row: 3 },
    { id: 'etl', label: 'Nightly SSIS\nextract', col: 1, row: 2 },
    { id: 'sql', label: 'SQL Server\nwarehouse', col: 2, row: 2 },
    { id: 'pbi', label: 'Power BI (census +\nquality)', col: 3, row: 2 },
    { id: 'agent', label: 'SQL Agent schedule', col: 1, row: 4 },
  ],
  arrows: [
    { from: 'epic', to: 'etl' },
    { from: 'fhir', to: 'etl' },
    { from: 'etl', to: 'sql' },
    { from: 'sql', to: 'pbi' },
    { from: 'agent', to: 'etl', dashed: true },
  ],
};

/** Gamed: the strong healthcare design with every arrow reversed. */
export const healthGamedReversed: SceneSpec = reversed(healthStrongAws);
