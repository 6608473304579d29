/**
 * Numbers and durations as the worksheet shows them, with no unit math (no mathjs), so pages that only
 * format a number or a duration (the availability helper) load none. lib/estimate/format-quantity.ts
 * formats unit values and re-exports these.
 */

/** A value as the worksheet shows it: `number` is in `unit`, `display` is what a person reads. */
export interface QuantityValue {
  number: number;
  unit: string;
  display: string;
}

/** Digits kept in `number` fields: enough to compare, few enough that float noise never shows. */
export const STORED_DIGITS = 6;
/** Significant digits a displayed number shows. */
export const SHOWN_DIGITS = 3;

/** `value` rounded to `digits` significant digits (non-finite values and 0 as they are). */
export function roundSignificant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `80`, `2.31`, `12,300`, `0.999`, `1.2e18`: significant digits, no trailing zeros, thousands grouped. */
export function formatNumber(value: number, digits = SHOWN_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundSignificant(value, digits);
  if (rounded === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  if (magnitude >= 15 || magnitude < -4) {
    return rounded
      .toExponential(digits - 1)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  }
  const fixed = rounded.toFixed(Math.max(0, digits - 1 - magnitude));
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const negative = trimmed.startsWith('-');
  const [integer = '', fraction] = (negative ? trimmed.slice(1) : trimmed).split('.');
  return `${negative ? '-' : ''}${group(integer)}${fraction ? `.${fraction}` : ''}`;
}

/** A QuantityValue whose `number` keeps STORED_DIGITS significant digits. */
export function stored(number: number, unit: string, display: string): QuantityValue {
  return { number: roundSignificant(number, STORED_DIGITS), unit, display };
}

type DurationUnit = 'ms' | 's' | 'min' | 'hours' | 'days' | 'years';

const DURATION_SECONDS: Record<DurationUnit, number> = {
  ms: 0.001,
  s: 1,
  min: 60,
  hours: 3600,
  days: 86400,
  // A mathjs year (365.25 days), so `3 years` written by a learner shows as 3 years.
  years: 31557600,
};

function durationUnit(seconds: number): DurationUnit {
  const size = Math.abs(seconds);
  if (size < 1) return 'ms';
  if (size < 120) return 's';
  if (size < 2 * 3600) return 'min';
  if (size < 48 * 3600) return 'hours';
  if (size < 2 * 365 * 86400) return 'days';
  return 'years';
}

/** `8.76 hours`, `52.6 min`, `3.65 days`: a duration in the unit a person would say it in. */
export function formatDuration(seconds: number): QuantityValue {
  const unit = durationUnit(seconds);
  const number = seconds / DURATION_SECONDS[unit];
  return stored(number, unit, `${formatNumber(number)} ${unit}`);
}
