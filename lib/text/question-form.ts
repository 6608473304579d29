import { premiseState, splitPremise } from './premise';
import { isStopword } from './stopwords';
import { isBareConfirmation } from './confirmation';

/**
 * How a learner's line is put, whatever it is about:
 * - `question`: an open or closed question that lets the other side answer ("How much data per day?");
 * - `leading`: a question that assumes its answer ("Volume doesn't matter, does it?", "I assume batch is fine?");
 * - `fragment`: a bare noun phrase with no question word and no verb ("Scope?", "OLTP or OLAP?");
 * - `statement`: a claim or decision, not a question ("I will use Kafka");
 * - `small-talk`: thanks, greetings and acknowledgements ("Great, makes sense");
 * - `empty`: no letters or digits.
 */
export type QuestionForm = 'question' | 'leading' | 'fragment' | 'statement' | 'small-talk' | 'empty';

export type FormReading = {
  form: QuestionForm;
  /** The words that decided a leading reading ("does it?", "I assume"), for findings; null otherwise. */
  cue: string | null;
};

const QUESTION_OPENERS = new Set(
  (
    'what whats which who whom whose when where why how is are was were do does did can could should would will shall ' +
    'may might must have has any anything tell describe explain clarify share give list walk help curious wondering ' +
    'wonder please confirm define outline specify elaborate quick just so and also roughly approximately'
  ).split(' '),
);

const INTERROGATIVES = new Set(
  'what whats which who whom whose when where why how is are was were do does did can could should would will shall may might must have has any'.split(' '),
);

const WH_WORDS = /\b(what|whats|which|who|whom|whose|when|where|why|how|any|anything)\b/;
/** Question words proper: a claim may contain "any" ("we won't have any PII, right?"). */
const WH_PROPER = /\b(what|whats|which|who|whom|whose|when|where|why|how)\b/;

// First-person openers that start a statement of intent ("I will use Kafka", "Let's shard by user").
const STATEMENT_OPENERS = new Set('i we let lets my our ok okay sure great yes no first then next'.split(' '));

// A verb makes a sentence a claim ("The pipeline will use Spark"); a bare noun phrase ("retention
// policy") is an elliptic question.
const STATEMENT_VERBS =
  /\b(will|would|should|shall|is|are|was|were|be|been|can|could|do|does|did|use|uses|using|going|gonna|need|needs|assume|think|propose|suggest|plan|prefer|store|stores|write|writes|partition|shard|run|runs|has|have|had|matter|matters|change|changes|keep|keeps|expect|expects|grow|grows|arrive|arrives|come|comes|care|cares|happen|happens|stay|stays|want|wants)\b/;

// A first-person sentence is still a question when it asks to learn something.
const REQUEST_CUES =
  /\b(know|understand|clarify|confirm|ask|check|learn|hear|wonder|wondering|curious|find out|get a sense|get an idea|sense of|idea of|understanding|clarification|information about|info about|details on|details about)\b/;

/** Words that make up thanks, greetings and acknowledgements; a line made only of them is small talk. */
const SMALL_TALK_WORDS = new Set(
  (
    'thanks thank thx ty you so very much lot a lots great good ok okay k cool nice fine perfect awesome excellent brilliant ' +
    'wonderful lovely super sounds sound makes make made sense got it that this is helps helped help helpful useful clear ' +
    'understood understand i see noted alright all right yes yeah yep yup no nope sure of course hi hello hey morning ' +
    'afternoon evening there everyone folks to meet pleasure appreciate appreciated interesting gotcha indeed agreed fair enough will do ' +
    'and then now let me think hmm um uh oh ah wow really'
  ).split(' '),
);

