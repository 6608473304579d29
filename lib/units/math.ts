import { all, create } from 'mathjs';
import type { MathJsInstance, Unit } from 'mathjs';

/**
 * Our one mathjs instance. Counting units (events, requests, messages, records) are added as a base
 * dimension of their own so `events/s` is a rate and never silently equal to `1/s` or to bytes.
 */
function createUnitMath(): MathJsInstance {
  if (!all) throw new Error('mathjs did not export its factory set');
  const math = create(all, { number: 'number', precision: 14 });
  math.createUnit('event', { aliases: ['events', 'request', 'requests', 'req', 'message', 'messages', 'msg', 'record', 'records', 'row', 'rows'] });
  return math;
}

let instance: MathJsInstance | undefined;

export function unitMath(): MathJsInstance {
  instance ??= createUnitMath();
  return instance;
}

/** Parses a unit expression such as `TB`, `GB/day` or `events/s`; undefined when it is not a unit. */
export function parseUnit(text: string): Unit | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  const math = unitMath();
  try {
    const value: unknown = math.evaluate(`1 ${trimmed}`);
    return math.isUnit(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
