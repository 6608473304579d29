import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSceneFile } from '../../../lib/canvas/parse-scene-file';
import { readScene } from '../../../lib/canvas/read-scene';
import type { DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { placeEdgeReport } from '../../../lib/eval/place-edge-report';
import { corpusTruthSchema } from '../../../lib/eval/corpus-truth-schema';
import type { CorpusSceneTruth } from '../../../lib/eval/corpus-truth-schema';

const root = resolve(import.meta.dirname, '..', '..', '..');
const corpus = [resolve(root, '..', 'shared', 'corpus', 'excalidraw'), resolve(root, '..', '..', 'shared', 'corpus', 'excalidraw')].find((dir) => existsSync(dir)) ?? '';
const truth = corpusTruthSchema.parse(JSON.parse(readFileSync(join(root, 'tests', 'corpus', 'corpus-truth.json'), 'utf8')));

const box = (id: string, label: string, x: number) => ({ id, label, kind: 'unknown' as const, elementIds: [id], bounds: { x, y: 0, width: 100, height: 50 } });

describe('edges judged by place only', () => {
  const scene: CorpusSceneTruth = {
    file: 'made-up',
    components: [
      { id: 'src', label: 'Kafka', kind: 'kafka', at: [50, 25] },
      { id: 'logo', label: 'Spark', kind: 'spark_streaming', at: [250, 25] },
      { id: 'db', label: 'Postgres', kind: 'oltp_database', at: [450, 25] },
    ],
    edges: [
      { from: 'src', to: 'logo', both: false },
      { from: 'logo', to: 'db', both: true },
    ],
  };

  it('counts an edge to a logo the reader could not name, and a double-headed one read backwards', () => {
    const graph: DiagramGraph = {
      components: [box('x', 'Kafka', 0), box('y', '', 200), box('z', 'PG', 400)],
      edges: [
        { from: 'x', to: 'y', label: '', elementIds: ['a'] },
        { from: 'z', to: 'y', label: '', elementIds: ['b'] },
      ],
      groups: [],
    };
    expect(placeEdgeReport(graph, scene)).toMatchObject({ found: 2, wanted: 2, right: 2, read: 2, missed: [], spurious: [] });
  });

  it('names what is missed and what is extra, with the reason', () => {
    const graph: DiagramGraph = {
      components: [box('x', 'Kafka', 0), box('z', 'PG', 400), box('w', 'Legend', 600)],
      edges: [
        { from: 'z', to: 'x', label: '', elementIds: ['a'] },
        { from: 'x', to: 'w', label: '', elementIds: ['b'], undirected: true },
      ],
      groups: [],
    };
    const report = placeEdgeReport(graph, scene);
    expect(report.missed).toEqual([
      { from: 'src', to: 'logo', both: false, why: 'no component at logo' },
      { from: 'logo', to: 'db', both: true, why: 'no component at logo' },
    ]);
    expect(report.spurious.map((e) => e.as)).toEqual(['db -> src', 'src -> ?']);
    expect([report.found, report.right]).toEqual([0, 0]);
  });
});

describe.skipIf(corpus === '')('the reader on the labelled real scenes, edges by place', () => {
  const reports = (corpus === '' ? [] : truth).map((scene) => {
    const parsed = parseSceneFile(new Uint8Array(readFileSync(join(corpus, scene.file))));
    if (!parsed.ok) throw new Error(`${scene.file}: ${parsed.error}`);
    return placeEdgeReport(readScene(parsed.scene), scene);
  });

  // Measured: P 97.1% R 94.1% F1 0.96 before the edge-kind rules (arrows grouped with an icon, markers,
  // junctions, aimed tips), P 97.2% R 96.0% F1 0.97 after. The rest is containers (see the report).
  it('keeps edge precision and recall at their measured level when naming is set aside', () => {
    const sum = (pick: (r: (typeof reports)[number]) => number) => reports.reduce((n, r) => n + pick(r), 0);
    const precision = sum((r) => r.right) / sum((r) => r.read);
    const recall = sum((r) => r.found) / sum((r) => r.wanted);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
