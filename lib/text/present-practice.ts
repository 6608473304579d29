/**
 * A question about how something is done now: "How is fraud checked today?", "Where does the surge table
 * live right now?", "What do the analysts query today?". Asked with a moment of the present, how, where
 * or what someone does is the current setup (the existing-systems question of every interview guide),
 * whatever the thing is. A measure asked of the present ("how much data today", "how fresh is it right
 * now") is not: it asks that measure. General English only.
 */

const PRESENT = /\b(?:today|right now|at the moment|these days|nowadays|at present|as (?:it|things) stands?|currently|as of now)\b/i;

// How, where or what someone or something does or is done: the practice, not a measure of it.
const ASKS_PRACTICE = /\b(?:how (?:is|are|do|does|was|were)|where (?:is|are|do|does)|what (?:do|does))\b/i;

// "How much", "how fresh": a measure of the present, asked with its own question word.
const ASKS_MEASURE = /\bhow (?:much|many|long|often|fast|quickly|soon|big|large|old|fresh|stale|late|far|frequently|reliable|accurate|bad)\b|\b(?:what|which) (?:format|formats|schema|fields|volume|rate|size|latency|sla|percentage|share)\b/i;

/**
 * The words that anchor `text` to the present when it asks how, where or what something is done now
 * ("today", "right now"), or null, also when it asks a measure ("how much data today"). Reads the first
 * 500 characters. Pure; never throws.
 */
export function presentPracticeCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = text.slice(0, 500);
  const present = PRESENT.exec(line);
  if (!present || !ASKS_PRACTICE.test(line) || ASKS_MEASURE.test(line)) return null;
  return present[0];
}
