import type { MathNode } from 'mathjs';
import type { Quantity, Rubric } from '../content/rubric-schema';
import { dimensionLabel } from '../units/dimensions';
import type { UnitUsage } from './compile-expression';
import { evaluateWorksheetDetailed } from './evaluate-worksheet';
import { nameError } from './names';
import type { EstimateValue } from './value-dimension';
import { valueDimension, valueIn } from './value-dimension';
import { symbolsOf } from './working';

/** A figure the grade compares the learner's working with: a defining factor or a typical value. */
export interface Figure {
  label: string;
  /** As the case writes it, e.g. `1 year`. */
  text: string;
  value?: EstimateValue;
}

export interface PreparedQuantity {
  quantity: Quantity;
  /** Fact value names the quantity is built from: `builtFrom.facts`, else the names its reference uses. */
  facts: readonly string[];
  /** Factors that define it (`a year`), from `builtFrom.factors`. */
  factors: readonly Figure[];
  /** Every fact value name its reference expression uses. */
  referenceFacts: readonly string[];
  /** The reference answer; absent when `error` says why the case's reference does not work. */
  reference?: EstimateValue;
  /** The reference expression's syntax tree, for the figures it implies on the way (reference-terms.ts). */
  referenceNode?: MathNode;
  /** The reference in the quantity's unit. */
  expected: number;
  usage: UnitUsage;
  constants: readonly number[];
  error?: string;
}

export interface PreparedEstimate {
  /** Every fact value of the case, name -> expression. */
  allValues: Readonly<Record<string, string>>;
  /** Every fact value of the case, evaluated (those that evaluate). */
  factValues: ReadonlyMap<string, EstimateValue>;
  /** Every fact value name -> the id of the clarify fact that reveals it (values of one answer describe one thing). */
  factGroups: ReadonlyMap<string, string>;
  /** Figures the case implies for intermediate assumptions (bytes per event). */
  typical: readonly Figure[];
  /** The growth fact, when the case has one that is a plain factor above 1. */
  growth?: { name: string; factor: number };
  quantities: readonly PreparedQuantity[];
}

function figure(label: string, text: string, allValues: Record<string, string>): Figure {
  const [row] = evaluateWorksheetDetailed([{ name: '', expr: text }], allValues);
  return row?.raw === undefined ? { label, text } : { label, text, value: row.raw };
}

function prepareQuantity(quantity: Quantity, allValues: Record<string, string>): PreparedQuantity {
  const [row] = evaluateWorksheetDetailed([{ name: '', expr: quantity.reference }], allValues);
  const referenceFacts = row?.node ? symbolsOf(row.node).filter((name) => Object.hasOwn(allValues, name)) : [];
  const facts = quantity.builtFrom?.facts ?? referenceFacts;
  const factors = (quantity.builtFrom?.factors ?? []).map((factor) => figure(factor.label, factor.value, allValues));
  const base = {
    quantity,
    facts,
    factors,
    referenceFacts,
    expected: Number.NaN,
    usage: row?.usage ?? { bits: false, bytes: false, binary: false, percent: false, explicitUnit: false },
    constants: row?.constants ?? [],
    ...(row?.node ? { referenceNode: row.node } : {}),
  };
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
  const factGroups = new Map<string, string>();
  for (const fact of rubric.steps.clarify.facts) {
    Object.assign(allValues, fact.values);
    for (const name of Object.keys(fact.values ?? {})) factGroups.set(name, fact.id);
  }
  const names = Object.keys(allValues);
  const evaluated = evaluateWorksheetDetailed(names.map((name) => ({ name: '', expr: name })), allValues);
  const factValues = new Map<string, EstimateValue>();
  names.forEach((name, index) => {
    const raw = evaluated[index]?.raw;
    if (raw !== undefined) factValues.set(name, raw);
  });
  const { estimate } = rubric.steps;
  const growthValue = estimate.growth === undefined ? undefined : factValues.get(estimate.growth);
  const result: PreparedEstimate = {
    allValues,
    factValues,
    factGroups,
    typical: (estimate.typicalValues ?? []).map((item) => figure(item.label, item.value, allValues)),
    quantities: estimate.quantities.map((quantity) => prepareQuantity(quantity, allValues)),
  };
  if (estimate.growth !== undefined && typeof growthValue === 'number' && growthValue > 1) result.growth = { name: estimate.growth, factor: growthValue };
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
    const where = `steps.estimate quantity "${item.quantity.id}"`;
    if (item.error !== undefined) errors.push(`${where}: ${item.error}`);
    if (item.quantity.builtFrom === undefined) errors.push(`${where}: add builtFrom (the facts and factors a good row uses), so the working can be graded`);
    for (const fact of item.quantity.builtFrom?.facts ?? []) {
      if (!Object.hasOwn(allValues, fact)) errors.push(`${where}: builtFrom fact "${fact}" is not a value of any fact`);
    }
    for (const factor of item.factors) {
      if (factor.value === undefined) errors.push(`${where}: builtFrom factor "${factor.label}" (${factor.text}) does not evaluate`);
    }
  }
  const { estimate } = rubric.steps;
  for (const item of prepareEstimate(rubric).typical) {
    if (item.value === undefined || typeof item.value === 'number') errors.push(`steps.estimate typical value "${item.label}" (${item.text}) must evaluate to an amount with a unit`);
  }
  if (estimate.growth !== undefined && prepareEstimate(rubric).growth === undefined) {
    errors.push(`steps.estimate growth "${estimate.growth}" must name a fact value that is a plain factor above 1 (such as 1.5)`);
  }
  return errors;
}
