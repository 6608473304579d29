import { cueLine } from './normalise';

/**
 * A volume the learner proposes for the other side to check: "is 10k auths per second about right?",
 * "would 300 events a second be a fair number to design for?", "is 100 GB a day in the right ballpark?".
 * The line asks the volume (the interviewer answers with the real figure), whatever word the rate leans
 * on ("a second" is not a latency here). Only a rate (a count per unit of time) or a data size counts: "is
 * 100 ms about right?" and "is 7 years fair?" propose a latency and a retention, which their own words
 * already say. General English only; sources: how candidates check an estimate in a system-design interview
 * ("sanity-check the numbers with the interviewer").
 */

/** A number, with its multiplier ("10k", "1.5 million", "300"). */
const NUMBER = String.raw`\b\d[\d,.]*\s*(?:k|m|mm|bn|thousand|million|billion|hundred)?\b`;
/** What is counted, up to three words ("auths", "hl7 messages"), then "per second", "a day", "each minute". */
const RATE = String.raw`${NUMBER}\s*(?:[a-z0-9/-]+\s+){0,3}?(?:(?:per|a|an|each|every)\s+|/\s*)(?:second|sec|s|minute|min|hour|hr|h|day|d|week|month)\b`;
/** A data size ("100 GB", "2tb"). */
const SIZE = String.raw`${NUMBER}\s*(?:kb|mb|gb|tb|pb|kib|mib|gib|tib)\b`;
/** Units that make a figure a time, a share or a number of nines: "7 years", "100 ms", "3 nines" propose no volume. */
const NOT_COUNTED = String.raw`(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|nines?|percent|per|a|an|each|every|x|times)\b`;
/** A count of things ("10M users", "2,000 machines"), only in a line that assumes it for checking ("I'll assume ..., ok?"). */
const COUNT = String.raw`${NUMBER}\s*(?!${NOT_COUNTED})(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s\b`;
const FIGURE = new RegExp(`${RATE}|${SIZE}`, 'i');
const COUNTED_FIGURE = new RegExp(`${RATE}|${SIZE}|${COUNT}`, 'i');

/**
 * An assumption of one's own closed by a request to check it: "I'll assume 10M users, ok?", "let's say 2,000
 * machines per plant, does that work?". The figure is put up for the interviewer to correct, like "is ... right?".
 */
const ASSUMED_FOR_CHECKING =
  /^(?:so,?\s+)?(?:i'll|i will|i'd|i would|let's|let me|we'll|we will|can i|could i|shall i|should i|i'm going to|i am going to)\s+(?:just\s+)?(?:assume|say|go with|take|use|plan (?:for|on|with))\b[^?]*?[,;\u2014-]?\s*(?:ok|okay|fine|right|alright|all right|good|correct|is that (?:ok|okay|fine|right|alright|correct)|does that work|works|that works|yes|yeah)\s*\?+\s*$/i;

/** The words that put a figure up to be checked. */
const CHECK = new RegExp(
  [
    String.raw`\b(?:about|roughly|more or less|approximately|basically) right\b`,
    String.raw`\b(?:right|same|correct) (?:ballpark|order of magnitude|range|number|figure|scale)\b`,
    String.raw`\bballpark\b`,
    String.raw`\b(?:fair|good|reasonable|sane|realistic|safe|sensible) (?:number|figure|estimate|guess|assumption|starting point)\b`,
    String.raw`\b(?:fair|ok|okay|reasonable|safe|sensible) to (?:plan|assume|size|design|build|provision|go with)\b`,
    String.raw`\b(?:design|size|plan|build|provision|dimension)(?:ing)? (?:for|around|against)\b`,
    String.raw`\b(?:way|far|much|completely) off\b`,
    String.raw`\b(?:sounds?|look|looks|seem|seems) (?:about )?(?:right|reasonable|realistic|plausible|ok|okay)\b`,
    String.raw`\b(?:realistic|plausible|in the right range)\b`,
    String.raw`\b(?:more|less|higher|lower|bigger|smaller) (?:or|than) (?:that|this)\b`,
  ].join('|'),
  'i',
);

/** A figure for the peak or the future is put up as the peak or growth, not today's volume. */
const PEAK_OR_FUTURE = /\b(?:peak|peaks|busiest|heaviest|worst|spike|spikes|burst|bursts|black friday|cyber monday|sale day|rush hour|rush hours|growth|grow|grows|growing|next year|in \d+ years|in (?:two|three|five) years|future)\b/i;

/**
 * The figure `text` proposes for today's volume, put up to be checked ("10k auths per second" in "is 10k
 * auths per second about right?", "10M users" in "I'll assume 10M users, ok?"), or null: when no rate or data size comes with words that ask to check it,
 * and when the figure is a peak's or the future's. Reads the first 500 characters. Pure; never throws.
 */
export function proposedVolume(text: string): string | null {
  const line = cueLine(text);
  if (PEAK_OR_FUTURE.test(line)) return null;
  // An assumption put for checking may count things ("10M users"); a plain check needs a rate or a size.
  if (ASSUMED_FOR_CHECKING.test(line.trim())) return COUNTED_FIGURE.exec(line)?.[0] ?? null;
  if (!CHECK.test(line)) return null;
  const figure = FIGURE.exec(line);
  return figure ? figure[0] : null;
}
