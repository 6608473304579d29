import type { EvalFunction, MathNode, Unit } from 'mathjs';
import { OTHER_MATHJS_FUNCTIONS } from '../units/math-factories';
import { BLOCKED_FUNCTIONS, safeMath } from './safe-math';
import { printExpression } from './print-expression';
import { readExpression } from './read-expression';
import { readTrailingFactors } from './trailing-factor';

import { MAX_EXPRESSION_LENGTH } from './limits';

export { MAX_EXPRESSION_LENGTH };
const MAX_NESTING = 40;
const MAX_NODES = 300;
const CACHE_LIMIT = 2000;

/** What the learner's units say about intent: used for display (binary, bits, %) and for findings. */
export interface UnitUsage {
  /** A bit unit such as `Gb`, `bits` or `Gbps`. */
  bits: boolean;
  /** A byte unit such as `GB`, `TiB` or `bytes`. */
  bytes: boolean;
  /** A binary prefix such as `Ki`, `Gi`, `Ti`. */
  binary: boolean;
  /** A `99.9%`-style percentage. */
  percent: boolean;
  /** The expression ends with `to <unit>`: show the result in exactly that unit. */
  explicitUnit: boolean;
  /** A range (`2-4 TB/day`) read at its top, in this expression or (after evaluation) a row it uses. */
  range?: boolean;
  /** A number written in words (`fifty thousand`), in this expression or a row it uses. */
  spelled?: boolean;
}

export interface CompiledExpression {
  code: EvalFunction;
  /** Names the expression needs from the scope: fact values and earlier rows. */
  symbols: readonly string[];
  usage: UnitUsage;
  /** Number literals, in order: lets a finding notice `400 day` where the exact figure is `365 day`. */
  constants: readonly number[];
  /** How the expression was read, with explicit parentheses: `((50e6 events/day) * 10) / (86400 s)`. */
  read: string;
  /** Readings the learner may not expect (`50m was read as 50e6`). */
  notes: readonly string[];
  /** The checked syntax tree, for the grader's look at the working (which facts and literals it multiplies). */
  node: MathNode;
  /** Time units written in the expression (`day`, `s`), largest meaning first is up to the caller. */
  timeUnits: readonly string[];
}

export type CompileResult = { ok: true; expression: CompiledExpression } | { ok: false; error: string };

const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod', 'to']);
export const ALLOWED_FUNCTIONS = ['abs', 'ceil', 'floor', 'round', 'min', 'max', 'sqrt', 'cbrt', 'exp', 'log', 'log10', 'log2'] as const;
const FUNCTIONS = new Set<string>(ALLOWED_FUNCTIONS);
/** Constants an expression may use; the number words are imported into the safe instance. */
export const ALLOWED_CONSTANTS = ['pi', 'e', 'thousand', 'million', 'billion', 'trillion'] as const;
const CONSTANTS = new Set<string>(ALLOWED_CONSTANTS);
const BLOCKED = new Set<string>(BLOCKED_FUNCTIONS);
/** Units whose names mathjs also uses for functions (min, sec = secant): as values they mean the unit. */
const UNIT_SYNONYMS = new Map([
  ['min', 'minute'],
  ['sec', 'second'],
]);
const BIT_UNITS = new Set(['b', 'bit', 'bits', 'Kb', 'bps', 'Kbps', ...['k', 'K', 'M', 'G', 'T'].flatMap((prefix) => [`${prefix}bit`, `${prefix}bits`])]);
const BYTE_UNITS = new Set(['B', 'byte', 'bytes', 'KB']);
const BINARY_PREFIXES = new Set(['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi', 'kibi', 'mebi', 'gibi', 'tebi', 'pebi', 'exbi', 'zebi', 'yobi']);

const cache = new Map<string, CompileResult>();

