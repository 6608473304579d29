import { readCadence } from './cadence';
import { quantityInBase } from './claim-quantity';
import { readText } from './read-text';
import type { ReadText } from './read-text';
import { readValues } from './values';

/**
 * What a leading question assumes that the case's facts say is wrong, as an interviewer hears it:
 * "We're basically Stripe here, right?" when the facts say "not a merchant acquirer like Stripe",
 * "99% uptime is fine, I assume?" when they say 99.99%, "fraud can be a weekly batch, can't it?" when
 * every time the facts give is in seconds. `said` is the learner's words, `fact` the facts' words that
 * contradict them (for the finding). The facts are the case's interviewer answers (content, not code).
 */
export type AssumptionConflict = { said: string; fact: string };

/** A figure more than this many times off every figure the facts give, in either direction, is another requirement. */
export const DURATION_CONFLICT_FACTOR = 10;
/** Allowed downtime this many times the facts' (99% against 99.9% and stricter) is another availability target. */
export const DOWNTIME_CONFLICT_FACTOR = 3;
/** Percentages at or above this are availability targets ("99.9%"), not shares of traffic. */
const AVAILABILITY_FLOOR = 90;
/** How much of the facts is read: a case's answers run to a few thousand characters. */
const MAX_FACT_CHARS = 20_000;

const isName = (read: ReadText, at: number): boolean => {
  const token = read.tokens[at];
  if (!token || token.kind !== 'word' || token.stop) return false;
  const first = read.text[token.start] ?? '';
  // A capitalised word not opening a sentence is a name ("Stripe", "Adyen"); a sentence's first word says nothing.
  const opensSentence = read.sentences.some((sentence) => sentence.from === at);
  return !opensSentence && first !== first.toLowerCase() && /\p{L}/u.test(first);
};

/** The clause of the facts around a token, verbatim, for the finding. */
function clauseText(read: ReadText, at: number): string {
  const clause = read.clauses[read.clauseOf[at] ?? -1];
  if (!clause) return read.tokens[at]?.norm ?? '';
  const start = read.tokens[clause.from]?.start ?? 0;
  const end = read.tokens[clause.to - 1]?.end ?? read.text.length;
  return read.text.slice(start, end).trim();
}

/** A name the line affirms that the facts name only under a negation ("not a merchant acquirer like Stripe"). */
function nameConflict(line: ReadText, facts: ReadText): AssumptionConflict | null {
  for (let at = 0; at < line.tokens.length; at += 1) {
    const token = line.tokens[at];
    if (!token || token.kind !== 'word' || token.stop || line.negated[at] || line.cue[at]) continue;
    const inFacts: number[] = [];
    facts.tokens.forEach((other, index) => {
      if (other.kind === 'word' && other.stem === token.stem) inFacts.push(index);
    });
    if (inFacts.length === 0 || !inFacts.every((index) => facts.negated[index] && isName(facts, index))) continue;
    return { said: token.norm, fact: clauseText(facts, inFacts[0] ?? 0) };
  }
  return null;
}

const percents = (read: ReadText) =>
  readValues(read).filter((value) => value.kind === 'quantity' && value.unit === '%' && typeof value.value === 'number' && value.value >= AVAILABILITY_FLOOR && value.value < 100);

/** An availability the line assumes that allows several times the downtime of the strictest one the facts give. */
function availabilityConflict(line: ReadText, facts: ReadText): AssumptionConflict | null {
  const said = percents(line).find((value) => value.polarity === 'affirmed');
  const given = percents(facts);
  if (!said || given.length === 0) return null;
  const strictest = given.reduce((best, value) => (Number(value.value) > Number(best.value) ? value : best));
  const downtime = 100 - Number(said.value);
  return downtime >= (100 - Number(strictest.value)) * DOWNTIME_CONFLICT_FACTOR ? { said: said.text, fact: strictest.text } : null;
}

const durations = (read: ReadText) =>
  readValues(read)
    .map((value) => ({ value, seconds: quantityInBase(value, 'duration') }))
    .filter((item): item is { value: typeof item.value; seconds: number } => item.seconds !== undefined && item.seconds > 0);

/** Whether the word at a character offset of the line stands under a negation ("without", "not"). */
function negatedAt(line: ReadText, offset: number): boolean {
  if (offset < 0) return false;
  const at = line.tokens.findIndex((token) => token.end > offset);
  return at >= 0 && line.negated[at] === true;
}

/** A time the line assumes (a duration or a schedule, "nightly") more than ten times off every time the facts give. */
function durationConflict(line: ReadText, facts: ReadText): AssumptionConflict | null {
  const stated = durations(line).find((item) => item.value.polarity === 'affirmed');
  const read = stated ? undefined : readCadence(line.text);
  // A schedule the line rules out ("without keeping every second forever") is not one it assumes.
  const cadence = read && !negatedAt(line, line.text.toLowerCase().indexOf(read.said.toLowerCase())) ? read : undefined;
  const said = stated ? { text: stated.value.text, seconds: stated.seconds } : cadence?.seconds !== undefined ? { text: cadence.said, seconds: cadence.seconds } : undefined;
  const given = durations(facts);
  if (!said || given.length === 0) return null;
  const near = given.some((item) => said.seconds <= item.seconds * DURATION_CONFLICT_FACTOR && said.seconds * DURATION_CONFLICT_FACTOR >= item.seconds);
  return near ? null : { said: said.text, fact: given.map((item) => item.value.text).join(', ') };
}

/**
 * What a line assumes that contradicts the facts (see `AssumptionConflict`), or null: a name the facts
 * name only to rule it out, an availability several times looser than theirs, or a time more than ten
 * times off every time they give. Conservative: a figure near any of the facts' figures, or words the
 * facts also affirm, is no contradiction. `facts` are the answers of the line's topic, `allFacts` every
 * answer of the case (names are checked against these). Pure; never throws.
 */
export function readAssumptionConflict(line: string, facts: readonly string[], allFacts: readonly string[] = facts): AssumptionConflict | null {
  if (typeof line !== 'string' || line.trim() === '' || facts.length === 0) return null;
  const read = readText(line);
  const join = (texts: readonly string[]) => readText(texts.filter((fact) => typeof fact === 'string').join('\n'), MAX_FACT_CHARS);
  const factRead = join(facts);
  // A name is ruled out case-wide ("not ... like Stripe" in the scope answer rules it out of any topic); figures only within their topic.
  return nameConflict(read, allFacts === facts ? factRead : join(allFacts)) ?? availabilityConflict(read, factRead) ?? durationConflict(read, factRead);
}
