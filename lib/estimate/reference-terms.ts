import type { MathNode } from 'mathjs';
import { isQuantityLiteral } from './print-expression';
import { safeMath } from './safe-math';
import type { EstimateValue } from './value-dimension';
import { productOf } from './working';

/** A figure the case implies: the product of some of a reference's factors, with the facts it multiplies. */
export interface CaseProduct {
  /** Fact value names among the factors (empty for a product of literals only, which is never kept). */
  names: readonly string[];
  value: EstimateValue;
}

/** One factor of a term: a fact by name, or a literal (`365 day`, `4`), or its inverse after a division. */
interface Factor {
  name?: string;
  value: EstimateValue;
}

/** Terms longer than this are taken whole: 2^8 sub-products per term is plenty for a reference. */
const MAX_FACTORS = 8;
/** A reference that expands to more terms than this is read no further (no shipped case comes close). */
const MAX_TERMS = 16;

function invert(value: EstimateValue): EstimateValue | undefined {
  if (typeof value === 'number') return value === 0 ? undefined : 1 / value;
  const { math } = safeMath();
  try {
    const result: unknown = math.divide(1, value as never);
    return typeof result === 'number' || math.isUnit(result) ? (result as EstimateValue) : undefined;
  } catch {
    return undefined;
  }
}

function evaluateAtom(node: MathNode, values: ReadonlyMap<string, EstimateValue>): EstimateValue | undefined {
  const { math } = safeMath();
  try {
    const result: unknown = node.evaluate(new Map(values));
    if (typeof result === 'number' && Number.isFinite(result)) return result;
    if (math.isUnit(result) && Number.isFinite(result.value)) return result;
  } catch {
    // An atom that does not evaluate on its own adds no figure.
  }
  return undefined;
}

/**
 * The reference expanded into a sum of products (`a * (b + c)` -> `a*b + a*c`), each product a list of
 * factors; undefined when it does not expand within the limits.
 */
function expand(node: MathNode, values: ReadonlyMap<string, EstimateValue>): Factor[][] | undefined {
  const { math } = safeMath();
  if (math.isParenthesisNode(node)) return expand(node.content, values);
  if (math.isSymbolNode(node) && values.has(node.name)) return [[{ name: node.name, value: values.get(node.name) as EstimateValue }]];
  if (isQuantityLiteral(node) || math.isConstantNode(node) || !math.isOperatorNode(node)) {
    const value = evaluateAtom(node, values);
    return value === undefined ? undefined : [[{ value }]];
  }
  const [left, right] = node.args;
  if (node.fn === 'unaryMinus' || node.fn === 'unaryPlus') return left ? expand(left, values) : undefined;
  if (node.fn === 'to') return left ? expand(left, values) : undefined;
  if (left === undefined || right === undefined) return undefined;
  const a = expand(left, values);
  const b = expand(right, values);
  if (a === undefined || b === undefined) return undefined;
  switch (node.fn) {
    case 'add':
    case 'subtract':
      return a.length + b.length > MAX_TERMS ? undefined : [...a, ...b];
    case 'multiply': {
      if (a.length * b.length > MAX_TERMS) return undefined;
      return a.flatMap((first) => b.map((second) => [...first, ...second]));
    }
    case 'divide': {
      // Dividing by a sum is taken whole; dividing by a product inverts each of its factors.
      const [divisor] = b;
      if (b.length !== 1 || divisor === undefined) {
        const whole = evaluateAtom(right, values);
        const inverse = whole === undefined ? undefined : invert(whole);
        return inverse === undefined ? undefined : a.map((term) => [...term, { value: inverse }]);
      }
      const inverted: Factor[] = [];
      for (const factor of divisor) {
        const value = invert(factor.value);
        if (value === undefined) return undefined;
        inverted.push(factor.name === undefined ? { value } : { name: factor.name, value });
      }
      return a.map((term) => [...term, ...inverted]);
    }
    default: {
      const value = evaluateAtom(node, values);
      return value === undefined ? undefined : [[{ value }]];
    }
  }
}

/**
 * Every figure a reference implies on the way to its answer: the products of two or more factors of each
 * term of the reference expanded into a sum of products, keeping those that multiply at least one fact.
 * `machine_count * sensors_per_machine * (sample_rate * reading_size * raw_retention + minute_rollup_rate *
 * rollup_row_size * minute_retention + ...)` gives the one-minute tier's 14.4 GB a day (four facts), one
 * sensor's 288 KB a day (two) and the tier's 10.5 TB (five), so a learner who writes any of them has written
 * the case's own figure. `values` maps the case's fact names to their values.
 */
export function referenceProducts(node: MathNode | undefined, values: ReadonlyMap<string, EstimateValue>): CaseProduct[] {
  if (node === undefined) return [];
  const terms = expand(node, values) ?? [];
  const products: CaseProduct[] = [];
  for (const term of terms) {
    const factors = term.length > MAX_FACTORS ? term.slice(0, MAX_FACTORS) : term;
    for (let mask = 1; mask < 1 << factors.length; mask += 1) {
      const chosen = factors.filter((_, index) => (mask & (1 << index)) !== 0);
      const names = chosen.flatMap((factor) => (factor.name === undefined ? [] : [factor.name]));
      if (chosen.length < 2 || names.length === 0) continue;
      const value = productOf(chosen.map((factor) => factor.value));
      if (value !== undefined) products.push({ names: [...new Set(names)], value });
    }
  }
  return products;
}
