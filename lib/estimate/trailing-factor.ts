import type { MathNode } from 'mathjs';
import { isUnitOnly, printExpression } from './print-expression';
import { safeMath } from './safe-math';

/** One step of a left-to-right chain of `*` and `/`: its operand and how it joins what comes before. */
interface Link {
  op: '*' | '/';
  node: MathNode;
}

/** The operand without the brackets around it. */
function bare(node: MathNode): MathNode {
  const { math } = safeMath();
  let current = node;
  while (math.isParenthesisNode(current)) current = current.content;
  return current;
}

/** A `*` / `/` chain flattened left to right: `events / s * 5` -> [events, / s, * 5]. Brackets end the chain. */
function chainOf(node: MathNode): Link[] {
  const { math } = safeMath();
  if (math.isOperatorNode(node) && (node.fn === 'multiply' || node.fn === 'divide') && node.args.length === 2 && !(node as unknown as { implicit?: boolean }).implicit) {
    const [left, right] = node.args as [MathNode, MathNode];
    return [...chainOf(left), { op: node.fn === 'multiply' ? '*' : '/', node: right }];
  }
  return [{ op: '*', node }];
}

function join(links: readonly Link[], start: MathNode): MathNode {
  const { math } = safeMath();
  return links.reduce<MathNode>((left, link) => new math.OperatorNode(link.op, link.op === '*' ? 'multiply' : 'divide', [left, link.node]), start);
}

/** What readTrailingFactors did: the rewritten tree, and how it was read when it changed anything. */
export interface TrailingFactors {
  node: MathNode;
  /** `15e6 events/day to events/s * 5` was read as (15e6 events/day to events/s) * 5 ... ; undefined when unchanged. */
  note?: string;
  /** True when the rewritten tree is a conversion followed by plain numbers only: its result is shown in the converted unit. */
  converted: boolean;
}

/**
 * A conversion followed by more working, as people write a step after a conversion:
 * `15e6 events/day to events/s * 5` (convert, then apply the peak factor of 5). mathjs binds `to` looser than
 * `*`, so it reads the target as `events/s * 5`, a unit with a value, and refuses the row. When the target
 * starts with a unit and goes on with factors that are not units (numbers, names, quantities with a value),
 * the unit alone is the target and the factors apply to the converted figure: `(15e6 events/day to events/s) * 5`.
 * A target made of units only, or one that starts with no unit, is left as written. Pure; never throws.
 */
export function readTrailingFactors(node: MathNode, written: string): TrailingFactors {
  const { math } = safeMath();
  const top = bare(node);
  if (!(math.isOperatorNode(top) && top.fn === 'to' && top.args.length === 2)) return { node, converted: false };
  const [value, target] = top.args as [MathNode, MathNode];
  const links = chainOf(target);
  const unitLength = links.findIndex((link) => !isUnitOnly(link.node));
  if (unitLength <= 0) return { node, converted: false };
  const [first, ...restOfUnit] = links.slice(0, unitLength);
  if (first === undefined) return { node, converted: false };
  const unit = join(restOfUnit, first.node);
  const conversion = new math.ParenthesisNode(new math.OperatorNode('to', 'to', [value, unit]));
  const trailing = links.slice(unitLength);
  const rewritten = join(trailing, conversion);
  return {
    node: rewritten,
    note: `${written.trim()} was read as ${printExpression(rewritten)}: the conversion names the unit, and what follows it applies to the converted figure`,
    // Only plain numbers after the unit keep the result in it: `* 365 day` changes what the figure measures.
    converted: trailing.every((link) => math.isConstantNode(bare(link.node))),
  };
}
