import type { MathNode, Unit } from 'mathjs';
import type { DetailedRow } from './evaluate-worksheet';
import { factorBetween } from './grade-bands';
import { isQuantityLiteral } from './print-expression';
import { printExpression } from './print-expression';
import { safeMath } from './safe-math';
import type { EstimateValue } from './value-dimension';

/** A figure the learner wrote or computed on the way: a literal (`3 MB/event`) or an earlier row's value. */
export interface Ingredient {
  /** As the learner wrote it: `3 MB/event`, or the row's name. */
  text: string;
  value: EstimateValue;
  /** True for a literal, false for an earlier row's value. */
  literal: boolean;
}

/** What a row is built from, following the learner's earlier rows it uses down to facts and literals. */
export interface Working {
  /** Fact value names used by name, directly or through earlier rows. */
  facts: ReadonlySet<string>;
  /** Literals and earlier rows' values, in order. */
  ingredients: readonly Ingredient[];
  /** No names at all and at most one literal: the answer without the working. */
  bare: boolean;
  /** True when the row (or an earlier row it uses) adds or subtracts: its figures are not all one product. */
  sum: boolean;
  /**
   * True when the row (or an earlier row it uses) takes the middle of a range of its own literals:
   * `(10 TB + 30 TB) / 2`, `(a + b + c) / 3`, or the geometric middle `sqrt(10 TB * 90 TB)`. A range's
   * middle is a guess said out loud, not a figure derived from anything.
   */
  midpoint: boolean;
}

/** Names a syntax tree refers to (not units, not functions). */
export function symbolsOf(node: MathNode): string[] {
  const { math } = safeMath();
  const names = new Set<string>();
  node.traverse((child, path) => {
    if (math.isSymbolNode(child) && path !== 'fn' && !math.Unit.isValuelessUnit(child.name)) names.add(child.name);
  });
  return [...names];
}

function literalValue(node: MathNode): EstimateValue | undefined {
  try {
    const value: unknown = node.evaluate();
    const { math } = safeMath();
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (math.isUnit(value) && Number.isFinite(value.value)) return value;
  } catch {
    // A literal that does not evaluate on its own is simply not an ingredient.
  }
  return undefined;
}

function unwrap(node: MathNode): MathNode {
  const { math } = safeMath();
  return math.isParenthesisNode(node) ? unwrap(node.content) : node;
}

/** The operands of a chain of one operator (`a + b + c` -> a, b, c), through parentheses. */
function operands(node: MathNode, fn: string): MathNode[] {
  const { math } = safeMath();
  const inner = unwrap(node);
  // `10 TB` is itself a product (10 times TB): a literal is one operand.
  if (isQuantityLiteral(inner)) return [inner];
  if (math.isOperatorNode(inner) && inner.fn === fn) return inner.args.flatMap((arg) => operands(arg, fn));
  return [inner];
}

/** True when the nodes are two or more literals with a unit, all of one dimension (a range's ends). */
function rangeEnds(nodes: readonly MathNode[]): boolean {
  if (nodes.length < 2 || !nodes.every((node) => isQuantityLiteral(node))) return false;
  const values = nodes.map(literalValue);
  const [first] = values;
  return first !== undefined && typeof first !== 'number' && values.every((value) => value !== undefined && typeof value !== 'number' && value.equalBase(first));
}

/**
 * The middle of a range of the learner's own literals: their sum over their count (`(10 TB + 30 TB) / 2`),
 * or the square root of the product of two (`sqrt(10 TB * 90 TB)`, the middle on a log scale).
 */
function isMidpoint(node: MathNode): boolean {
  const { math } = safeMath();
  if (math.isOperatorNode(node) && node.fn === 'divide') {
    const [top, count] = node.args;
    if (top === undefined || count === undefined) return false;
    const divisor = unwrap(count);
    const ends = operands(top, 'add');
    return math.isConstantNode(divisor) && divisor.value === ends.length && rangeEnds(ends);
  }
  if (math.isFunctionNode(node) && math.isSymbolNode(node.fn) && node.fn.name === 'sqrt' && node.args.length === 1) {
    const [inside] = node.args;
    const ends = inside === undefined ? [] : operands(inside, 'multiply');
    return ends.length === 2 && rangeEnds(ends);
  }
  return false;
}

/** `1 + 200%` or `1 - 20%`: one plus or minus a percentage, a factor written as a change ("+200% over the average"). */
function isPercentChange(node: MathNode): boolean {
  const { math } = safeMath();
  if (!math.isOperatorNode(node) || (node.fn !== 'add' && node.fn !== 'subtract') || node.args.length !== 2) return false;
  const [one, written] = node.args.map(unwrap);
  // mathjs reads `1 + 200%` as 1 + 1 * 200% (a percentage of the left side).
  const change = written !== undefined && math.isOperatorNode(written) && written.fn === 'multiply' ? written.args.map(unwrap)[1] : written;
  const isPercent = change !== undefined && math.isOperatorNode(change) && (change as unknown as { isPercentage?: boolean }).isPercentage === true;
  return one !== undefined && math.isConstantNode(one) && one.value === 1 && isPercent;
}

