import type { DetailedRow } from './evaluate-worksheet';
import type { MisreadProduct } from './misread-product';
import { misreadProduct } from './misread-product';
import type { PreparedEstimate } from './prepare-estimate';
import { symbolsOf } from './working';

/**
 * A worked row that answers no quantity and feeds no other row, off against the figure of the case it
 * computes because one of its literals misreads a fact: `audit_per_day = 20e6 events/day * 5 KB/event`
 * where the case says 500 B/event, 10x the case's 10 GB/day. A total of that quantity that lands anyway
 * does not follow from the sheet's own working.
 */
export interface StrayIntermediate extends MisreadProduct {
  /** The off row. */
  row: DetailedRow;
}

/** Row keys some row of the sheet uses by name. */
function usedKeys(rows: readonly DetailedRow[]): Set<string> {
  const used = new Set<string>();
  for (const row of rows) if (row.node !== undefined) for (const name of symbolsOf(row.node)) used.add(name.toLowerCase());
  return used;
}

/**
 * The rows of a sheet that compute a figure of the case wrongly and lead nowhere (StrayIntermediate): each
 * row that answers no quantity (`answerKeys`), is used by no other row, shows working, and lands more than
 * off a figure of the case by the error of one misread literal (misread-product.ts). One entry per row at
 * most; never throws.
 */
export function strayIntermediates(prepared: PreparedEstimate, rows: readonly DetailedRow[], rowsByKey: ReadonlyMap<string, DetailedRow>, answerKeys: ReadonlySet<string>): StrayIntermediate[] {
  const used = usedKeys(rows);
  const found: StrayIntermediate[] = [];
  for (const row of rows) {
    if (row.raw === undefined || row.key === '' || answerKeys.has(row.key.toLowerCase()) || used.has(row.key.toLowerCase())) continue;
    const match = misreadProduct(prepared, row, rowsByKey);
    if (match !== undefined) found.push({ ...match, row });
  }
  return found;
}
