import { describe, expect, it } from 'vitest';
import { classifyComponent } from '@/lib/canvas/classify-kind';
import type { SetAsideReason } from '@/lib/canvas/label-status';
import type { ComponentKind } from '@/lib/diagram/component-kinds';

// A label that takes its own box out of the design (struck out, negated, removed, later, TBD, "?") is
// not the part it names; negated words inside a label that names something else are not read.

describe('labels that set their box aside', () => {
  it.each<[string, SetAsideReason, ComponentKind[]]>([
    ['Kafka (not needed)', 'negated', ['kafka']],
    ['no Redis', 'negated', ['cache']],
    ['Without Airflow', 'negated', ['airflow']],
    ['Schema registry - unnecessary', 'negated', ['schema_registry']],
    ['~~Spark~~', 'struck', ['spark_batch']],
    ['S\u0336n\u0336o\u0336w\u0336f\u0336l\u0336a\u0336k\u0336e\u0336', 'struck', ['warehouse']],
    ['Flink (removed)', 'removed', ['flink']],
    ['Delta Lake - scrapped', 'removed', ['table_format']],
    ['BigQuery: out of scope', 'removed', ['warehouse']],
    ['Feast [phase 2]', 'deferred', ['feature_store']],
    ['Pinot — later', 'deferred', ['realtime_olap']],
    ['Druid (v2)', 'deferred', ['realtime_olap']],
    ['TBD', 'placeholder', []],
    ['TODO: stream processor', 'placeholder', ['stream_processor']],
    ['Redis?', 'question', ['cache']],
    ['Kafka (maybe)', 'question', ['kafka']],
  ])('"%s" is set aside (%s) and would have named %j', (label, reason, kinds) => {
    const reading = classifyComponent(label);
    expect(reading.kinds).toEqual(['unknown']);
    expect(reading.setAside).toEqual({ reason, kinds });
  });

  it('overrides the palette item the box was dropped as', () => {
    expect(classifyComponent('Kinesis (not needed)', [{ kind: 'kafka' }]).setAside?.reason).toBe('negated');
    expect(classifyComponent('Data warehouse (phase 3)', [{ kind: 'warehouse' }]).kinds).toEqual(['unknown']);
  });

  it("keeps the learner's own answer to \"What is this?\"", () => {
    expect(classifyComponent('TBD', [{ kind: 'kafka', kindSource: 'learner' }]).kinds).toEqual(['kafka']);
  });
});

describe('labels that keep their box', () => {
  it.each<[string, ComponentKind[]]>([
    ['Kafka, not Kinesis', ['kafka']],
    ['Orders Postgres (no CDC yet)', ['oltp_database']],
    ['Spark batch (nightly)', ['spark_batch']],
    ['Flink (exactly once?)', ['flink']],
    ['Airflow (TODO: alerts)', ['airflow']],
    ['Kafka ~~Kinesis~~', ['kafka']],
    ['Elastic Agent (deprecated)', ['ingestion_service']],
    ['NoSQL store', ['nosql_database']],
  ])('"%s" reads as %j', (label, kinds) => {
    const reading = classifyComponent(label);
    expect(reading.setAside).toBeUndefined();
    expect(reading.kinds).toEqual(kinds);
  });
});
