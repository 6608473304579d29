import type { Unit } from 'mathjs';
import type { Dimension } from '../units/dimensions';
import { safeMath } from './safe-math';

/** A worksheet value: a plain number (ratios, counts written without a unit) or a mathjs unit with a value. */
export type EstimateValue = number | Unit;

const referenceUnits: Record<Exclude<Dimension, 'ratio'>, string> = {
  data_size: 'B',
  data_rate: 'B/s',
  event_rate: 'event/s',
  event_count: 'event',
  duration: 's',
};

const unitDimensions = Object.keys(referenceUnits) as Exclude<Dimension, 'ratio'>[];

/** Which of the case dimensions a value measures; undefined for other units (GB*day, m/s...). */
export function valueDimension(value: EstimateValue): Dimension | undefined {
  if (typeof value === 'number') return 'ratio';
  const { unit } = safeMath();
  return unitDimensions.find((dimension) => value.equalBase(unit(referenceUnits[dimension])));
}

const siValues = new Map<string, number>();

/**
 * The value in a unit of the same dimension, e.g. `B/day`. Divides the SI values mathjs keeps on every
 * unit instead of calling `toNumber`, which re-parses the unit text on each call (the hot path of display).
 */
export function convertUnit(value: Unit, target: string): number {
  let si = siValues.get(target);
  if (si === undefined) {
    si = safeMath().math.Unit.parse(`1 ${target}`).value;
    siValues.set(target, si);
  }
  return value.value / si;
}

/** The value in the given unit (`TB`, `GB/day`, `%` or `` for plain numbers); NaN when it does not convert. */
export function valueIn(value: EstimateValue, unit: string): number {
  const target = unit.trim();
  if (typeof value === 'number') {
    if (target === '') return value;
    return target === '%' ? value * 100 : Number.NaN;
  }
  if (target === '' || target === '%') return Number.NaN;
  try {
    return value.toNumber(target);
  } catch {
    return Number.NaN;
  }
}
