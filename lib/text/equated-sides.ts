import { findPhrases } from './find-phrases';
import type { PhraseOccurrence } from './find-phrases';
import type { PhraseEntry } from './phrase-matcher';
import type { ReadText } from './read-text';

/** Where an answer says two sides of a comparison are one thing: the learner's equating words and their clause, verbatim. */
export type EquatedSides = { quote: string; clause: string };

/**
 * Words that say two named things are one ("partitioning and sharding are the same thing", "OLTP is just another name for
 * OLAP", "the terms are interchangeable"). Only whole equations: "the same schema on each server" or "both split the
 * data" say something the two share, not that they are one.
 */
const EQUATES: readonly string[] = [
  'same thing', 'the same thing', 'same concept', 'the same concept', 'same idea', 'the same idea', 'same technique',
  'are the same', 'is the same as', 'are basically the same', 'are essentially the same', 'are pretty much the same',
  'are really the same', 'is basically the same as', 'is essentially the same as', 'is just another name for',
  'another name for', 'another word for', 'different names for', 'two names for', 'different words for',
  'interchangeable', 'interchangeably', 'synonyms', 'synonymous', 'identical',
];
/** "No difference" carries its own negation: it equates unless it is only reported, supposed or asked. */
const NO_DIFFERENCE: readonly string[] = ['no difference', 'no real difference', 'no practical difference', 'no actual difference', 'nothing different'];

/**
 * Words before an equation that report or suppose it rather than claim it ("people often think they are the same", "they
 * look the same", "a common mistake is to treat them as the same thing").
 */
const REPORTING: ReadonlySet<string> = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'assume', 'assumes', 'say', 'says', 'claim', 'claims', 'confuse', 'confused', 'confuses', 'mistake', 'mistaken', 'myth', 'misconception', 'seem', 'seems', 'look', 'looks', 'sound', 'sounds', 'mix', 'treat', 'treats', 'call', 'calls']);

// Tokens a "but" clause denying the equation takes at most, "but" included ("but they are not", "but that is wrong").
const SHORT_DENIAL = 6;
const WRONG: ReadonlySet<string> = new Set(['wrong', 'false', 'incorrect', 'untrue']);

type Id = 'equates' | 'no-difference' | `side-${number}`;

const entriesCache = new WeakMap<readonly (readonly string[])[], readonly PhraseEntry<Id>[]>();

function entriesOf(sides: readonly (readonly string[])[]): readonly PhraseEntry<Id>[] {
  let entries = entriesCache.get(sides);
  if (!entries) {
    entries = [{ id: 'equates', phrases: EQUATES }, { id: 'no-difference', phrases: NO_DIFFERENCE }, ...sides.map((phrases, index) => ({ id: `side-${index}` as const, phrases }))];
    entriesCache.set(sides, entries);
  }
  return entries;
}

// An equation the learner claims: not in a counterfactual or a reported view ("people think they are the same, but"), not taken back.
function claimed(found: PhraseOccurrence<Id>): boolean {
  if (found.hypothetical || found.retracted || found.question) return false;
  // "No difference" reads as negated by its own "no"; the equation is what it says.
  return found.id === 'no-difference' || found.polarity === 'affirmed';
}

/**
 * The first place a text says two sides of a comparison are the same thing: a sentence that names subjects of two
 * different `sides` (each a list of phrases, e.g. ["partitioning", "partition"] and ["sharding", "shard"]) and affirms
 * an equation between things ("are the same thing", "another name for", "interchangeable", "no difference"). A
 * question that asks to tell two things apart is answered the wrong way round by it, however right the rest
 * (an interviewer fails "partitioning and sharding are basically the same thing": golden round 15). A denied equation
 * ("they are not the same thing"), one only reported or supposed ("people think they are the same, but ...") or asked
 * is none. Undefined when there is none or fewer than two sides. Pure.
 */
export function equatedSides(read: ReadText, sides: readonly (readonly string[])[]): EquatedSides | undefined {
  if (sides.length < 2) return undefined;
  const found = findPhrases(read, entriesOf(sides));
  for (const equation of found) {
    if (equation.id !== 'equates' && equation.id !== 'no-difference') continue;
    if (!claimed(equation)) continue;
    if (reportedOrDenied(read, equation)) continue;
    const named = new Set(found.filter((item) => item.sentence === equation.sentence && item.id.startsWith('side-') && !item.hypothetical).map((item) => item.id));
    if (named.size >= 2) return { quote: equation.verbatim, clause: equation.clauseText };
  }
  return undefined;
}

// An equation reported or supposed before it in its sentence ("people think ..."), or denied after it by a "but" clause
// of the same sentence ("..., but they are not").
function reportedOrDenied(read: ReadText, equation: PhraseOccurrence<Id>): boolean {
  const sentence = read.sentences[equation.sentence];
  if (!sentence) return false;
  for (let i = sentence.from; i < equation.from; i += 1) if (REPORTING.has(read.tokens[i]?.norm ?? '')) return true;
  // Only a short denial of the equation itself ("but they are not", "but that's wrong"): "but sharding does not stay on
  // one server" says something else.
  for (let i = equation.to; i < sentence.to; i += 1) {
    if (read.tokens[i]?.norm !== 'but') continue;
    const end = Math.min(sentence.to, i + SHORT_DENIAL);
    const closes = end === sentence.to || read.tokens[end]?.kind === 'mark';
    for (let k = i + 1; k < end && closes; k += 1) if (read.cue[k] || WRONG.has(read.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}
