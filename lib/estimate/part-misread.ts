import type { DetailedRow } from './evaluate-worksheet';
import type { MisreadProduct } from './misread-product';
import { misreadProduct } from './misread-product';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { symbolsOf, workingOf } from './working';

/** A row an off answer is built from that computes its own part wrongly (misread-product.ts). */
export interface PartMisread extends MisreadProduct {
  /** The part row, as the learner wrote it. */
  row: DetailedRow;
}

/** Rows `row` takes by name, directly or through rows in between, in the order first met. */
function rowsUsed(row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, seen: Set<string>): DetailedRow[] {
  if (row.node === undefined) return [];
  return symbolsOf(row.node).flatMap((name) => {
    const used = rowsByKey.get(name) ?? rowsByKey.get(name.toLowerCase());
    if (used === undefined || seen.has(used.key)) return [];
    seen.add(used.key);
    return [used, ...rowsUsed(used, rowsByKey, seen)];
  });
}

/**
 * The row an off answer is built from that computes a part of this quantity wrongly through one misread
 * literal: `tiered_storage = raw_tier + minute_tier + hour_tier` where `minute_tier` writes 144 rollups a
 * day for the case's one a minute (1,440), so the tier is 10x low and the total with it. The slip is one
 * figure of one row, and everything built on that row carries it. Rows that answer a quantity of the case
 * (`answerKeys`, lower-case) are left to carried-error.ts, which marks their error once. Undefined when no
 * such row explains the answer; never throws.
 */
export function partMisread(item: PreparedQuantity, prepared: PreparedEstimate, row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, answerKeys: ReadonlySet<string>): PartMisread | undefined {
  const factNames = new Set(prepared.factValues.keys());
  const used = rowsUsed(row, rowsByKey, new Set([row.key]));
  // A literal written in a row that answers a quantity is that row's error, marked on it once.
  const answered = new Set(used.filter((candidate) => answerKeys.has(candidate.key.toLowerCase())).flatMap((answer) => workingOf(answer, rowsByKey, factNames).ingredients.filter((ingredient) => ingredient.literal).map((ingredient) => ingredient.text)));
  const found: PartMisread[] = [];
  for (const candidate of used) {
    if (candidate.raw === undefined || answerKeys.has(candidate.key.toLowerCase())) continue;
    const match = misreadProduct(prepared, candidate, rowsByKey, [item]);
    if (match !== undefined && !answered.has(match.used)) found.push({ ...match, row: candidate });
  }
  // Rows are met outermost first: the last one with the same misread literal is where it is written.
  const [first] = found;
  return first === undefined ? undefined : found.findLast((match) => match.used === first.used);
}
