import type { Quantity, Rubric } from '../content/rubric-schema';
import { dimensionLabel } from '../units/dimensions';
import type { UnitUsage } from './compile-expression';
import { evaluateWorksheetDetailed } from './evaluate-worksheet';
import { nameError } from './names';
import type { EstimateValue } from './value-dimension';
import { valueDimension, valueIn } from './value-dimension';

export interface PreparedQuantity {
  quantity: Quantity;
  /** The reference answer; absent when `error` says why the case's reference does not work. */
  reference?: EstimateValue;
  /** The reference in the quantity's unit. */
  expected: number;
  usage: UnitUsage;
  constants: readonly number[];
  error?: string;
}

export interface PreparedEstimate {
  /** Every fact value of the case, name -> expression. */
  allValues: Readonly<Record<string, string>>;
  quantities: readonly PreparedQuantity[];
}

function prepareQuantity(quantity: Quantity, allValues: Record<string, string>): PreparedQuantity {
  const [row] = evaluateWorksheetDetailed([{ name: '', expr: quantity.reference }], allValues);
  const base = { quantity, expected: Number.NaN, usage: row?.usage ?? { bits: false, bytes: false, binary: false, percent: false, explicitUnit: false }, constants: row?.constants ?? [] };
  const reference = row?.raw;
  if (reference === undefined) return { ...base, error: `reference "${quantity.reference}" does not evaluate: ${row?.error ?? 'no value'}` };
  const dimension = valueDimension(reference);
  if (dimension !== quantity.dimension) {
    return { ...base, error: `reference "${quantity.reference}" is not a ${dimensionLabel(quantity.dimension)}` };
  }
  const expected = valueIn(reference, quantity.unit);
  if (!(expected > 0)) return { ...base, error: `reference "${quantity.reference}" must be a positive amount in ${quantity.unit || 'a plain number'}` };
  return { ...base, reference, expected };
}

const prepared = new WeakMap<Rubric, PreparedEstimate>();

/** Evaluates a case's reference answers once; cached per rubric object, which the loader never mutates. */
export function prepareEstimate(rubric: Rubric): PreparedEstimate {
  const cached = prepared.get(rubric);
  if (cached) return cached;
  const allValues: Record<string, string> = {};
  for (const fact of rubric.steps.clarify.facts) Object.assign(allValues, fact.values);
  const result: PreparedEstimate = {
    allValues,
    quantities: rubric.steps.estimate.quantities.map((quantity) => prepareQuantity(quantity, allValues)),
  };
  prepared.set(rubric, result);
  return result;
}

/** The named values the learner may use after revealing these facts (the app passes this to the worksheet). */
export function availableValuesFor(rubric: Rubric, revealedFactIds: Iterable<string>): Record<string, string> {
  const revealed = new Set(revealedFactIds);
  const values: Record<string, string> = {};
  for (const fact of rubric.steps.clarify.facts) if (revealed.has(fact.id)) Object.assign(values, fact.values);
  return values;
}

/** Problems with a case's estimate content (unusable value names, broken references): for content:check. */
export function estimateContentErrors(rubric: Rubric): string[] {
  const errors: string[] = [];
  const { allValues, quantities } = prepareEstimate(rubric);
  for (const name of Object.keys(allValues)) {
    const invalid = nameError(name);
    const error = invalid ?? evaluateWorksheetDetailed([{ name: '', expr: name }], allValues)[0]?.error;
    if (error !== undefined) errors.push(`steps.clarify value "${name}": ${error}`);
  }
  for (const item of quantities) {
    if (item.error !== undefined) errors.push(`steps.estimate quantity "${item.quantity.id}": ${item.error}`);
  }
  return errors;
}
