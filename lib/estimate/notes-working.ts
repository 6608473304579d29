import type { WorkedStatement } from '../text/worked-statements';
import type { DetailedRow } from './evaluate-worksheet';
import { factorBetween } from './grade-bands';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { FACT_TOLERANCE } from './same-figure';
import type { EstimateValue } from './value-dimension';

/** How close a result in the notes must be to the row's figure to be that figure (notes round: `~5,800`). */
const RESULT_TOLERANCE = 0.05;

/** A figure as a number in its own written units (`200 GB/day` -> 200, `3 years` -> 3, `10` -> 10). */
function writtenNumber(value: EstimateValue): number | undefined {
  if (typeof value === 'number') return value;
  try {
    return value.toNumber(value.formatUnits());
  } catch {
    return undefined;
  }
}

function near(a: number, b: number, tolerance: number): boolean {
  return a > 0 && b > 0 && factorBetween(a, b) <= 1 + tolerance + 1e-9;
}

/**
 * The statement of the notes (lib/text/worked-statements.ts) that holds the working of a bare row: it states the
 * row's figure as a result (after its `=`, within 5%) and writes the number of every fact the quantity is built
 * from (`200 GB/day x 365 days = 73 TB` for a bare `73 TB` built from the daily ingest). Undefined for a
 * quantity that is one fact (a target is its own working), a row without a value, or notes that do not work it.
 * Pure.
 */
export function notesWorking(item: PreparedQuantity, row: DetailedRow, prepared: PreparedEstimate, statements: readonly WorkedStatement[]): WorkedStatement | undefined {
  if (row.raw === undefined || item.facts.length + item.factors.length <= 1 || statements.length === 0) return undefined;
  const figure = writtenNumber(row.raw);
  if (figure === undefined || !(figure > 0)) return undefined;
  const facts = item.facts.map((name) => {
    const value = prepared.factValues.get(name);
    return value === undefined ? undefined : writtenNumber(value);
  });
  if (facts.some((value) => value === undefined)) return undefined;
  return statements.find(
    (statement) =>
      statement.results.some((result) => near(result, figure, RESULT_TOLERANCE)) &&
      facts.every((value) => statement.numbers.some((number) => near(number, value as number, FACT_TOLERANCE))),
  );
}
