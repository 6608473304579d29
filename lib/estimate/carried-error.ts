import type { DetailedRow } from './evaluate-worksheet';
import { bandFor, factorBetween } from './grade-bands';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { valueDimension, valueIn } from './value-dimension';
import { symbolsOf } from './working';

/** An earlier answer row whose error a later row carries, and by what factor (learner / case, 2.22 = 2.22x high). */
export interface CarriedError {
  /** The earlier row as the learner named it. */
  row: string;
  /** The quantity that row answers. */
  quantity: string;
  /** The earlier row's value over the case's value for it; the later row is off by the same ratio. */
  ratio: number;
}

/** The most row names followed through working rows: a sheet's rows, with room to spare. */
const MAX_NAMES = 64;

/** Whether the row answers one of the case's quantities (by its key), rather than being a working step. */
function answers(prepared: PreparedEstimate, row: DetailedRow): boolean {
  const key = row.key.toLowerCase();
  return prepared.quantities.some((other) => other.quantity.id === key);
}

/**
 * Error carried forward: the row uses, by name (directly or through working rows that answer no quantity), an earlier row that answers another quantity of the case,
 * that earlier row is off (beyond its tolerance, but within 10x: a figure beyond that shows nothing to carry),
 * and this row is off by that same ratio (within the tighter of the two tolerances), so its own step is right
 * and its whole error is the earlier one. `learner` is this row's value in the quantity's unit. The match
 * is by ratio, which holds exactly when the row scales the earlier one (a product): `storage = daily * 90 d`.
 * Undefined when no used row carries the error; never throws.
 */
export function carriedError(item: PreparedQuantity, prepared: PreparedEstimate, row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, learner: number): CarriedError | undefined {
  if (!row.node || !(learner > 0) || !(item.expected > 0)) return undefined;
  const ratio = learner / item.expected;
  // The rows used by name, and through working rows that answer no quantity (`total = raw_tier + minute_tier`,
  // `raw_tier = raw_per_day * 30 day`), the answer rows those use: an error carries through a worked step.
  const names = [...symbolsOf(row.node)];
  const seen = new Set<string>(names);
  for (let i = 0; i < names.length && names.length <= MAX_NAMES; i++) {
    const upstream = rowsByKey.get(names[i]!);
    if (upstream === undefined || upstream === row || !upstream.node || answers(prepared, upstream)) continue;
    for (const name of symbolsOf(upstream.node)) {
      if (seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
  }
  for (const name of names) {
    const upstream = rowsByKey.get(name);
    if (upstream?.raw === undefined || upstream === row) continue;
    const source = prepared.quantities.find((other) => other !== item && other.quantity.id === upstream.key.toLowerCase());
    if (source === undefined || source.error !== undefined || !(source.expected > 0)) continue;
    if (valueDimension(upstream.raw) !== source.quantity.dimension) continue;
    const value = valueIn(upstream.raw, source.quantity.unit);
    if (!(value > 0)) continue;
    const band = bandFor(factorBetween(value, source.expected), source.quantity.tolerance);
    if (band === 'full' || band === 'none') continue;
    const upstreamRatio = value / source.expected;
    if (factorBetween(ratio, upstreamRatio) <= 1 + Math.min(item.quantity.tolerance, source.quantity.tolerance)) {
      return { row: upstream.label, quantity: source.quantity.id, ratio: upstreamRatio };
    }
  }
  return undefined;
}
