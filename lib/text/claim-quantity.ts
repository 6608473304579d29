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
export type QuantitySpec = {
  dimension: QuantityDimension;
  min?: string | undefined;
  max?: string | undefined;
  required?: boolean | undefined;
  why?: string | undefined;
  /** Words one of which must stand among the few words just before the quantity ("older than", "kept", "retention"). */
  cue?: readonly string[] | undefined;
  /** The case's fact the range comes from, in its words: quoted in the finding (lib/deep-dive/case-fact-cap.ts). */
  fact?: string | undefined;
};

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

/** How many words before a quantity a `cue` may stand ("kept for 2 years", "drops chunks older than 14 days"). */
const CUE_WORDS = 4;

// Whether one of `cue` stands among the CUE_WORDS words just before character `at` (not before `from`).
function cuedAt(text: string, from: number, at: number, cue: readonly string[]): boolean {
  const words = text.slice(Math.max(from, at - 60), at).toLowerCase().split(/[^a-z0-9]+/u).filter((word) => word !== '');
  const before = ` ${words.slice(-CUE_WORDS).join(' ')} `;
  return cue.some((phrase) => before.includes(` ${phrase.toLowerCase().split(/[^a-z0-9]+/u).filter((word) => word !== '').join(' ')} `));
}

// What stands between a term that ends its clause and the next clause when that clause is the term's arguments: `("`.
const CALL_OPENING = /^\s*\(\s*["'`]?$/u;

// Words that open a relative clause about the noun before it ("a compaction job that rewrites ... into 1 MB files").
const RELATIVE: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * Where a relative clause about the term ends, when the term closes its own clause (at most one word after it) and the
 * next clause, past any parenthesis ("a compaction job (OPTIMIZE in Delta) that rewrites each partition into 1 MB
 * files"), opens with "that"/"which": what it says is said of the term. Undefined otherwise.
 */
function relativeEnd(read: ReadText, clauseIndex: number, to: number): number | undefined {
  const own = read.clauses[clauseIndex];
  if (!own || own.to - to > 1) return undefined;
  for (let k = clauseIndex + 1; k <= clauseIndex + 2; k += 1) {
    const clause = read.clauses[k];
    const span = charSpan(read, k);
    const previous = charSpan(read, k - 1);
    if (!clause || !span || !previous) return undefined;
    if (RELATIVE.has(read.tokens[clause.from]?.norm ?? '')) return span[1];
    // Only a parenthesis may stand between the term and its relative clause.
    if (!read.text.slice(previous[1], span[0]).includes('(')) return undefined;
  }
  return undefined;
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
 * ("a 5 minute watermark"), judged against `spec.min`/`spec.max`; with `spec.cue`, only a quantity one of those words
 * stands just before ("drop chunks OLDER THAN 14 days", not "1 day chunks"). Undefined when the clause gives none.
 * Pure; never throws.
 */
export function readQuantity(read: ReadText, from: number, to: number, spec: QuantitySpec): QuantityReading | undefined {
  const clauseIndex = read.clauseOf[from] ?? -1;
  const own = charSpan(read, clauseIndex);
  const start = read.tokens[from]?.start;
  const end = read.tokens[to - 1]?.end;
  if (!own || start === undefined || end === undefined) return undefined;
  // A call's arguments are the term's own clause: `withWatermark("ts", "5 seconds")`.
  const next = own[1] === end ? charSpan(read, clauseIndex + 1) : undefined;
  const span: [number, number] = next && CALL_OPENING.test(read.text.slice(end, next[0])) ? [own[0], next[1]] : [own[0], relativeEnd(read, clauseIndex, to) ?? own[1]];
  const candidates = readValues(read)
    .filter((value) => value.polarity === 'affirmed' && value.start >= span[0] && value.end <= span[1] && (value.end <= start || value.start >= end))
    .filter((value) => spec.cue === undefined || cuedAt(read.text, span[0], value.start, spec.cue))
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
