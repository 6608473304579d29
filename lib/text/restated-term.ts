import type { ReadText } from './read-text';
import { stemWord } from './stem';

/**
 * Words that assert nothing of their own about a term: a verdict that it is dealt with ("handled", "covered", "taken
 * care of", "in place"), that it is used or done ("we use", "computed", "detected", "applied", "configured"), or that it
 * is done well ("correctly", "properly", "appropriately", "as needed"). "Late data: handled", "Anomalies: detected
 * correctly", "Event time: we use event time" say a term's name again and nothing of how it works.
 */
const EMPTY_LIST: readonly string[] = (
    'handle handled handles handling cover covered covers address addressed addresses done do does doing take taken care cared ' +
    'manage managed manages support supported supports compute computed computes detect detected detects implement implemented ' +
    'apply applied applies use used uses using configure configured enable enabled place way correct correctly proper properly ' +
    'appropriate appropriately careful carefully accordingly need needed needs require required requires where important very ' +
    'good well fine robust robustly reliable reliably efficient efficiently best practice practices standard ' +
    'account accounted consider considered solve solved deal dealt sure make made right expected ' +
    'also always of course definitely fully full course mechanism approach strategy solution system engine'
  ).split(' ');
const EMPTY_WORDS: ReadonlySet<string> = new Set([...EMPTY_LIST, ...EMPTY_LIST.map(stemWord)]);

/** Stems of the question's content words: copying them adds no mechanism of the learner's own. */
const givenStemsCache = new WeakMap<ReadText, ReadonlySet<string>>();
function givenStems(given: ReadText | undefined): ReadonlySet<string> {
  if (!given) return new Set();
  let stems = givenStemsCache.get(given);
  if (!stems) {
    stems = new Set(given.tokens.filter((token) => token.kind === 'word' && !token.stop).map((token) => token.stem));
    givenStemsCache.set(given, stems);
  }
  return stems;
}

/** Most words of a heading before its colon ("Up to an hour late:", "Security:"). */
const MAX_HEADING_WORDS = 5;

// The first token after a heading that opens the sentence ("Security: ..."), or `from` when it has none. A heading
// names the topic the body is about; it is the body that must say something.
function headingEnd(read: ReadText, from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i += 1) {
    const token = read.tokens[i];
    if (token?.kind === 'word') {
      words += 1;
      if (words > MAX_HEADING_WORDS || /\d/.test(token.norm)) return from;
    } else if (token?.norm === ':') return words > 0 ? i + 1 : from;
    else if (token?.norm !== '-' && token?.norm !== '*' && token?.norm !== '#') return from;
  }
  return from;
}

/**
 * Whether token `at` lies in the heading that opens sentence `sentence` ("Late pings:" in "Late pings: handled with a
 * watermark"): a heading names the topic, so its words say nothing about the term in the body. Pure.
 */
export function inSentenceHeading(read: ReadText, sentence: number, at: number): boolean {
  const place = read.sentences[sentence];
  if (!place) return false;
  const end = headingEnd(read, place.from, place.to);
  return end > place.from && at >= place.from && at < end;
}

/**
 * Whether sentence `sentence` of `read` only restates the term at tokens `[from, to)`: besides that term (said again
 * anywhere in the sentence, as a heading and in the body: "Event time: we use the sensor's event time"), it holds
 * only a heading before a colon ("Security: ..."), stop words, words copied from the question (`given`), and words that assert nothing (`EMPTY_WORDS`: "handled",
 * "computed correctly", "we use"). No number, no value, no mechanism, no consequence: an interviewer reads the term as
 * named, not explained. A sentence with any other content word ("we window on event time, not arrival time") says
 * something. Pure; linear in the sentence's tokens.
 */
export function restatesTermOnly(read: ReadText, sentence: number, from: number, to: number, given?: ReadText): boolean {
  const place = read.sentences[sentence];
  if (!place) return false;
  const term = new Set<string>();
  for (let i = from; i < to; i += 1) {
    const token = read.tokens[i];
    if (token?.kind === 'word' && !token.stop) term.add(token.stem);
  }
  if (term.size === 0) return false;
  const asked = givenStems(given);
  let predicate = false;
  for (let i = headingEnd(read, place.from, place.to); i < place.to; i += 1) {
    const token = read.tokens[i];
    if (!token || token.kind !== 'word') continue;
    // A number is a value of the learner's own ("a 15-minute watermark").
    if (/\d/.test(token.norm)) return false;
    if (i >= from && i < to) continue;
    if (token.stop) continue;
    if (term.has(token.stem)) continue;
    if (EMPTY_WORDS.has(token.norm) || EMPTY_WORDS.has(token.stem)) {
      predicate = true;
      continue;
    }
    if (asked.has(token.stem)) continue;
    return false;
  }
  // A term standing alone is a heading or a list item, read as such elsewhere (bare-list.ts); here it must be said to be dealt with.
  return predicate;
}
