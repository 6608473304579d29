import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '../../../lib/canvas/classify-kind';
import { grade } from '../diagram/fixtures';

// A box labelled with a storage path ("gs://warehouse/kafka-flink-exactly-once/") is a place in that store: the
// bucket and folder names are names the drawer chose, not components, so "flink" in a folder name is no stream job
// and "dashboards" in one no reader. Written for this kind, with other stores, cases and wording than the golden
// scenes; the interviewer's scores were written first.

describe('a label that is a storage path', () => {
  it('reads as the store its scheme names, not as the tools in its folder names', () => {
    expect(kindsFromLabel('gs://events/kafka-flink-exactly-once/').kinds).toEqual(['object_store']);
    expect(kindsFromLabel('abfss://raw@lake.dfs.core.windows.net/debezium-cdc/').kinds).toEqual(['object_store']);
    expect(kindsFromLabel('s3a://trips/redis-surge-api/').kinds).toEqual(['object_store']);
  });

  it('keeps what the words around the path name ("Iceberg table at s3://lake/trips/")', () => {
    const kinds = kindsFromLabel('Iceberg table at s3://lake/trips/').kinds;
    expect(kinds).toContain('table_format');
    expect(kinds).not.toContain('nosql_database');
  });

  it('grades a chain of keyword folders as next to nothing (interviewer: 5)', () => {
    const result = grade('ride-hailing', {
      boxes: [
        { id: 'a', label: 'gs://rides/kafka-driver-pings/', col: 0, row: 0, width: 260 },
        { id: 'b', label: 'gs://rides/flink-h3-surge-watermark/', col: 1, row: 1, width: 260 },
        { id: 'c', label: 'gs://rides/redis-pricing-api/', col: 2, row: 0, width: 260 },
        { id: 'd', label: 'gs://rides/airflow-spark-warehouse-dashboard/', col: 3, row: 1, width: 260 },
      ],
      arrows: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'd' },
      ],
    });
    expect(result.score).toBeLessThanOrEqual(10);
  });
});