// Tag questions: a claim followed by "right?", "does it?", "I suppose?" asks the listener to agree.
const TAG_QUESTION =
  /(?:[,;.\u2014-]\s*((?:right|correct|yes|no|ok|okay|yeah|true|agreed|surely|am i right|is that right|is that correct|is that ok(?:ay)?|is that fine))|(?:[,;.\u2014-]\s*|\s)((?:i (?:assume|suppose|guess|presume|imagine|think|hope|believe)|(?:(?:is|are|was|were|does|do|did|will|would|can|could|should|has|have)(?:n'?t)?|can't|won't|cannot) (?:it|they|we|you|i|that|there|he|she))))\s*\?+\s*$/i;

/** Longest tail searched for a tag question ("..., is that correct?" with some spaces to spare). */
const TAG_TAIL_CHARS = 40;

// Openers that state the expected answer before asking ("I assume...", "Surely...", "Can we assume...").
const ASSUMPTION_OPENER =
  /^(?:so,?\s+)?((?:i|we) (?:assume|guess|suppose|presume|imagine|reckon|take it|expect that|am assuming|am guessing|m assuming|m guessing)|i'm (?:assuming|guessing)|surely|presumably|obviously|of course|clearly|(?:can|could|may|should|shall) (?:i|we) (?:safely )?(?:assume|take it)|(?:is it|it is|it's) (?:safe|fair|ok|okay|fine|reasonable) to (?:assume|say))\b/i;

// A negative yes/no question ("Isn't the volume small?") expects a yes.
const NEGATIVE_QUESTION = /^(?:is|are|was|were|does|do|did|will|would|should|can|could|has|have|wo)n['\u2019]?t\b/i;

/**
 * Lower-case words of a line, with contractions opened as normaliseText opens them ("isn't" -> "is
 * not", "what's" -> "what"). Enough to read a line's form, and much cheaper than normaliseText,
 * which this file would otherwise run several times per line.
 */
function words(text: string): string[] {
  return text
    .slice(0, 500)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'(s|re|ll|d|ve|m)\b/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** True when the text asks something: a question mark, an interrogative or imperative opener, or a request to know. */
export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) return true;
  const tokens = words(text);
  const normalised = tokens.join(' ');
  const first = tokens[0];
  if (first === undefined) return false;
  if (QUESTION_OPENERS.has(first)) return true;
  if (REQUEST_CUES.test(normalised)) return true;
  if (STATEMENT_OPENERS.has(first)) return false;
  return !STATEMENT_VERBS.test(normalised);
}

/** Thanks and praise for an answer: a line that gives them and asks nothing thanks the interviewer, whatever it thanks for. */
const GRATITUDE = /\b(?:thanks|thank you|thx|cheers|appreciate(?:d)?|much obliged|(?:very|really|super|so) (?:helpful|useful|clear)|helpful|useful|clears? (?:it|that|things) up|makes sense|that helps|good to know)\b/;
/** Words that make a thankful line a decision too ("Thanks, I'll plan for ten times the load"). */
const DECISION_AFTER_THANKS = /\b(?:i|we) (?:will|ll|would|d|am going to|are going to|plan|assume|propose|suggest|use|design|go)\b|\blet(?:s| us)\b|\bgoing to\b|\bso (?:i|we)\b/;

/**
 * Words about the call itself, not the case: whether the other side hears or sees you, sharing a screen,
 * microphones and cameras, how their day is going, whether to start. Sources: the openings of recorded
 * mock interviews.
 */
const ABOUT_THE_CALL =
  /\b(?:(?:can|could|do) you (?:still )?(?:hear|see) (?:me|us|my screen|my slides)|(?:hear|see) me (?:ok|okay|alright|all right|well|clearly|fine)|(?:share|sharing|show|showing) (?:my|the) screen|screen ?shar\w*|(?:my|your) (?:mic|microphone|camera|cam|audio|video|connection|internet|wifi|wi-fi|headset)|(?:you're|you are|i'm|i am|am i|are you) (?:on )?mute(?:d)?|(?:are you|you) still there|how (?:are|r) (?:you|things)|how(?:'s| is| has| was) (?:your|the) (?:day|week|weekend|morning|afternoon|evening)(?: going| been)?|ready when you are|(?:shall|should|can|could) (?:we|i) (?:start|begin|get started|kick off|dive in|jump in)|(?:shall|should|can) i (?:use|open) (?:a|the) (?:whiteboard|doc|document|notepad)|(?:can|could|would|will) you (?:please )?(?:repeat|say|go over|go through)(?: (?:that|it|this))?(?: (?:again|once more))?(?: (?:the|that) (?:last|previous) (?:bit|part|point|sentence|answer|number|one))?|repeat (?:that|the (?:last|previous) (?:bit|part|point|sentence|answer|number|one)|what you (?:just )?said)|say (?:that|it) again|come again|(?:i|we) (?:missed|didn't catch|did not catch|didn't get|did not get) (?:that|it|the (?:last|previous) (?:bit|part|point|sentence|answer|number|one))|(?:i was|i'm|i am) (?:still )?(?:writing|typing|taking notes|making notes|noting)(?: (?:it|that|this|things|everything) down)?)\b/g;
/** What may stand beside words about the call in a line that is only about the call ("should I share my screen now or later?"). */
const CALL_FILLER = new Set(
  (
    'sorry apologies oops now later first or before after then today going been there still quick quickly just also maybe right before we start ' +
    // What happened to the line ("my internet dropped for a second", "the video froze for a moment").
    'dropped drop dropping cut cutting out froze frozen freezing glitch glitched glitchy lag lagged lagging second sec seconds moment bit back again ' +
    'video audio sound call line connection internet wifi signal'
  ).split(' '),
);

/** True when every word of the line is about the call itself (see ABOUT_THE_CALL), small talk or a filler. */
function aboutTheCall(text: string): boolean {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  ABOUT_THE_CALL.lastIndex = 0;
  if (!ABOUT_THE_CALL.test(lower)) return false;
  const rest = words(lower.replace(ABOUT_THE_CALL, ' '));
  // "Where should I start?" asks what matters first, not about the call.
  if (WH_PROPER.test(rest.join(' '))) return false;
  return rest.every((word) => SMALL_TALK_WORDS.has(word) || CALL_FILLER.has(word) || isStopword(word));
}

/**
 * True when the text is thanks, a greeting or an acknowledgement: every word is one ("Great, makes
 * sense!"), it is only about the call itself ("hi, can you hear me ok?", "how's your day going?"), or it thanks or praises an answer and asks and decides nothing ("Thanks, that's really helpful
 * context.", "Nice, thanks for walking me through that.").
 */
export function isSmallTalk(text: string): boolean {
  const tokens = words(text);
  if (tokens.length === 0) return false;
  if (tokens.every((word) => SMALL_TALK_WORDS.has(word))) return true;
  // A confirmation tag alone ("Correct?", "Did I get that right?") asks to have what came before confirmed, no topic of its own.
  if (isBareConfirmation(text)) return true;
  // Logistics of the call ("can you hear me ok?", "should I share my screen now?") ask nothing of the case.
  if (aboutTheCall(text)) return true;
  if (text.includes('?')) return false;
  const normalised = tokens.join(' ');
  // A part that opens like a question ("..., is the data JSON") still asks, even without its "?".
  const asks = text.split(/[,.;:!\u2014]/).some((part) => INTERROGATIVES.has(words(part)[0] ?? ''));
  return GRATITUDE.test(normalised) && !asks && !WH_PROPER.test(normalised) && !DECISION_AFTER_THANKS.test(normalised) && !REQUEST_CUES.test(normalised);
}

/** The words that make a question leading, or null: a tag ("..., right?"), an assumption opener, a negative or declarative question. */
export function leadingCue(text: string): string | null {
  const trimmed = text.trim().replace(/[\u2018\u2019]/g, "'");
  // Tags are short and end the text: only the tail is searched, which keeps this cheap on long input.
  const tailStart = Math.max(0, trimmed.length - TAG_TAIL_CHARS);
  const tag = trimmed.endsWith('?') ? TAG_QUESTION.exec(trimmed.slice(tailStart)) : null;
  const tagIndex = tag ? tailStart + tag.index : -1;
  // A tag only leads after a claim: after a wh- or yes/no question ("Do we need real-time or is it?")
  // it is part of the question.
  if (tag && tagIndex > 0) {
    const bodyWords = words(trimmed.slice(0, tagIndex));
    const body = bodyWords.join(' ');
    const first = bodyWords[0];
    if (first !== undefined && !INTERROGATIVES.has(first) && !WH_PROPER.test(body)) return (tag[1] ?? tag[2] ?? '').trim();
  }
  const opener = ASSUMPTION_OPENER.exec(trimmed);
  if (opener) return opener[1] ?? null;
  const negative = NEGATIVE_QUESTION.exec(trimmed);
  if (negative) return negative[0];
  // A declarative sentence with a question mark ("The schema never changes?") proposes its answer;
  // a choice ("JSON or CSV?"), an elliptic verb-first question ("Keep it forever?") or a question
  // after a condition ("If ..., is that fine?") does not.
  if (trimmed.endsWith('?')) {
    const tokens = words(trimmed);
    const normalised = tokens.join(' ');
    const first = tokens[0];
    const asksInPart = trimmed.split(/[,;:\u2014]/).some((part) => INTERROGATIVES.has(words(part)[0] ?? ''));
    if (
      first !== undefined &&
      !QUESTION_OPENERS.has(first) &&
      !STATEMENT_VERBS.test(first) &&
      !asksInPart &&
      !tokens.includes('or') &&
      !WH_WORDS.test(normalised) &&
      !REQUEST_CUES.test(normalised) &&
      STATEMENT_VERBS.test(normalised)
    ) {
      return '?';
    }
  }
  return null;
}

// "What volume?" is "Volume?" with a question word in front; "What's the volume?" and "What about
// volume?" are whole (if short) questions.
const BARE_WH = new Set(['what', 'which']);
const NOT_BARE_AFTER_WH = new Set('the a an our your their this that these those is are was were about of kind type sort exactly else do does did will would should can could'.split(' '));

function isBareWhPhrase(text: string): boolean {
  const raw = text.toLowerCase().split(/[^a-z0-9'\u2019]+/).filter((word) => word.length > 0);
  if (raw.length < 2 || raw.length > 3 || !BARE_WH.has(raw[0] ?? '')) return false;
  return !NOT_BARE_AFTER_WH.has(raw[1] ?? '') && !STATEMENT_VERBS.test(raw.slice(1).join(' '));
}

/**
 * True for a bare phrase: at most three content words, no question word and no verb ("Scope?",
 * "Data volume?"), or a question word in front of one or two nouns ("What volume?").
 */
export function isFragment(text: string): boolean {
  const tokens = words(text);
  if (tokens.length === 0) return false;
  if (isBareWhPhrase(text)) return true;
  const first = tokens[0] ?? '';
  if (QUESTION_OPENERS.has(first)) return false;
  const normalised = tokens.join(' ');
  if (WH_WORDS.test(normalised) || STATEMENT_VERBS.test(normalised) || REQUEST_CUES.test(normalised)) return false;
  return tokens.filter((word) => !isStopword(word)).length <= 3;
}

/** How a line is put (see QuestionForm). Pure and never throws; the text is read up to 500 characters. */
export function readQuestionForm(text: string): FormReading {
  const value = typeof text === 'string' ? text.slice(0, 500) : '';
  if (!/[\p{L}\p{N}]/u.test(value)) return { form: 'empty', cue: null };
  if (isSmallTalk(value)) return { form: 'small-talk', cue: null };
  const clauses = splitClauses(value);
  if (!isQuestionLike(value) && !clauses.some(isQuestionLike)) return { form: 'statement', cue: null };
  const cue = leadingCue(value);
  if (cue !== null) return { form: 'leading', cue };
  if (isFragment(value)) return { form: 'fragment', cue: null };
  return { form: 'question', cue: null };
}

// Splits after a question mark (kept, so each part still reads as asked), before a conjunction
// that starts a new question, and at a comma before a second question with its own subject ("How
// are analysts getting data today, are they hitting the production Postgres?"); a tag ("..., does
// it?", "..., is it really?") stays with its question so a leading one still reads as leading.
const CLAUSE_SPLIT =
  /(?<=[?;!])|\.(?!\d)|\b(?:and|also|plus|or|but)\s+(?=(?:what|whats|what's|how|who|whom|which|when|where|why|is|are|do|does|did|can|could|should|will|would|any)\b)|,\s+(?=(?:is|are|do|does|did|can|could|will|would|should|was|were|has|have)\s+(?:it|they|we|you|there|these|those|he|she)\s+(?!(?:right|correct|true|so|ok|okay|fine|really|not)\b)[a-z]{3,})/i;

/** Splits a compound question ("How much data, and how long do we keep it?") into its parts; a part keeps its "?". */
export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_SPLIT)
    .map((part) => (part ?? '').trim().replace(/^[;!]+|[;!]+$/g, '').trim())
    .filter((part) => /[a-z0-9]/i.test(part));
}

// A comma before a new question word ("How many a day, how long do we keep them, ...?").
const WH_AFTER_COMMA = /,\s+(?=(?:what|whats|what's|how|who|whos|who's|which|when|where|why)\b)/i;
/** Question words a part must open with to be split off at a comma: a premise ("If the feed dies, what happens?") stays whole. */
const WH_OPENERS = new Set('what whats which who whom whose when where why how'.split(' '));

/**
 * The questions a line asks, one per part: splitClauses, then a clause that strings questions with commas
 * ("How many authorisations a day, how long do we keep them, and who reads the scores?") split at each comma
 * before a question word, when every part opens with one. "If the feed dies, what happens?" and "Roughly,
 * how many?" stay whole.
 */
export function splitAskedClauses(text: string): string[] {
  return splitClauses(text).flatMap((clause) => {
    const parts = clause
      .split(WH_AFTER_COMMA)
      .map((part) => part.trim().replace(/,+$/, '').trim())
      .filter((part) => /[a-z0-9]/i.test(part));
    // "When a spindle starts vibrating, how fast ...?" opens with a moment, not a question: the line asks once (lib/text/premise).
    // A failure or a delay set first ("When an interface goes down, how late ...?") is asked about as well, and stays a part.
    const premise = parts.length > 1 ? splitPremise(clause).premises[0] : undefined;
    const opensWithPremise = premise !== undefined && premise === parts[0] && premiseState(premise) === null;
    return parts.length > 1 && !opensWithPremise && parts.every((part) => WH_OPENERS.has(words(part)[0] ?? '')) ? parts : [clause];
  });
}

/**
 * The two halves of a question that names two things joined by one "and" with no second question
 * word ("What are the retention and the freshness needed?", "the beacon interval and the peak driver
 * count"): split at that "and", each half kept in its own words. Empty when the text has no such
 * "and", or more than one (a list is read as a whole).
 */
export function coordinatedHalves(text: string): string[] {
  const parts = text.split(/\s+and\s+/i);
  if (parts.length !== 2) return [];
  const halves = parts.map((part) => part.trim());
  return halves.every((half) => /[a-z]{3,}/i.test(half)) ? halves : [];
}
