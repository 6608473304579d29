const MINUTE_MS = 60_000;

/** Minutes to one decimal: precise enough to compare with a budget, short enough for a table. */
export function msToMinutes(ms: number): number {
  return Math.round((ms / MINUTE_MS) * 10) / 10;
}

/** `3.5 min`, `12 min`: the one way the report writes a duration, on the page and in the export. */
export function formatMinutes(minutes: number): string {
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`;
}
