/**
 * Step numbers written on connectors: people who draw lines without arrowheads often number them in
 * the order the data moves ("1", "2.", "(3)", "step 4", "5 score <100ms", "3b"). Read here, once, for
 * every engine that reads a drawing.
 */

/** Words right after a number that make it a quantity, not a step ("5 min", "3 brokers", "10 s"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'ms', 's', 'sec', 'secs', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'week', 'weeks', 'x', 'k', 'kb', 'mb', 'gb', 'tb', 'pb', 'broker', 'brokers', 'node', 'nodes',
  'partition', 'partitions', 'replica', 'replicas', 'times', 'per', 'of', 'percent', 'rps', 'tps', 'events', 'msgs', 'messages',
]);

const STEP = /^\s*(?:step\s*|#\s*)?\(?(\d{1,2})([a-z])?\)?[.):]?(?=\s|$)\s*(\S*)/i;

/** Letters that make a number a quantity when written right after it ("24h", "5m", "3x", "10s"). */
const UNIT_LETTERS: ReadonlySet<string> = new Set(['h', 'm', 's', 'd', 'x', 'k', 'w']);

/**
 * The step number a connector's label opens with ("1" -> 1, "2." -> 2, "(3)" -> 3, "step 4" -> 4,
 * "5 score <100ms" -> 5, "3b" -> 3), or undefined when it opens with no number, with a quantity
 * ("5 min", "3 brokers", "100ms", "24h") or with a number that runs on ("1:1", "2.5", "1 2"). Numbers of
 * one or two digits only. Pure; never throws.
 */
export function stepNumberOf(label: string): number | undefined {
  const match = STEP.exec(label);
  if (match === null) return undefined;
  const letter = match[2]?.toLowerCase();
  if (letter !== undefined && UNIT_LETTERS.has(letter)) return undefined;
  const next = (match[3] ?? '').toLowerCase();
  if (/^[\d%]/.test(next) || QUANTITY_WORDS.has(next.replace(/[^a-z]/g, ''))) return undefined;
  return Number(match[1]);
}