function nestingDepth(expr: string): number {
  let depth = 0;
  let max = 0;
  for (const char of expr) {
    if (char === '(' || char === '[' || char === '{') max = Math.max(max, ++depth);
    else if (char === ')' || char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

function describeNodeType(type: string): string {
  switch (type) {
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return 'assignments (put the name in the name column instead of writing `x = ...`)';
    case 'ArrayNode':
    case 'RangeNode':
    case 'IndexNode':
      return 'matrices, ranges and indexes';
    case 'ObjectNode':
    case 'AccessorNode':
      return 'objects and property access';
    case 'BlockNode':
      return 'several expressions in one row (use one row each)';
    case 'ConditionalNode':
    case 'RelationalNode':
      return 'conditions and comparisons';
    default:
      return `${type.replace(/Node$/, '').toLowerCase()} expressions`;
  }
}

interface Walk {
  symbols: Set<string>;
  timeUnits: Set<string>;
  usage: UnitUsage;
  constants: number[];
  nodes: number;
}

function recordUnit(unit: Unit, walk: Walk): void {
  for (const component of unit.units) {
    const name = component.unit.name;
    // The type declares prefix as a string; at runtime it is a prefix object with a name.
    const prefix = (component.prefix as unknown as { name?: unknown }).name;
    if (BIT_UNITS.has(name)) walk.usage.bits = true;
    if (BYTE_UNITS.has(name)) walk.usage.bytes = true;
    if (typeof prefix === 'string' && BINARY_PREFIXES.has(prefix)) walk.usage.binary = true;
    if (component.unit.base.key === 'TIME' && component.unit.value >= 60) walk.timeUnits.add(name);
  }
}

/** Returns an error message for the first construct the worksheet does not allow. */
function check(node: MathNode, depth: number, walk: Walk): string | undefined {
  walk.nodes += 1;
  if (walk.nodes > MAX_NODES || depth > MAX_NESTING) return 'the expression is too complex; split it over several rows';
  const { math, unit } = safeMath();
  if (math.isConstantNode(node)) {
    if (typeof node.value !== 'number') return 'only numbers, units and names are allowed (no text or true/false)';
    walk.constants.push(node.value);
    return undefined;
  }
  if (math.isSymbolNode(node)) {
    const name = node.name;
    if (CONSTANTS.has(name)) return undefined;
    if (BLOCKED.has(name)) return `${name} is disabled in the estimate worksheet`;
    if (FUNCTIONS.has(name)) return `"${name}" is a function, not a value: call it as ${name}(...)`;
    if (math.Unit.isValuelessUnit(name)) {
      recordUnit(unit(name), walk);
      return undefined;
    }
    // Any other name, including mathjs's many other functions (count, size, bin...), must come from the
    // worksheet's scope: evaluation refuses to start while one is missing, so it never reaches mathjs itself.
    walk.symbols.add(name);
    return undefined;
  }
  if (math.isParenthesisNode(node)) return check(node.content, depth + 1, walk);
  if (math.isOperatorNode(node)) {
    if (node.fn === 'factorial') return 'factorials (!) are not available in the worksheet';
    if (!OPERATORS.has(node.fn)) return `the operator ${node.op} is not available; use + - * / ^ and "to"`;
    // mathjs marks `99.9%` as a division by 100 with this flag.
    if ((node as unknown as { isPercentage?: boolean }).isPercentage) walk.usage.percent = true;
    for (const arg of node.args) {
      const error = check(arg, depth + 1, walk);
      if (error) return error;
    }
    return undefined;
  }
  if (math.isFunctionNode(node)) {
    const fn: unknown = node.fn;
    if (!math.isSymbolNode(fn)) return 'only named functions can be called';
    if (BLOCKED.has(fn.name)) return `${fn.name}() is disabled in the estimate worksheet`;
    if (!FUNCTIONS.has(fn.name)) {
      if (fn.name in math || OTHER_MATHJS_FUNCTIONS.has(fn.name)) return `${fn.name}() is not available in the worksheet; you can use ${ALLOWED_FUNCTIONS.join(', ')}`;
      return `"${fn.name}" is not a function: write ${fn.name} * (...) to multiply`;
    }
    if (node.args.length > 20) return 'too many arguments';
    for (const arg of node.args) {
      const error = check(arg, depth + 1, walk);
      if (error) return error;
    }
    return undefined;
  }
  return `${describeNodeType(node.type)} are not available in the worksheet`;
}

function isTopLevelConversion(node: MathNode): boolean {
  const { math } = safeMath();
  let current = node;
  while (math.isParenthesisNode(current)) current = current.content;
  return math.isOperatorNode(current) && current.fn === 'to';
}

function compileUncached(expr: string): CompileResult {
  if (expr.length > MAX_EXPRESSION_LENGTH) return { ok: false, error: `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters` };
  if (nestingDepth(expr) > MAX_NESTING) return { ok: false, error: 'the expression is nested too deeply' };
  const { math, parse } = safeMath();
  let parsed: MathNode;
  const read = readExpression(expr);
  try {
    parsed = parse(read.text);
  } catch (error) {
    return { ok: false, error: `syntax error: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const named = parsed.transform((child, path) => {
      const synonym = math.isSymbolNode(child) && path !== 'fn' ? UNIT_SYNONYMS.get(child.name) : undefined;
      return synonym ? new math.SymbolNode(synonym) : child;
    });
    // `15e6 events/day to events/s * 5`: convert, then apply the factor (trailing-factor.ts).
    const trailing = readTrailingFactors(named, expr);
    const node = trailing.node;
    const notes = trailing.note === undefined ? read.notes : [...read.notes, trailing.note];
    const walk: Walk = {
      symbols: new Set(),
      timeUnits: new Set(),
      usage: { bits: false, bytes: false, binary: false, percent: false, explicitUnit: trailing.converted || isTopLevelConversion(node), ...(read.range ? { range: true } : {}), ...(read.spelled ? { spelled: true } : {}) },
      constants: [],
      nodes: 0,
    };
    const error = check(node, 0, walk);
    if (error) return { ok: false, error };
    const expression: CompiledExpression = {
      code: node.compile(),
      symbols: [...walk.symbols],
      usage: walk.usage,
      constants: walk.constants,
      read: printExpression(node),
      notes,
      node,
      timeUnits: [...walk.timeUnits],
    };
    return { ok: true, expression };
  } catch (checkError) {
    return { ok: false, error: `could not read the expression: ${checkError instanceof Error ? checkError.message : String(checkError)}` };
  }
}

/**
 * Parses and checks an untrusted expression against the worksheet's whitelist: numbers, units, names,
 * + - * / ^ mod, `to` and a few rounding/log functions. No loops or collections exist in that language,
 * so evaluating what passes is bounded by the expression's length. Results are cached by text because a
 * worksheet is re-evaluated on every keystroke and most rows do not change.
 */
export function compileExpression(expr: string): CompileResult {
  const cached = cache.get(expr);
  if (cached) return cached;
  const result = compileUncached(expr);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(expr, result);
  return result;
}
