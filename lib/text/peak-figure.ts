import { analyse, contentStems } from './analyse';
import { cueLine } from './normalise';

/**
 * A count asked at its peak ("how many drivers are online at peak?") and the sentences of a text that give a
 * figure at its peak ("On average 90,000 drivers are online at any moment, and 200,000 at the evening peak.").
 * Where a case states today's peak of the thing counted among today's volumes, that volume answers the
 * question; the growth-and-peaks question asks how much busier a peak is than usual. General English only.
 */

/** A peak named as such: "peak", "peaks", "the busiest", "at its highest". */
const PEAK_WORD = /\b(?:peak|peaks|busiest|at (?:its|their|the) (?:highest|busiest))\b/i;
/** Words of a peak itself, left out when what is counted is compared. */
const PEAK_STEMS = new Set(['peak', 'busiest', 'highest', 'even', 'evening', 'average', 'moment', 'time']);

/** Whether `text` names a peak. Reads the first 500 characters. Pure; never throws. */
export function namesPeak(text: string): boolean {
  return typeof text === 'string' && PEAK_WORD.test(cueLine(text));
}

/** The content stems of what a line or sentence counts besides the peak itself ("drivers online"). Pure. */
export function countedStems(text: string): Set<string> {
  return new Set(contentStems(analyse(typeof text === 'string' ? text.slice(0, 500) : '')).filter((stem) => !PEAK_STEMS.has(stem)));
}

/** The sentences of a text that give a figure at its peak (a digit and a peak word), each as the stems of what it counts. Pure. */
export function peakFigureSentences(text: string): Set<string>[] {
  if (typeof text !== 'string') return [];
  return text
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => /\d/.test(sentence) && PEAK_WORD.test(sentence))
    .map(countedStems);
}
