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
