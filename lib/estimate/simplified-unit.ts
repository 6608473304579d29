import type { Unit } from 'mathjs';
import { safeMath } from './safe-math';

/** Base dimensions as a person names them: bytes for data, events for counts, seconds for time. */
const BASE_NAMES: Record<string, { name: string; perSi: number }> = {
  MASS: { name: 'kg', perSi: 1 },
  LENGTH: { name: 'm', perSi: 1 },
  TIME: { name: 's', perSi: 1 },
  CURRENT: { name: 'A', perSi: 1 },
  TEMPERATURE: { name: 'K', perSi: 1 },
  LUMINOUS_INTENSITY: { name: 'cd', perSi: 1 },
  AMOUNT_OF_SUBSTANCE: { name: 'mol', perSi: 1 },
  ANGLE: { name: 'rad', perSi: 1 },
  // mathjs measures data in bits; people size storage in bytes.
  BIT: { name: 'B', perSi: 1 / 8 },
  event_STUFF: { name: 'events', perSi: 1 },
};

function rank(name: string | undefined): number {
  if (name === 'BIT') return 0;
  if (name === 'event_STUFF') return 1;
  return 2;
}

/**
 * A value whose unit is none of the case dimensions, in simplified base units: `B s`, `events/s^2`,
 * never `events/(day s)` or `(events B day days)/(s event)`. Units that cancel are gone.
 */
export function simplifiedUnit(value: Unit): { number: number; unit: string } {
  const { math } = safeMath();
  const names = math.Unit.BASE_DIMENSIONS;
  const up: string[] = [];
  const down: string[] = [];
  let number = value.value;
  // Data and counts first, then time: `B s`, `events/s^2`.
  const order = value.dimensions.map((power, index) => ({ power, index })).sort((a, b) => rank(names[a.index]) - rank(names[b.index]));
  order.forEach(({ power, index }) => {
    if (power === 0) return;
    const base = BASE_NAMES[names[index] ?? ''] ?? { name: names[index] ?? '?', perSi: 1 };
    number *= base.perSi ** power;
    const size = Math.abs(power);
    const text = size === 1 ? base.name : `${base.name}^${size}`;
    (power > 0 ? up : down).push(text);
  });
  const top = up.length > 0 ? up.join(' ') : '1';
  const unit = down.length === 0 ? top : `${top}/${down.length === 1 ? down[0] : `(${down.join(' ')})`}`;
  return { number, unit };
}
