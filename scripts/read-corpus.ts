/**
 * Prints what the diagram reader extracts from each Excalidraw scene in a folder, to eyeball
 * against the drawings: components (label, kind), edges (from -> to), groups, counts and timing.
 *
 *   npx tsx scripts/read-corpus.ts [dir]     (default: ../shared/corpus/excalidraw)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSceneFile } from '../lib/canvas/parse-scene-file';
import { readScene } from '../lib/canvas/read-scene';

const repoRoot = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'corpus', 'excalidraw'));
const files = readdirSync(dir)
  .filter((f) => /\.(excalidraw|json|excalidraw\.png|excalidraw\.svg)$/.test(f))
  .sort();

const quote = (s: string) => (s === '' ? '(unlabeled)' : JSON.stringify(s));

for (const file of files) {
  const parsed = parseSceneFile(new Uint8Array(readFileSync(join(dir, file))));
  if (!parsed.ok) {
    console.log(`\n=== ${file}\n  refused: ${parsed.error}`);
    continue;
  }
  const scene = parsed.scene;
  readScene(scene); // warm-up so the timing below is the steady state
  const t0 = performance.now();
  const graph = readScene(scene);
  const ms = performance.now() - t0;
  const labelOf = new Map(graph.components.map((c) => [c.id, c.label]));
  const labelled = graph.components.filter((c) => c.label !== '').length;
  console.log(`\n=== ${file}`);
  console.log(
    `components ${graph.components.length} (${labelled} labelled), edges ${graph.edges.length}, groups ${graph.groups.length}, ${ms.toFixed(2)} ms`,
  );
  for (const c of graph.components) {
    const b = c.bounds;
    console.log(`  [${c.kind}] ${quote(c.label)}  @${Math.round(b.x)},${Math.round(b.y)} ${c.id}`);
  }
  for (const e of graph.edges) {
    const arrow = e.undirected ? '---' : '-->';
    console.log(`  ${quote(labelOf.get(e.from) ?? e.from)} ${arrow} ${quote(labelOf.get(e.to) ?? e.to)}${e.label ? `  (${e.label})` : ''}`);
  }
  for (const g of graph.groups) {
    console.log(`  group ${quote(g.label)}: ${g.componentIds.map((id) => quote(labelOf.get(id) ?? id)).join(', ')}`);
  }
  for (const n of graph.notes ?? []) console.log(`  note: ${n}`);
}
