/**
 * How well the clarify matcher answers questions it has never seen: top-1 topic per phrasing batch in
 * tests/lib/clarify/data, each batch measured with ITS OWN questions held out of the example bank
 * (leave-one-batch-out), so a batch never helps itself. The held-out figure is the honest estimate of
 * accuracy on a new batch; `--in-bank` also prints the figure with every example kept (what a batch's own
 * test sees once its questions are in the bank).
 *
 *   npx tsx scripts/clarify-generalisation.ts [--json] [--misses] [--in-bank]
 *
 * A phrasing without a `case` is asked of the seed case (ecommerce-data-platform), as the blind tests do.
 * Top-1 is the main topic only (a compound item's second half is not judged here); `topic: null` items
 * (statements, small talk, unclear lines) count as right only when the matcher answers no topic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchQuestion } from '../lib/clarify/match-question';
import { loadCase } from '../lib/content/load-cases';
import type { Rubric } from '../lib/content/rubric-schema';

type Phrasing = { case?: string; q: string; topic: string | null };
type BatchFigure = { batch: string; n: number; heldOut: number; inBank?: number; misses?: string[] };

const DATA = path.join(process.cwd(), 'tests', 'lib', 'clarify', 'data');
const SEED_SLUG = 'ecommerce-data-platform';

/** Every phrasing batch, by file name (without `clarify-` and `.json`). */
export function loadBatches(): Map<string, Phrasing[]> {
  const batches = new Map<string, Phrasing[]>();
  for (const file of readdirSync(DATA).filter((name) => name.endsWith('.json')).sort()) {
    batches.set(file.replace(/^clarify-/, '').replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as Phrasing[]);
  }
  return batches;
}

const rubrics = new Map<string, Rubric>();
function rubricFor(slug: string): Rubric {
  let rubric = rubrics.get(slug);
  if (!rubric) {
    rubric = loadCase(slug).rubric;
    rubrics.set(slug, rubric);
  }
  return rubric;
}

function measure(batch: readonly Phrasing[], heldOut: ReadonlySet<string> | undefined): { accuracy: number; misses: string[] } {
  const misses: string[] = [];
  for (const item of batch) {
    const match = matchQuestion(item.q, rubricFor(item.case ?? SEED_SLUG), heldOut ? { heldOut } : {});
    if (match.topic !== item.topic) misses.push(`${item.topic ?? 'null'} <- ${match.topic ?? match.kind}: ${item.q}`);
  }
  return { accuracy: batch.length === 0 ? 1 : 1 - misses.length / batch.length, misses };
}

function main() {
  const args = new Set(process.argv.slice(2));
  const batches = loadBatches();
  const figures: BatchFigure[] = [];
  for (const [name, batch] of batches) {
    const held = measure(batch, new Set(batch.map((item) => item.q)));
    const figure: BatchFigure = { batch: name, n: batch.length, heldOut: round3(held.accuracy) };
    if (args.has('--in-bank')) figure.inBank = round3(measure(batch, undefined).accuracy);
    if (args.has('--misses')) figure.misses = held.misses;
    figures.push(figure);
  }
  const blind = figures.filter((figure) => figure.batch !== 'phrasings');
  const mean = round3(blind.reduce((sum, figure) => sum + figure.heldOut, 0) / blind.length);
  const pooledN = blind.reduce((sum, figure) => sum + figure.n, 0);
  const pooled = round3(blind.reduce((sum, figure) => sum + figure.heldOut * figure.n, 0) / pooledN);
  if (args.has('--json')) {
    console.log(JSON.stringify({ batches: figures, leaveOneBatchOutMean: mean, pooled }, null, 1));
    return;
  }
  for (const figure of figures) {
    console.log(`${figure.batch.padEnd(34)} n=${String(figure.n).padStart(3)}  held-out ${figure.heldOut.toFixed(3)}${figure.inBank === undefined ? '' : `  in-bank ${figure.inBank.toFixed(3)}`}`);
    for (const miss of figure.misses ?? []) console.log(`    ${miss}`);
  }
  console.log(`leave-one-batch-out mean over ${blind.length} blind batches: ${mean.toFixed(3)} (pooled ${pooled.toFixed(3)} on ${pooledN})`);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main();
