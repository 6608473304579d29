import type { MathNode } from 'mathjs';
import { formatLiteral } from './read-expression';
import { safeMath } from './safe-math';

const UNIT_OPERATORS = new Set(['multiply', 'divide', 'pow']);

function isUnitSymbol(node: MathNode): boolean {
  const { math } = safeMath();
  return math.isSymbolNode(node) && (math.Unit.isValuelessUnit(node.name) || node.name === 'minute' || node.name === 'second');
}

/** A unit on its own, such as `GB/day` or `events/s`: unit names joined by * / ^ and nothing else. */
export function isUnitOnly(node: MathNode): boolean {
  const { math } = safeMath();
  if (isUnitSymbol(node)) return true;
  if (math.isParenthesisNode(node)) return isUnitOnly(node.content);
  if (!math.isOperatorNode(node) || !UNIT_OPERATORS.has(node.fn)) return false;
  const [left, right] = node.args;
  if (left === undefined || right === undefined) return false;
  if (node.fn === 'pow') return isUnitOnly(left) && math.isConstantNode(right);
  return isUnitOnly(left) && isUnitOnly(right);
}

/** A number with its unit, as the reader groups it: `50e6 events/day`, `365 day`. */
export function isQuantityLiteral(node: MathNode): boolean {
  const { math } = safeMath();
  if (math.isParenthesisNode(node)) return isQuantityLiteral(node.content);
  if (!math.isOperatorNode(node)) return false;
  const [left, right] = node.args;
  if (left === undefined || right === undefined) return false;
  if (node.fn === 'multiply') return math.isConstantNode(left) && isUnitOnly(right);
  if (node.fn === 'divide') return isQuantityLiteral(left) && isUnitOnly(right);
  return false;
}

function printUnit(node: MathNode): string {
  const { math } = safeMath();
  if (math.isParenthesisNode(node)) return `(${printUnit(node.content)})`;
  if (math.isSymbolNode(node)) return node.name;
  if (math.isOperatorNode(node)) {
    const [left, right] = node.args;
    if (left === undefined || right === undefined) return node.toString();
    if (node.fn === 'pow') return `${printUnit(left)}^${right.toString()}`;
    return `${printUnit(left)}${node.fn === 'divide' ? '/' : ' '}${printUnit(right)}`;
  }
  return node.toString();
}

function printLiteral(node: MathNode): string {
  const { math } = safeMath();
  if (math.isParenthesisNode(node)) return printLiteral(node.content);
  if (math.isOperatorNode(node)) {
    const [left, right] = node.args;
    if (left === undefined || right === undefined) return node.toString();
    if (node.fn === 'divide') return `${printLiteral(left)}/${printUnit(right)}`;
    return `${printNode(left, false)} ${printUnit(right)}`;
  }
  return printNode(node, false);
}

function printNode(node: MathNode, nested: boolean): string {
  const { math } = safeMath();
  const wrap = (text: string) => (nested ? `(${text})` : text);
  if (math.isParenthesisNode(node)) return printNode(node.content, nested);
  if (math.isConstantNode(node)) return typeof node.value === 'number' ? formatLiteral(node.value) : String(node.value);
  if (math.isSymbolNode(node)) return node.name;
  if (isQuantityLiteral(node)) return wrap(printLiteral(node));
  if (math.isFunctionNode(node)) return `${math.isSymbolNode(node.fn) ? node.fn.name : 'f'}(${node.args.map((arg) => printNode(arg, false)).join(', ')})`;
  if (math.isOperatorNode(node)) {
    const [left, right] = node.args;
    if (left === undefined) return node.toString();
    if (right === undefined) return `${node.op}${printNode(left, true)}`;
    if ((node as unknown as { isPercentage?: boolean }).isPercentage) return `${printNode(left, true)}%`;
    if (node.fn === 'to') return wrap(`${printNode(left, true)} to ${printUnit(right)}`);
    const op = node.fn === 'multiply' ? '*' : node.op;
    return wrap(`${printNode(left, true)} ${op} ${printNode(right, true)}`);
  }
  return node.toString();
}

/**
 * How the worksheet read an expression, with explicit parentheses around every operation and every
 * number-with-unit: `((50e6 events/day) * 10) / (86400 s)`. Shown on each row so a misreading is visible.
 */
export function printExpression(node: MathNode): string {
  return printNode(node, false);
}
