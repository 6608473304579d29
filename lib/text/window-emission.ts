/**
 * How often a stream window the learner describes emits its result, read from their words: a tumbling (fixed) window
 * emits once, when it closes, so "5-minute tumbling windows" give a result at most every 5 minutes, up to 5 minutes
 * after the event that triggers it; a sliding (hopping) window emits every slide ("5-min windows sliding every 30 s"),
 * and one with an early trigger ("firing every 10 s") emits at the trigger. Session windows and windows whose slide
 * is not said are not read. Sources: the window semantics of Flink, Kafka Streams and Spark Structured Streaming.
 */
export type WindowEmission = {
  /** The learner's sentence describing the window, verbatim. */
  sentence: string;
  /** The window as written ("5-minute tumbling windows"). */
  verbatim: string;
  /** The longest time (seconds) from an event to the result it contributes to. */
  seconds: number;
};

const UNIT_SECONDS: readonly [RegExp, number][] = [
  [/^(?:milliseconds?|ms)$/i, 0.001],
  [/^(?:seconds?|secs?|s)$/i, 1],
  [/^(?:minutes?|mins?|m)$/i, 60],
  [/^(?:hours?|hrs?|h)$/i, 3_600],
  [/^(?:days?|d)$/i, 86_400],
];
const UNIT = String.raw`(milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|ms|s|m|h|d)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?|an?|one)`;

// "5-minute tumbling windows", "10 s windows", "1-hour fixed window".
const SIZE_FIRST = new RegExp(String.raw`\b${NUMBER}[\s-]*${UNIT}[\s-]+((?:tumbling|fixed|sliding|hopping|rolling)[\s-]+)?windows?\b`, 'gi');
// "tumbling windows of 5 minutes", "a window of 1 min".
const KIND_FIRST = new RegExp(String.raw`\b((?:tumbling|fixed|sliding|hopping|rolling)[\s-]+)?windows?\s+of\s+${NUMBER}[\s-]*${UNIT}\b`, 'gi');
// What makes a window emit more often than its size: a slide, a hop or an early trigger, with its period.
const EMITS_EVERY = new RegExp(String.raw`\b(?:every|slides?\s+(?:of|by)?|sliding\s+(?:by|every)|hops?\s+(?:of|by)?|advance\s+(?:of|by)?|triggers?\s+every|firing\s+every|fires\s+every|emit(?:s|ting)?\s+every|updated?\s+every)\s*${NUMBER}[\s-]*${UNIT}\b`, 'i');
// A window that emits at a slide or trigger the learner does not quantify, or one whose end is not fixed.
const UNSIZED_EMISSION = /\b(?:sliding|hopping|rolling|session|early\s+fir\w*|triggers?|continuous(?:ly)?|incremental\w*)\b/i;

function seconds(amount: string, unit: string): number | undefined {
  const value = /^(?:an?|one)$/i.test(amount) ? 1 : Number(amount);
  const factor = UNIT_SECONDS.find(([pattern]) => pattern.test(unit))?.[1];
  return factor === undefined || !Number.isFinite(value) ? undefined : value * factor;
}

/** The text's sentences (cut at ". ", ";", "!" and "?" and line breaks), kept verbatim. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?;])\s+|\n+/).filter((sentence) => sentence.trim() !== '');

/**
 * Every window in the text whose emission can be read, with the sentence it is in and the longest wait it puts
 * between an event and its result. Pure; never throws; a non-string reads as none.
 */
export function readWindowEmissions(text: string): WindowEmission[] {
  if (typeof text !== 'string') return [];
  const found: WindowEmission[] = [];
  for (const sentence of sentencesOf(text)) {
    const every = EMITS_EVERY.exec(sentence);
    const everySeconds = every ? seconds(every[1] ?? '', every[2] ?? '') : undefined;
    const windows = [
      ...[...sentence.matchAll(SIZE_FIRST)].map((match) => ({ verbatim: match[0], size: seconds(match[1] ?? '', match[2] ?? ''), kind: match[3] ?? '' })),
      ...[...sentence.matchAll(KIND_FIRST)].map((match) => ({ verbatim: match[0], size: seconds(match[2] ?? '', match[3] ?? ''), kind: match[1] ?? '' })),
    ];
    for (const window of windows) {
      if (window.size === undefined) continue;
      if (everySeconds !== undefined) {
        found.push({ sentence: sentence.trim(), verbatim: window.verbatim, seconds: Math.min(everySeconds, window.size) });
        continue;
      }
      // A tumbling window, said or by default, unless the sentence makes it slide or fire early without a period.
      if (!/tumbling|fixed/i.test(window.kind) && UNSIZED_EMISSION.test(sentence)) continue;
      found.push({ sentence: sentence.trim(), verbatim: window.verbatim, seconds: window.size });
    }
  }
  return found;
}
