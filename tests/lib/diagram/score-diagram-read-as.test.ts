import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { kindsFromLabel, labelCorrections } from '../../../lib/canvas/classify-kind';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';

// A label the reader takes as a typo of a product name says so in a finding the learner sees, on the
// box, quoting the word as written.

function boxOf(id: string, label: string): DiagramComponent {
  const kinds = kindsFromLabel(label).kinds;
  return { id, label, kind: kinds[0] ?? 'unknown', kinds: kinds.length > 0 ? kinds : ['unknown'], elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}
const graphOf = (labels: [string, string][], edges: [string, string][]): DiagramGraph => ({
  components: labels.map(([id, label]) => boxOf(id, label)),
  edges: edges.map(([from, to]) => ({ from, to, label: '', elementIds: [`${from}->${to}`] })),
  groups: [],
});
const readAs = (graph: DiagramGraph, slug: string) => scoreDiagram(graph, loadCase(slug).rubric).findings.filter((f) => f.code === 'diagram.read-as');

describe('typo corrections are findings', () => {
  it.each<[string, string, [string, string][], string, string]>([
    ['IoT', 'iot-telemetry', [['s', 'Line sensors'], ['k', 'Kakfa topics'], ['t', 'TimescaleDB']], 'k', '"Kakfa" in "Kakfa topics" as "kafka"'],
    ['cards', 'card-payments', [['pg', 'Ledger Postgress'], ['d', 'Debezum'], ['s3', 'S3']], 'pg', '"Postgress" in "Ledger Postgress" as "postgres"'],
    ['e-commerce', 'ecommerce-data-platform', [['w', 'Snowflak'], ['l', 'Looker']], 'w', '"Snowflak" in "Snowflak" as "snowflake", a data warehouse'],
  ])('%s: names the word as written and what it is read as', (_name, slug, labels, id, says) => {
    const ids = labels.map(([box]) => box);
    const graph = graphOf(labels, ids.slice(1).map((to, i): [string, string] => [ids[i]!, to]));
    const findings = readAs(graph, slug);
    const finding = findings.find((f) => f.refs?.includes(id));
    expect(finding?.message).toContain(`Read ${says}`);
    expect(finding?.severity).toBe('hint');
    expect(finding?.points).toBe(0);
  });

  it('says nothing for labels spelled right or words that are not product names', () => {
    expect(labelCorrections('Kafka (3 brokers)')).toEqual([]);
    expect(labelCorrections('Confident readings')).toEqual([]);
    const graph = graphOf([['a', 'Driver app'], ['k', 'Kafka'], ['r', 'Redis']], [['a', 'k'], ['k', 'r']]);
    expect(readAs(graph, 'ride-hailing')).toEqual([]);
  });
});
