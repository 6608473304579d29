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

/** Parses a unit expression such as `TB`, `GB/day`, `events/s` or `clicks/s` (an event rate); undefined when it is not a unit. */
export function parseUnit(text: string): Unit | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  const math = unitMath();
  try {
    const value: unknown = math.evaluate(`1 ${countRatesAsEvents(trimmed).text}`);
    return math.isUnit(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
