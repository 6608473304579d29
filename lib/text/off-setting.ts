import type { ReadText } from './read-text';
import { readValues } from './values';
import type { TextValue } from './values';

// Values that turn a setting off: "linger.ms=0" sends every record at once (no batching), "compression.type=none",
// "enable.idempotence=false". Source: Apache Kafka producer configuration reference (linger.ms, batch.size,
// compression.type, enable.idempotence); the same words switch off settings in Spark and Flink configuration.
const OFF_WORDS: ReadonlySet<string> = new Set(['false', 'none', 'off', 'no', 'disabled', 'disable', 'zero']);

/** Whether a setting's value switches it off (0, false, none, off, disabled). */
export function isOffValue(value: TextValue['value']): boolean {
  return typeof value === 'number' ? value === 0 : OFF_WORDS.has(value);
}

/**
 * The setting a learner switched off that the characters `[start, end)` name ("linger.ms" in "set linger.ms=0 and
 * disable compression", "compression" in "compression.type=none"): an affirmed setting in a claiming clause (not a
 * counterfactual or an example of the wrong way) whose name holds the span and whose value is an off value. A claim
 * whose term is a setting's name is then contradicted by that value, not stated by the name: the learner said the
 * opposite of the point. The span must lie in the name: a term that holds the value itself
 * ("failOnDataLoss=false") is the learner's whole phrase and is read as written. Undefined when none. Pure.
 */
export function switchedOff(read: ReadText, start: number, end: number): TextValue | undefined {
  if (start < 0) return undefined;
  for (const value of readValues(read)) {
    if (value.start > start) break;
    if (value.kind !== 'setting' || value.polarity !== 'affirmed' || !isOffValue(value.value)) continue;
    if (end > value.start + value.name.length) continue;
    const token = read.tokens.findIndex((item) => item.end > value.start);
    if (token >= 0 && read.role[token] !== 'claim') continue;
    return value;
  }
  return undefined;
}

// Words that approve of what a claim says to turn off ("auto-commit is fine", "leaving it on is OK").
const APPROVING: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'safe', 'acceptable', 'harmless', 'enough']);
// Words that keep it on, right after its name ("enable.auto.commit on", "auto commit = true", "auto-commit stays enabled").
const ON_WORDS: ReadonlySet<string> = new Set(['on', 'true', 'enabled']);
// Verbs before its name that keep or use it ("leave auto-commit on", "keep enable.auto.commit", "rely on auto commit").
const KEEPING: ReadonlySet<string> = new Set(['leave', 'leaving', 'left', 'keep', 'keeping', 'kept', 'rely', 'relying', 'use', 'using']);
// How far after the name an on-word still sets it ("auto commit stays on", "enable.auto.commit = true").
const ON_REACH = 3;

/**
 * The learner's words that keep on or approve of what a claim says to turn off, said of the setting or practice named by
 * tokens `[from, to)` in its own clause ("Leaving enable.auto.commit on is fine", "auto commit = true", "keep auto-commit,
 * it's ok"): the opposite of the point, verbatim ("Leaving ... on is fine"). Words denied ("is not fine"), in a
 * counterfactual, an example of the wrong way or a hedged clause are none. Undefined when there are none. Pure.
 */
export function keptOn(read: ReadText, from: number, to: number): string | undefined {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  // A hedged approval ("auto commit might also be fine") is weighed, not made.
  if (!clause || read.role[from] !== 'claim' || read.hedgedClause[clause.index]) return undefined;
  const live = (k: number) => !read.negated[k] && !read.cue[k] && read.role[k] === 'claim';
  const words: number[] = [];
  for (let k = clause.from; k < from; k += 1) if (KEEPING.has(read.tokens[k]?.norm ?? '') && live(k)) words.push(k);
  for (let k = to; k < clause.to; k += 1) {
    const norm = read.tokens[k]?.norm ?? '';
    if ((APPROVING.has(norm) || (ON_WORDS.has(norm) && k - to < ON_REACH)) && live(k)) words.push(k);
  }
  if (words.length === 0) return undefined;
  const first = Math.min(from, ...words);
  const last = Math.max(to - 1, ...words);
  return read.text.slice(read.tokens[first]?.start ?? 0, read.tokens[last]?.end ?? 0);
}
