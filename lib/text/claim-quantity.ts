import type { ReadText } from './read-text';
import { readText } from './read-text';
import { readValues } from './values';
import type { TextValue } from './values';

/** The dimensions a claim's quantity can be checked in. */
export type QuantityDimension = 'duration' | 'data_size';

/**
 * The duration or size a claim's term must be given in its clause ("a TTL of 15 s", "retained for 7 years",
 * "deletes objects after 13 months"): `min` and `max` are quantities with units ("7 years", "1 min"),
 * inclusive. With `required`, the claim holds only when such a quantity is given (for a wrong claim:
 * "deletes after 13 months" is wrong against a seven-year retention, "deletes old objects" alone is not).
 */
export type QuantitySpec = { dimension: QuantityDimension; min?: string | undefined; max?: string | undefined; required?: boolean | undefined; why?: string | undefined };

/** The quantity a term was given: within the spec's range (`right`) or outside it (`wrong`), with the learner's words. */
export type QuantityReading = { verdict: 'right' | 'wrong'; said: string };

// Base units: seconds and bytes. Month and year as mathjs and the calendar average them (30.44 and 365.25 days).
const DAY = 86_400;
const SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, min: 60, h: 3_600, day: DAY, week: 7 * DAY, month: (365.25 / 12) * DAY, year: 365.25 * DAY };
const BYTES: Readonly<Record<string, number>> = {
  bit: 1 / 8, B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40,
};
const BASE: Readonly<Record<QuantityDimension, Readonly<Record<string, number>>>> = { duration: SECONDS, data_size: BYTES };

/** A quantity the values reader found, in the dimension's base unit (seconds, bytes); undefined when it is not of that dimension. */
export function quantityInBase(value: TextValue, dimension: QuantityDimension): number | undefined {
  if (value.kind !== 'quantity' || typeof value.value !== 'number' || value.unit === undefined) return undefined;
  const factor = BASE[dimension][value.unit];
  return factor === undefined ? undefined : value.value * factor;
}

const boundCache = new Map<string, number | undefined>();

/** A bound written in content ("7 years", "90 s") in the dimension's base unit, read by the same values reader; undefined when it is not one. */
export function boundInBase(text: string, dimension: QuantityDimension): number | undefined {
  const key = `${dimension}\u0000${text}`;
  if (boundCache.has(key)) return boundCache.get(key);
  const value = readValues(readText(text)).find((item) => item.kind === 'quantity');
  const base = value ? quantityInBase(value, dimension) : undefined;
  boundCache.set(key, base);
  return base;
}

function charSpan(read: ReadText, clauseIndex: number): [number, number] | undefined {
  const clause = read.clauses[clauseIndex];
  if (!clause) return undefined;
  const first = read.tokens[clause.from];
  const last = read.tokens[clause.to - 1];
  return first && last ? [first.start, last.end] : undefined;
}

/**
 * The quantity of `spec`'s dimension a term (tokens `[from, to)`) is given in its clause: the nearest
 * affirmed one, after the term first ("TTL of 24 hours", "deletes objects after 13 months") then before it
 * ("a 5 minute watermark"), judged against `spec.min`/`spec.max`. Undefined when the clause gives none.
 * Pure; never throws.
 */
export function readQuantity(read: ReadText, from: number, to: number, spec: QuantitySpec): QuantityReading | undefined {
  const span = charSpan(read, read.clauseOf[from] ?? -1);
  const start = read.tokens[from]?.start;
  const end = read.tokens[to - 1]?.end;
  if (!span || start === undefined || end === undefined) return undefined;
  const candidates = readValues(read)
    .filter((value) => value.polarity === 'affirmed' && value.start >= span[0] && value.end <= span[1] && (value.end <= start || value.start >= end))
    .map((value) => ({ value, base: quantityInBase(value, spec.dimension) }))
    .filter((item): item is { value: TextValue; base: number } => item.base !== undefined);
  const after = candidates.filter((item) => item.value.start >= end);
  const pick = after[0] ?? candidates.filter((item) => item.value.end <= start).pop();
  if (!pick) return undefined;
  const min = spec.min === undefined ? undefined : boundInBase(spec.min, spec.dimension);
  const max = spec.max === undefined ? undefined : boundInBase(spec.max, spec.dimension);
  const within = (min === undefined || pick.base >= min * (1 - 1e-9)) && (max === undefined || pick.base <= max * (1 + 1e-9));
  return { verdict: within ? 'right' : 'wrong', said: pick.value.text };
}
