import { create } from 'mathjs';
import type { MathJsInstance, MathNode, Unit } from 'mathjs';
import { defineTrainerUnits } from '../units/define-units';
import { UNIT_MATH_FACTORIES } from '../units/math-factories';

/**
 * Functions that must never run from a learner's expression. Following the mathjs "Security" guidance,
 * they are replaced by throwing stubs on a dedicated instance; the worksheet's AST whitelist
 * (compile-expression.ts) rejects them earlier with a friendlier message, this is the second wall.
 */
export const BLOCKED_FUNCTIONS = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'parser',
  'compile',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'rationalize',
  'derivative',
  'resolve',
  'reviver',
  'replacer',
  'chain',
  'help',
  'symbolicEqual',
  'leafCount',
] as const;


export interface SafeMath {
  math: MathJsInstance;
  /** The instance's parser, captured before `parse` was disabled for expressions. */
  parse: (expr: string) => MathNode;
  /** A valueless unit such as `GB`, cached by name (mathjs operations never mutate their inputs). */
  unit: (name: string) => Unit;
}

function createSafeMath(): SafeMath {
  const math = create(UNIT_MATH_FACTORIES, { number: 'number', precision: 14 });
  defineTrainerUnits(math);
  const parse = math.parse.bind(math) as (expr: string) => MathNode;
  const disabled: Record<string, () => never> = {};
  for (const name of BLOCKED_FUNCTIONS) {
    disabled[name] = () => {
      throw new Error(`${name} is disabled in the estimate worksheet`);
    };
  }
  math.import(disabled, { override: true });
  const units = new Map<string, Unit>();
  const unit = (name: string): Unit => {
    let cached = units.get(name);
    if (!cached) {
      cached = math.Unit.parse(name);
      units.set(name, cached);
    }
    return cached;
  };
  return { math, parse, unit };
}

let instance: SafeMath | undefined;

/** The estimate worksheet's own mathjs instance: created once, never shared with lib/units. */
export function safeMath(): SafeMath {
  instance ??= createSafeMath();
  return instance;
}
