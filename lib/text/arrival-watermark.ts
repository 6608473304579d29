import type { ReadText } from './read-text';

/** A watermark set on a column the code fills with the arrival clock: the learner's code for both steps. */
export type ArrivalWatermark = { clause: string; column: string };

// `.withColumn("ts", current_timestamp())` (PySpark, with or without `F.`/`functions.`), `now()` likewise.
const ARRIVAL_COLUMN = /withColumn\(\s*["'`]([\w.]+)["'`]\s*,\s*(?:[\w]+\.)?(?:current_timestamp|now)\s*\(\s*\)/giu;

/**
 * A Structured Streaming watermark put on processing time: code that fills a column with `current_timestamp()` (or
 * `now()`) and then calls `withWatermark` on that same column. Every row then carries the time it arrived, so nothing is
 * ever late, late rows land in the window they arrived in, and the watermark's delay only holds state. Read from the
 * learner's code only (the column names must match); prose about arrival time is read by the rubric's own claims.
 * Source: Spark Structured Streaming programming guide, "Handling Late Data and Watermarking" (the watermark is defined
 * on the event-time column: "the max event time seen by the engine minus the late threshold"). Undefined when no such
 * pair is written. Pure; never throws.
 */
export function readArrivalWatermark(read: ReadText): ArrivalWatermark | undefined {
  const text = read.text;
  for (const match of text.matchAll(ARRIVAL_COLUMN)) {
    const column = match[1] ?? '';
    const escaped = column.replace(/[.]/g, '\\.');
    const watermark = new RegExp(`withWatermark\\(\\s*["'\`]${escaped}["'\`]`, 'iu').exec(text.slice(match.index));
    if (!watermark) continue;
    const start = match.index + watermark.index;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', start);
    const clause = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    return { clause, column };
  }
  return undefined;
}
