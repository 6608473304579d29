/**
 * Prints what the diagram reader extracts from each Excalidraw scene in a folder, to eyeball
 * against the drawings: components (label, kind), edges (from -> to), groups, counts and timing.
 * For the scenes labelled by hand in tests/corpus/corpus-truth.json it then prints component
 * recall and precision, kind accuracy and edge F1 against the labels, per scene and overall.
 *
 *   npx tsx scripts/read-corpus.ts [--json] [--misses] [dir]     (default: ../shared/corpus/excalidraw)
 *
 * --json prints only the figures (per scene and overall, no timings), so two runs can be diffed.
 * --misses prints, instead of the readings, each labelled component the reader missed or read as
 * another kind, with what it read at that place.
 * --edges prints, instead of the readings, each labelled edge the reader missed and each edge it read
 * that no label has, matching components by place only (the reader component holding a labelled
 * point, named or not), so arrow reading is judged apart from naming; with the place-only edge F1.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSceneFile } from '../lib/canvas/parse-scene-file';
import { readScene } from '../lib/canvas/read-scene';
import type { DiagramGraph } from '../lib/canvas/diagram-graph';
import { corpusAccuracy, overallAccuracy } from '../lib/eval/corpus-accuracy';
import { placeEdgeReport } from '../lib/eval/place-edge-report';
import type { CorpusAccuracy } from '../lib/eval/corpus-accuracy';
import { corpusTruthSchema } from '../lib/eval/corpus-truth-schema';

const repoRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const missesOnly = args.includes('--misses');
const edgesOnly = args.includes('--edges');
const dirArg = args.find((arg) => !arg.startsWith('--'));
// The corpus sits beside the main checkout; a worktree under wt/ is one level deeper.
const defaultDir = [join(repoRoot, '..', 'shared', 'corpus', 'excalidraw'), join(repoRoot, '..', '..', 'shared', 'corpus', 'excalidraw')].find((d) => existsSync(d));
const dir = resolve(dirArg ?? defaultDir ?? join(repoRoot, '..', 'shared', 'corpus', 'excalidraw'));
const log = json || missesOnly || edgesOnly ? () => undefined : (line: string) => console.log(line);
const files = readdirSync(dir)
  .filter((f) => /\.(excalidraw|json|excalidraw\.png|excalidraw\.svg)$/.test(f))
  .sort();

const quote = (s: string) => (s === '' ? '(unlabeled)' : JSON.stringify(s));
const truth = corpusTruthSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'tests', 'corpus', 'corpus-truth.json'), 'utf8')));
const graphs = new Map<string, DiagramGraph>();

for (const file of files) {
  const parsed = parseSceneFile(new Uint8Array(readFileSync(join(dir, file))));
  if (!parsed.ok) {
    log(`\n=== ${file}\n  refused: ${parsed.error}`);
    continue;
  }
  const scene = parsed.scene;
  readScene(scene); // warm-up so the timing below is the steady state
  const t0 = performance.now();
  const graph = readScene(scene);
  const ms = performance.now() - t0;
  graphs.set(file, graph);
  const labelOf = new Map(graph.components.map((c) => [c.id, c.label]));
  const labelled = graph.components.filter((c) => c.label !== '').length;
  log(`\n=== ${file}`);
  log(
    `components ${graph.components.length} (${labelled} labelled), edges ${graph.edges.length}, groups ${graph.groups.length}, ${ms.toFixed(2)} ms`,
  );
  for (const c of graph.components) {
    const b = c.bounds;
    log(`  [${c.kind}] ${quote(c.label)}  @${Math.round(b.x)},${Math.round(b.y)} ${c.id}`);
  }
  for (const e of graph.edges) {
    const arrow = e.undirected ? '---' : '-->';
    log(`  ${quote(labelOf.get(e.from) ?? e.from)} ${arrow} ${quote(labelOf.get(e.to) ?? e.to)}${e.label ? `  (${e.label})` : ''}`);
  }
  for (const g of graph.groups) {
    log(`  group ${quote(g.label)}: ${g.componentIds.map((id) => quote(labelOf.get(id) ?? id)).join(', ')}`);
  }
  for (const n of graph.notes ?? []) log(`  note: ${n}`);
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const measured: CorpusAccuracy[] = truth.flatMap((scene) => {
  const graph = graphs.get(scene.file);
  return graph ? [corpusAccuracy(graph, scene)] : [];
});
if (missesOnly) {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const scene of truth) {
    const graph = graphs.get(scene.file);
    if (!graph) continue;
    const lines: string[] = [];
    for (const item of scene.components) {
      const [x, y] = item.at;
      const here = graph.components.filter((c) => x >= c.bounds.x && x <= c.bounds.x + c.bounds.width && y >= c.bounds.y && y <= c.bounds.y + c.bounds.height);
      const hit = here.find((c) => ` ${words(c.label)} `.includes(` ${words(item.label)} `));
      const read = here.map((c) => `${quote(c.label)} [${(c.kinds ?? [c.kind]).join(', ')}]`).join('; ') || 'nothing';
      if (!hit) lines.push(`  missed ${quote(item.label)} (${item.kind}) at ${x},${y}: read ${read}`);
      else if (!(hit.kinds ?? [hit.kind]).includes(item.kind)) lines.push(`  kind   ${quote(item.label)}: want ${item.kind}, read ${(hit.kinds ?? [hit.kind]).join(', ')}`);
    }
    if (lines.length > 0) console.log(`\n=== ${scene.file}\n${lines.join('\n')}`);
  }
}
if (edgesOnly) {
  let right = 0;
  let read = 0;
  let found = 0;
  let wanted = 0;
  for (const scene of truth) {
    const graph = graphs.get(scene.file);
    if (!graph) continue;
    const report = placeEdgeReport(graph, scene);
    right += report.right;
    read += report.read;
    found += report.found;
    wanted += report.wanted;
    const labelOf = new Map(graph.components.map((c) => [c.id, c.label]));
    const name = (id: string) => `${id.slice(0, 8)} ${quote(labelOf.get(id) ?? '?').slice(0, 30)}`;
    const lines = [
      ...report.missed.map((e) => `  missed   ${e.from} -> ${e.to}${e.both ? ' (both ways)' : ''}${e.why ? `: ${e.why}` : ''}`),
      ...report.spurious.map((e) => `  spurious ${name(e.from)} ${e.undirected ? '---' : '-->'} ${name(e.to)} [${e.elementIds.join(', ')}]${e.as ? ` = ${e.as}` : ''}`),
    ];
    console.log(`\n=== ${scene.file}: place-only edges P ${pct(report.read > 0 ? report.right / report.read : 1)} R ${pct(report.wanted > 0 ? report.found / report.wanted : 1)}`);
    if (lines.length > 0) console.log(lines.join('\n'));
  }
  const p = read > 0 ? right / read : 1;
  const r = wanted > 0 ? found / wanted : 1;
  console.log(`\noverall place-only edges: P ${pct(p)} R ${pct(r)} F1 ${(p + r > 0 ? (2 * p * r) / (p + r) : 0).toFixed(2)} (${found} of ${wanted} labelled edges read, ${right} of ${read} read edges right)`);
}
if (json) {
  const overall = overallAccuracy(measured);
  const scenes = [...graphs].map(([file, graph]) => ({ file, components: graph.components.length, edges: graph.edges.length, groups: graph.groups.length }));
  console.log(JSON.stringify({ scenes, accuracy: measured, overall }, null, 2));
} else if (measured.length > 0) {
  console.log('\n=== against the hand labels (tests/corpus/corpus-truth.json)');
  for (const m of measured) {
    console.log(`  ${m.file}: components recall ${pct(m.recall)} precision ${pct(m.precision)} kinds ${pct(m.kindAccuracy)}, edges F1 ${m.edgeF1.toFixed(2)} (P ${pct(m.edgePrecision)} R ${pct(m.edgeRecall)})`);
  }
  const overall = overallAccuracy(measured);
  console.log(`  overall (${measured.length} scenes): components recall ${pct(overall.recall)} precision ${pct(overall.precision)} kinds ${pct(overall.kindAccuracy)}, edges F1 ${overall.edgeF1.toFixed(2)}`);
  const missed = measured.reduce((n, m) => n + m.counts.truth - m.counts.found, 0);
  const unnamed = measured.reduce((n, m) => n + m.counts.unnamed, 0);
  console.log(`  missed components: ${missed}, of which ${unnamed} read in place with no name (logos with no text)`);
}
