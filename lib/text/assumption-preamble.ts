/**
 * A question asked after a preamble of the candidate's own assumptions: "So I'm assuming the switch keeps its rules,
 * that decisions go to a stream and that the model is retrained weekly. Given all that, how many milliseconds does the
 * score get?" The preamble sets out the candidate's picture; the interviewer answers the question at the end, which is
 * what the line asks. Read as: the line's last sentence asks (it ends with "?" or opens with a question word), and
 * either the sentences before it state the candidate's assumptions or picture ("I'm assuming", "my assumptions so
 * far", "I'm picturing"), or the question opens by pointing back at them ("Given all that", "With that picture",
 * "With that in mind"). Sources: how candidates set up questions in recorded mock interviews.
 */

/** Words that open a statement of one's own assumptions or picture of the system. */
const ASSUMING =
  /\b(?:i(?:'m| am) (?:assuming|picturing|imagining|guessing|thinking|going to assume|taking it)|i assume|i'd assume|i would assume|i picture|i imagine|my (?:assumptions?|picture|mental model|working assumptions?|understanding)|(?:so far|for now) i(?:'ve| have)|let me (?:lay out|state|list) (?:my|what i)|here(?:'s| is| are) (?:what i(?:'m| am) assuming|my assumptions?))\b/i;
/** Words that open a question by pointing back at what was just set out. */
const POINTS_BACK =
  /^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?(?:given (?:all (?:that|this|of (?:that|this))|that picture|those assumptions|that|this)|with (?:all )?(?:that|this|those) (?:picture|in mind|assumptions?|said|setup|set-?up)|with that|on that basis|assuming (?:all )?(?:that|this|those)|if (?:all )?(?:that|this)(?: is| holds)?(?: right| true| roughly right)?|taking (?:all )?(?:that|this) as given)\s*[,:;-]?\s*/i;
/** Words a question opens with. */
const QUESTION_OPENER = /^(?:what|whats|what's|which|who|whom|whose|when|where|why|how|is|are|do|does|did|can|could|should|would|will|must|may|have|has)\b/i;

/** The fewest words a preamble needs to be one: "I assume batch. How fresh?" is a short lead-in, read whole. */
export const PREAMBLE_MIN_WORDS = 12;

export type PreambleSplit = { preamble: string; asked: string };

/** Sentences cut after ". ! ? ;" and ":" (a list of assumptions after "My assumptions so far:" stays with its opener). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=\S)/)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Splits a line into the candidate's preamble of assumptions and the question it ends with (see the module comment),
 * or null when the line is not put that way. The asked part keeps its pointer's words cut off ("how stale can the
 * multiplier be ...?"). Pure; never throws; reads the first 2,000 characters.
 */
export function splitAssumptionPreamble(text: string): PreambleSplit | null {
  if (typeof text !== 'string') return null;
  const parts = sentences(text.slice(0, 2000));
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1] ?? '';
  const preamble = parts.slice(0, -1).join(' ');
  if (wordCount(preamble) < PREAMBLE_MIN_WORDS) return null;
  const pointer = POINTS_BACK.exec(last);
  const asked = pointer ? last.slice(pointer[0].length) : last;
  if (!(asked.trim().endsWith('?') || QUESTION_OPENER.test(asked.trim()))) return null;
  // The preamble itself must not ask: a line of several questions is read clause by clause elsewhere.
  if (parts.slice(0, -1).some((part) => part.trim().endsWith('?'))) return null;
  if (!pointer && !ASSUMING.test(preamble)) return null;
  return { preamble, asked: asked.trim() };
}
