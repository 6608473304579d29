// No lib/estimate imports here: its formatters load mathjs, which would make the drill CLI start
// several times slower for the sake of a few number formats.

/** `80`, `2.31`, `12,300`: three significant digits, no trailing zeros, thousands grouped. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e15 || (rounded !== 0 && Math.abs(rounded) < 1e-4)) return rounded.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return formatCount(rounded);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Seconds since midnight -> `12:05`, or `12:05:30` when there are seconds. */
export function formatClock(seconds: number): string {
  const day = ((seconds % 86400) + 86400) % 86400;
  const hours = Math.floor(day / 3600);
  const minutes = Math.floor((day % 3600) / 60);
  const rest = day % 60;
  return rest === 0 ? `${pad(hours)}:${pad(minutes)}` : `${pad(hours)}:${pad(minutes)}:${pad(rest)}`;
}

/** Minutes since the epoch (UTC) -> `2024-03-01`. */
export function formatDate(epochMinutes: number): string {
  return new Date(epochMinutes * 60_000).toISOString().slice(0, 10);
}

/** Minutes since the epoch (UTC) -> `2024-03-01 05:00`. */
export function formatDateTime(epochMinutes: number): string {
  const iso = new Date(epochMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** `2024-03-01` (UTC midnight) -> minutes since the epoch. */
export function dateToMinutes(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 60_000;
}

const DECIMAL_BYTES = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** Bytes in decimal units, three significant digits: 1.2e12 -> `1.2 TB`. */
export function formatBytes(bytes: number): string {
  let index = 0;
  let value = bytes;
  while (index < DECIMAL_BYTES.length - 1 && Math.abs(Number(value.toPrecision(3))) >= 1000) {
    value /= 1000;
    index += 1;
  }
  return `${formatNumber(value)} ${DECIMAL_BYTES[index] ?? 'B'}`;
}

/** 12000 -> `12,000`. */
export function formatCount(count: number): string {
  // A regex rather than toLocaleString: Intl is slow and drills are generated in bulk by the self-checks.
  const [integer = '', fraction] = String(count).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const DURATION_UNITS = [
  { below: 1, unit: 'ms', seconds: 0.001 },
  { below: 120, unit: 's', seconds: 1 },
  { below: 2 * 3600, unit: 'min', seconds: 60 },
  { below: 48 * 3600, unit: 'hours', seconds: 3600 },
  { below: Number.POSITIVE_INFINITY, unit: 'days', seconds: 86400 },
] as const;

/** The unit formatDuration shows a duration in: `{ unit: 'hours', seconds: 3600 }` for 8.76 hours. */
export function durationScale(seconds: number): { unit: string; seconds: number } {
  return DURATION_UNITS.find((candidate) => Math.abs(seconds) < candidate.below) ?? DURATION_UNITS[4];
}

/** `8.76 hours`, `52.6 min`, `3.65 days`: a duration in the unit a person would say it in. */
export function formatDuration(seconds: number): string {
  const scale = durationScale(seconds);
  return `${formatNumber(seconds / scale.seconds)} ${scale.unit}`;
}

/** 0.999 -> `99.9%`, up to six significant digits. */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 6)}%`;
}

/** `3 (three)`-free phrasing helper: `three` for small counts, digits otherwise. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? formatCount(count);
}

/** `1 window`, `2 windows`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
