import { create } from 'mathjs';
import type { MathJsInstance, Unit } from 'mathjs';
import { countRatesAsEvents } from './count-units';
import { defineTrainerUnits } from './define-units';
import { UNIT_MATH_FACTORIES } from './math-factories';

/**
 * The mathjs instance for trusted input (rubrics, unit checks). Learners' expressions never run here:
 * the estimate worksheet has its own locked-down instance (lib/estimate/safe-math.ts).
 */
function createUnitMath(): MathJsInstance {
  const math = create(UNIT_MATH_FACTORIES, { number: 'number', precision: 14 });
  defineTrainerUnits(math);
  return math;
}

let instance: MathJsInstance | undefined;

export function unitMath(): MathJsInstance {
  instance ??= createUnitMath();
  return instance;
}

/**
 * Unit names mathjs also uses for functions (`min` = minimum, `sec` = secant): written without a call's
 * parenthesis they mean the unit, as in `5 min` or `unit: min` (the worksheet's own instance does the
 * same in lib/estimate/compile-expression.ts).
 */
const FUNCTION_NAMED_UNITS = /\b(min|sec)\b(?!\s*\()/g;
const UNIT_FOR_FUNCTION_NAME: Record<string, string> = { min: 'minute', sec: 'second' };

/** `text` with `min`/`sec` used as units renamed to `minute`/`second`, so mathjs reads them as units. */
export function unitsNamedLikeFunctions(text: string): string {
  return text.replace(FUNCTION_NAMED_UNITS, (name: string) => UNIT_FOR_FUNCTION_NAME[name] ?? name);
}

/**
 * Evaluates a trusted expression (a rubric's fact value or reference) with our units: counts per time
 * read as events (`clicks/s`), `min`/`sec` as units. Throws mathjs's error when it does not evaluate.
 */
export function evaluateUnits(text: string, scope?: Map<string, unknown>): unknown {
  const prepared = unitsNamedLikeFunctions(countRatesAsEvents(text).text);
  return scope ? unitMath().evaluate(prepared, scope) : unitMath().evaluate(prepared);
}

/** Parses a unit expression such as `TB`, `GB/day`, `events/s` or `clicks/s` (an event rate); undefined when it is not a unit. */
export function parseUnit(text: string): Unit | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  const math = unitMath();
  try {
    const value: unknown = evaluateUnits(`1 ${countRatesAsEvents(trimmed).text}`);
    return math.isUnit(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
