import { describe, expect, it } from 'vitest';
import { readOverBuilt } from '@/lib/text/over-built';
import { codesOf, findingOf, gradeCase } from './fixtures';

// Kind: an ML platform built for a case that asks for reports (online feature serving, GPU training with a model
// registry, an experimentation service). A case that names a feature store only as where data scientists read
// historical datasets does not need its online side; a case that scores a model per request needs the online
// features and the trained model. Designs and wording of their own (not golden round 22); the interviewer's score
// is in each title, written before the engine ran.

const parts = (texts: string[], caseText: string) => readOverBuilt(texts, caseText).map((part) => part.part);

describe('the heavy parts of an ML platform', () => {
  it('an online side, a GPU pool and an experimentation service are over-built where the case keeps datasets offline', () => {
    const caseText = 'Historical datasets for data science. Synonyms: feature store, training, data scientists. Daily trips dashboard.';
    expect(parts(['Tecton with DynamoDB online store', 'Kubeflow on a GPU cluster', 'GrowthBook experimentation platform'], caseText)).toEqual([
      'online-feature-store',
      'model-training',
      'experimentation',
    ]);
  });

  it('the offline side the case names is no over-building', () => {
    const caseText = 'Historical datasets for data science. Synonyms: feature store, training, data scientists.';
    expect(parts(['offline feature store as Parquet tables for the data scientists'], caseText)).toEqual([]);
  });

  it('a case that scores a model per request needs the online features and a registry of its models', () => {
    const caseText = 'Risk scores for the checkout within 80 ms through a scoring API. Training data for the risk model.';
    expect(parts(['online feature store in Redis', 'MLflow model registry for the risk model'], caseText)).toEqual([]);
  });
});

const rideInputs = [
  { name: 'driver location pings via Kafka', mode: 'stream', format: 'Protobuf', rate: '250k/s peak' },
  { name: 'ride requests and quotes', mode: 'stream', format: 'Avro', rate: '5k/s peak' },
  { name: 'trips MySQL via Debezium', mode: 'stream', format: 'Avro', rate: '20M trips/day' },
  { name: 'payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
];

describe('an ML platform in a reporting-and-surge case', () => {
  it('ride-hailing rebuilt around online features, GPU training and experiments loses points for each (interviewer: 50)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: rideInputs,
      useCase: 'A machine-learning platform first: online features, GPU model training and experiments for pricing; surge and earnings reuse the same features.',
      sla: 'surge within 30 s; earnings daily by 07:00',
      outputs: [
        { consumer: 'pricing', store: 'Tecton online store (DynamoDB)' },
        { consumer: 'data scientists', store: 'Kubeflow pipelines on a GPU cluster with MLflow registry' },
        { consumer: 'product', store: 'experimentation platform (GrowthBook)' },
        { consumer: 'finance', store: 'earnings marts in BigQuery' },
      ],
      processingStyle: 'both',
      reason: 'Flink computes features every few seconds into the online store; surge is one more model. Everything is future-proof for ML.',
    });
    const finding = findingOf(result, 'design.over-built');
    expect(finding?.points).toBeGreaterThanOrEqual(21);
    expect(result.score).toBeLessThanOrEqual(65);
  });

  it('the same case with datasets for data science in the lake is not over-built (interviewer: 82)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: rideInputs,
      useCase: 'Surge per H3 cell from supply and demand; daily trips, fares and earnings; trip history for the demand-forecast team.',
      sla: 'surge within 30 s; earnings daily by 07:00',
      outputs: [
        { consumer: 'pricing service', store: 'Redis keyed by H3 cell' },
        { consumer: 'data scientists', store: 'offline feature store: Parquet in GCS' },
        { consumer: 'finance', store: 'earnings marts in BigQuery' },
      ],
      processingStyle: 'both',
      reason: 'Flink windows supply and demand per cell every 10 s into Redis; a nightly Spark job builds earnings and training tables from the lake.',
    });
    expect(codesOf(result)).not.toContain('design.over-built');
  });
});
