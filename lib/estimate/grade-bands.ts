import { assertNever } from '../util/assert-never';

/** How far an answer is from the reference: full within tolerance, partial within 2x, little within 10x. */
export type Band = 'full' | 'partial' | 'little' | 'none';

export type Verdict = 'full' | 'partial' | 'off' | 'missing' | 'unit-error';

/** Share of a quantity's points each band earns. */
export const BAND_CREDIT: Readonly<Record<Band, number>> = { full: 1, partial: 0.5, little: 0.2, none: 0 };

/** Float noise must not push an exact 10x (99% vs 99.9%) or an exact 25% into the next band. */
const EPSILON = 1e-9;

/** The factor between two positive values, always >= 1: the log-ratio distance without the sign. */
export function factorBetween(value: number, reference: number): number {
  const ratio = value / reference;
  return ratio >= 1 ? ratio : 1 / ratio;
}

function within(factor: number, limit: number): boolean {
  return factor <= limit * (1 + EPSILON);
}

/** Bands on the factor to the reference, so 2x too high and 2x too low are equally wrong. */
export function bandFor(factor: number, tolerance: number): Band {
  if (!Number.isFinite(factor)) return 'none';
  if (within(factor, 1 + tolerance)) return 'full';
  if (within(factor, 2)) return 'partial';
  if (within(factor, 10)) return 'little';
  return 'none';
}

/**
 * A tolerance below 1% on an availability was written for the availability itself (0.0006: 99.9% accepts
 * down to about 99.84%); it becomes the matching tolerance on downtime. Larger ones apply to downtime as is,
 * since 25% off an availability would accept 80%.
 */
export function downtimeTolerance(reference: number, tolerance: number): number {
  if (tolerance >= 0.01) return tolerance;
  return (1 - reference / (1 + tolerance)) / (1 - reference) - 1;
}

/** A stricter target allowing up to this factor less downtime than the case's is caution (99.95% for 99.9%). */
export const STRICTER_CAUTION_FACTOR = 2;
/** Up to this factor less downtime (99.98% for 99.9%) is half right: a costlier design than asked for. */
const STRICTER_PARTIAL_FACTOR = 5;

/**
 * Availability is graded on downtime (1 - availability), where the ratio means something: 99% and 99.9%
 * look 1% apart but allow 10x different downtime. A looser target is graded on the quantity bands.
 * A stricter one is a wrong assumption scaled by what it changes in the design: up to 2x less downtime is
 * caution (full), up to 5x half, a whole nine stricter (99.99% for 99.9%: active-active across zones,
 * automated failover and a tighter on-call that nobody asked for) little, and two nines or more nothing.
 */
export function availabilityBand(availability: number, reference: number, tolerance: number): Band {
  const downtime = 1 - availability;
  const referenceDowntime = 1 - reference;
  if (!(downtime > 0) || !(availability > 0)) return 'none';
  const factor = factorBetween(downtime, referenceDowntime);
  if (downtime >= referenceDowntime) return bandFor(factor, downtimeTolerance(reference, tolerance));
  if (within(factor, STRICTER_CAUTION_FACTOR)) return 'full';
  if (within(factor, STRICTER_PARTIAL_FACTOR)) return 'partial';
  if (within(factor, 10)) return 'little';
  return 'none';
}

export function verdictFor(band: Band): Verdict {
  switch (band) {
    case 'full':
      return 'full';
    case 'partial':
      return 'partial';
    case 'little':
    case 'none':
      return 'off';
    default:
      return assertNever(band, 'band');
  }
}
