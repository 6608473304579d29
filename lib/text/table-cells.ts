import type { TextToken } from './tokens';

/**
 * Whether a `|` between tokens `from` (exclusive) and `to` (exclusive) separates two cells of a markdown pipe table
 * ("| history | none | time travel |"). A table row compares options column by column: "none" in one cell is that
 * column's value, not a negation of the next cell's words, so negation scope stops at a cell boundary.
 */
export function cellBreakBetween(tokens: readonly TextToken[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t += 1) if (tokens[t]?.norm === '|') return true;
  return false;
}