function collect(node: MathNode, rows: ReadonlyMap<string, DetailedRow>, factNames: ReadonlySet<string>, into: { facts: Set<string>; ingredients: Ingredient[]; visited: Set<string>; sum: boolean; midpoint: boolean }): void {
  const { math } = safeMath();
  if (math.isParenthesisNode(node)) return collect(node.content, rows, factNames, into);
  if (isMidpoint(node)) into.midpoint = true;
  if (isQuantityLiteral(node) || (math.isOperatorNode(node) && (node as unknown as { isPercentage?: boolean }).isPercentage)) {
    const value = literalValue(node);
    if (value !== undefined) into.ingredients.push({ text: printExpression(node), value, literal: true });
    return;
  }
  if (math.isConstantNode(node)) {
    if (typeof node.value === 'number') into.ingredients.push({ text: printExpression(node), value: node.value, literal: true });
    return;
  }
  if (math.isSymbolNode(node)) {
    if (factNames.has(node.name)) {
      into.facts.add(node.name);
      return;
    }
    const row = rows.get(node.name);
    if (row?.raw === undefined || into.visited.has(node.name)) return;
    into.visited.add(node.name);
    into.ingredients.push({ text: node.name, value: row.raw, literal: false });
    if (row.node) collect(row.node, rows, factNames, into);
    return;
  }
  if (isPercentChange(node)) {
    // `(1 + 200%)` is one factor, x3: the peak over the average written as a percentage increase.
    const value = literalValue(node);
    if (value !== undefined) into.ingredients.push({ text: printExpression(node), value, literal: true });
    return;
  }
  if (math.isOperatorNode(node) && (node.fn === 'add' || node.fn === 'subtract')) into.sum = true;
  if (math.isOperatorNode(node) && node.fn === 'to') {
    const [left] = node.args;
    if (left) collect(left, rows, factNames, into);
    return;
  }
  for (const child of (node as unknown as { args?: MathNode[] }).args ?? []) collect(child, rows, factNames, into);
}

/**
 * Reads the working of a row: which facts it uses by name and which figures it multiplies, following the
 * learner's earlier rows by name. `rows` maps row names to rows; `factNames` are the case's value names.
 */
export function workingOf(row: DetailedRow, rows: ReadonlyMap<string, DetailedRow>, factNames: ReadonlySet<string>): Working {
  const into = { facts: new Set<string>(), ingredients: [] as Ingredient[], visited: new Set<string>([row.key]), sum: false, midpoint: false };
  if (row.node) collect(row.node, rows, factNames, into);
  const bare = into.facts.size === 0 && into.ingredients.every((item) => item.literal) && into.ingredients.length <= 1;
  return { facts: into.facts, ingredients: into.ingredients, bare, sum: into.sum, midpoint: into.midpoint };
}

function sameBase(a: Unit, b: Unit): boolean {
  return a.equalBase(b);
}

/**
 * True when two figures are the same amount within `tolerance` (0.1 = 10%): two quantities of the same
 * dimension, two plain numbers, or a plain number equal to a quantity's number as written (`200` for
 * `200 GB/day`, `50e6` for `50e6 events/day`).
 */
export function sameAmount(a: EstimateValue, b: EstimateValue, tolerance: number): boolean {
  const close = (x: number, y: number) => x > 0 && y > 0 && factorBetween(x, y) <= 1 + tolerance + 1e-9;
  if (typeof a === 'number' && typeof b === 'number') return close(a, b);
  if (typeof a !== 'number' && typeof b !== 'number') {
    if (sameBase(a, b)) return close(a.value, b.value);
    // `432 GB` written for a daily figure (432 GB/day): compare it as a per-day amount.
    const dailyA = perDay(a);
    if (dailyA && sameBase(dailyA, b)) return close(dailyA.value, b.value);
    const dailyB = perDay(b);
    return dailyB !== undefined && sameBase(a, dailyB) && close(a.value, dailyB.value);
  }
  const [plain, unit] = typeof a === 'number' ? [a, b as Unit] : [b as number, a];
  try {
    return close(plain, unit.toNumber());
  } catch {
    return false;
  }
}

let day: Unit | undefined;

/** perDay's answers by value: mathjs never mutates a unit, and the case's figures are compared many times. */
const dailyCache = new WeakMap<Unit, Unit | null>();

/** An amount read as so much per day: `432 GB` -> `432 GB/day`. */
export function perDay(value: Unit): Unit | undefined {
  const cached = dailyCache.get(value);
  if (cached !== undefined) return cached ?? undefined;
  const { math } = safeMath();
  day ??= math.Unit.parse('1 day');
  const result: unknown = math.divide(value, day);
  const daily = math.isUnit(result) ? result : undefined;
  dailyCache.set(value, daily ?? null);
  return daily;
}

/**
 * The factor between two amounts of the same dimension, or of an amount written for a daily figure and a
 * rate (`432 GB` and `432 GB/day`); undefined when they are not comparable.
 */
export function distanceBetween(a: EstimateValue, b: EstimateValue): number | undefined {
  if (typeof a === 'number' || typeof b === 'number') return undefined;
  const daily = perDay(a);
  const [left, right] = !sameBase(a, b) && daily !== undefined && sameBase(daily, b) ? [daily, b] : [a, b];
  if (!sameBase(left, right) || !(left.value > 0) || !(right.value > 0)) return undefined;
  return factorBetween(left.value, right.value);
}

/** Multiplies fact values: `machine_count * sensors_per_machine` as one figure the learner may have written. */
export function productOf(values: readonly EstimateValue[]): EstimateValue | undefined {
  const { math } = safeMath();
  try {
    let product: unknown = 1;
    for (const value of values) product = math.multiply(product as never, value as never);
    return typeof product === 'number' || math.isUnit(product) ? (product as EstimateValue) : undefined;
  } catch {
    return undefined;
  }
}
