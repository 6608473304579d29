import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSceneFile } from '../../../lib/canvas/parse-scene-file';
import { readScene } from '../../../lib/canvas/read-scene';
import type { DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { corpusAccuracy, overallAccuracy } from '../../../lib/eval/corpus-accuracy';
import { corpusTruthSchema } from '../../../lib/eval/corpus-truth-schema';
import type { CorpusSceneTruth } from '../../../lib/eval/corpus-truth-schema';

const root = resolve(import.meta.dirname, '..', '..', '..');
// Beside the main checkout, or two levels up from a worktree.
const corpus = [resolve(root, '..', 'shared', 'corpus', 'excalidraw'), resolve(root, '..', '..', 'shared', 'corpus', 'excalidraw')].find((dir) => existsSync(dir)) ?? '';
const truth = corpusTruthSchema.parse(JSON.parse(readFileSync(join(root, 'tests', 'corpus', 'corpus-truth.json'), 'utf8')));

const box = (id: string, label: string, x: number, y: number) => ({ id, label, kind: 'unknown' as const, elementIds: [id], bounds: { x, y, width: 100, height: 50 } });

describe('corpus accuracy against hand labels', () => {
  const scene: CorpusSceneTruth = {
    file: 'made-up',
    components: [
      { id: 'a', label: 'Kafka', kind: 'kafka', at: [50, 25] },
      { id: 'b', label: 'Spark job', kind: 'spark_streaming', at: [250, 25] },
    ],
    edges: [{ from: 'a', to: 'b', both: false }],
  };

  it('finds components by place and label, and edges by direction', () => {
    const graph: DiagramGraph = { components: [box('x', 'Kafka', 0, 0), box('y', 'Spark job', 200, 0)], edges: [{ from: 'x', to: 'y', label: '', elementIds: ['e'] }], groups: [] };
    const result = corpusAccuracy(graph, scene);
    expect([result.recall, result.precision, result.edgeF1]).toEqual([1, 1, 1]);
    expect(result.kindAccuracy).toBe(0);
  });

  it('counts a reversed arrow, a wrong label and an extra box as errors', () => {
    const graph: DiagramGraph = {
      components: [box('x', 'Kafka', 0, 0), box('y', 'Monthly email', 200, 0), box('z', 'Logo', 400, 0)],
      edges: [{ from: 'x', to: 'z', label: '', elementIds: ['e'] }],
      groups: [],
    };
    const result = corpusAccuracy(graph, scene);
    expect(result.recall).toBe(0.5);
    expect(result.precision).toBeCloseTo(1 / 3);
    expect(result.edgeF1).toBe(0);
  });
});

describe('corpus accuracy: misses read in place with no name', () => {
  const scene: CorpusSceneTruth = {
    file: 'made-up',
    components: [
      { id: 'a', label: 'Kafka', kind: 'kafka', at: [50, 25] },
      { id: 'b', label: 'Spark job', kind: 'spark_streaming', at: [250, 25] },
      { id: 'c', label: 'S3', kind: 'object_store', at: [450, 25] },
    ],
    edges: [],
  };

  it('counts a labelled component read as an unnamed logo at its place, not one read with another name or not at all', () => {
    const graph: DiagramGraph = { components: [box('x', 'Kafka', 0, 0), box('y', '', 200, 0), box('z', 'Monthly email', 400, 0)], edges: [], groups: [] };
    expect(corpusAccuracy(graph, scene).counts).toMatchObject({ found: 1, unnamed: 1 });
    expect(corpusAccuracy({ components: [box('x', 'Kafka', 0, 0)], edges: [], groups: [] }, scene).counts.unnamed).toBe(0);
  });
});

describe.skipIf(corpus === '')('the reader on the labelled real scenes', () => {
  // Vitest runs a skipped suite's body to collect it: read nothing when the corpus is absent.
  const measured = (corpus === '' ? [] : truth).map((scene) => {
    const parsed = parseSceneFile(new Uint8Array(readFileSync(join(corpus, scene.file))));
    if (!parsed.ok) throw new Error(`${scene.file}: ${parsed.error}`);
    return corpusAccuracy(readScene(parsed.scene), scene);
  });

  // Floors just under what was measured on all ten labelled scenes (labels written blind, branch corpus-labels).
  it('keeps component recall, precision, kind accuracy and edge F1 at their measured level', () => {
    const overall = overallAccuracy(measured);
    // Ten scenes before any fix for them: recall 78.3%, precision 52.5%, kinds 58.5%, edge F1 0.57.
    // After (Kafka products hold topics, tags, log/metrics stores): recall 78.3%, precision 52.5%, kinds 67.0%, edge F1 0.57.
    // After (decoration, grouped tags, detail panels, "..." lists, the system boundary): recall 78.3%, precision 79.7%, kinds 67.0%, edge F1 0.63.
    // After (edge kinds: arrows grouped with an icon, markers, junctions, aimed tips): recall 78.3%, precision 79.0%,
    // kinds 77.7%, edge F1 0.62. The two arrows grouped with a hand-drawn Python logo now read (true edges, see the
    // place-only figures in place-edge-report.test.ts), so that logo, which has no name in the file, is an unnamed
    // component (the checklist asks what it is) instead of decoration: one more read component that no label matches.
    expect(overall.recall).toBeGreaterThanOrEqual(0.78);
    expect(overall.precision).toBeGreaterThanOrEqual(0.785);
    expect(overall.kindAccuracy).toBeGreaterThanOrEqual(0.66);
    expect(overall.edgeF1).toBeGreaterThanOrEqual(0.62);
  });
});
