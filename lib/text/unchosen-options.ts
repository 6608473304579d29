import { phraseKey } from './analyse';
import { choosesIn, deferralIn, offerWeighsTradeOff } from './commitment';
import { COMPONENT_NAMES } from './components';
import type { ReadText } from './read-text';
import { TOOL_NAMES } from './tool-list';

/**
 * Options listed but not chosen: a clause that offers alternatives for one choice ("we could key by driver_id, by zone
 * or by city", "Redis, DynamoDB, Cassandra or Aerospike", "either Flink or Spark", "Option 1: Redis ... Option 2:
 * DynamoDB ...", "Two choices. Commit before ... Commit after ...") with no later commitment to one ("I'd pick A
 * because ...", "Choice: A for raw, B for hourly", "go with A"). An interviewer credits the choice and its reason, not
 * the candidates: a point met only inside such a list earns a small share, and the interviewer asks "which one, and
 * why?". A list whose choice is handed to a named condition ("either works; it depends on how much contention one
 * account sees") is most of a choice; one handed to nothing ("depending on the need", "the team can decide", "both
 * would work") is none.
 *
 * Not an option list: a parenthesised alternative ("Kafka (or Kinesis on AWS)"), which keeps the first as the choice,
 * and a plain "or" with no cue of offering ("retry or fail the batch" is what the job does).
 */

/** How a list of options ends: nothing chosen, or the choice handed to a condition the learner names. */
export type OptionsVerdict = 'unchosen' | 'conditional';

export type OptionSet = {
  /** Token range `[from, to)` the options cover, the offering words included. */
  from: number;
  to: number;
  /** The options, verbatim, in order. */
  options: string[];
  verdict: OptionsVerdict;
  /** The learner's words that offered ("could", "or", "Option 1", "Two choices"), verbatim. */
  cue: string;
  /** When conditional: the condition's words, verbatim ("how much contention there is on one account"). */
  condition?: string;
  /** The options are weighed with their pros and cons ("+ sub-millisecond reads. - memory cost"). */
  weighed: boolean;
};

// Words before a list that offer its items as possibilities ("we could use A or B", "either A or B").
const OFFER_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'can']);
const OFFER_WORDS: ReadonlySet<string> = new Set(['either', 'options', 'alternatives', 'alternatively', 'whichever', 'depending']);
// A hedge right after "or" offers the item after it ("the order, or possibly the order line"); elsewhere it only hedges.
const OR_HEDGES: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'possibly']);
// Words before a list that give examples, not options ("like Snowflake or BigQuery", "such as S3 or GCS").
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['like', 'such', 'e.g', 'eg', 'example', 'including']);
// Words that end the last item of an inline list ("... or RabbitMQ FOR streaming", "... or 500 DEPENDING on").
const ITEM_ENDERS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'instead', 'depending', 'because', 'since', 'so', 'which', 'that', 'but', 'and', 'if', 'when', 'as', 'in', 'on', 'at']);
// Marks that bound an inline list.
const LIST_BOUNDS: ReadonlySet<string> = new Set([';', ':', '.', '(', ')', '?', '!']);
// Nouns of an intro that announces options ("Two options for the grain:", "Two choices.").
const INTRO_NOUNS: ReadonlySet<string> = new Set(['options', 'choices', 'approaches', 'alternatives', 'ways']);
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['2', 2], ['3', 3], ['4', 4]]);
// A condition that names nothing about the system ("depending on the need", "it depends on the use case").
const VAGUE_CONDITION_WORDS: ReadonlySet<string> = new Set([
  'need', 'needs', 'use', 'case', 'cases', 'requirement', 'requirements', 'team', 'teams', 'preference', 'preferences', 'prefer', 'answer', 'answers',
  'situation', 'context', 'business', 'circumstances', 'budget', 'taste', 'goal', 'goals', 'whether', 'you', 'they', 'we', 'what', 'which', 'one', 'want',
  'question', 'questions', 'ask', 'asks', 'the', 'a', 'an', 'your', 'our', 'their', 'on', 'and', 'or', 'of', 'to', 'data', 'it', 'is', 'are', 'more', 'better', 'fits', 'fit', 'works', 'best',
]);
const STOP_LIKE: ReadonlySet<string> = new Set(['how', 'much', 'many', 'there', 'is', 'be', 'would', 'will', 'this', 'that', 'these', 'those', 'if', 'in', 'at', 'for', 'by', 'with']);
// Verbs a possibility modal offers a list by ("we could USE A or B", "partitions could BE 50 or 100").
const OFFER_VERBS: ReadonlySet<string> = new Set(['use', 'be', 'key', 'go', 'pick', 'choose', 'partition', 'store', 'run', 'try', 'consider', 'keep', 'set', 'put', 'take', 'either', 'also', 'land', 'write', 'load', 'send', 'serve']);
const PREFERENCE_WORDS: ReadonlySet<string> = new Set(['prefer', 'prefers', 'preference', 'want', 'wants', 'like', 'likes', 'wish', 'taste']);
// First words of a sentence about every option at once.
const EVERY_OPTION: ReadonlySet<string> = new Set(['each', 'both', 'all', 'either', 'neither']);
// Words that open a new clause inside a sentence: a list never reaches back past one.
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['so', 'because', 'since', 'which', 'that', 'then', 'while', 'but', 'when', 'where', 'whereas', 'although']);
const MAX_ITEM_WORDS = 6;

let toolKeys: ReadonlySet<string> | undefined;
function isToolName(text: string): boolean {
  toolKeys ??= new Set([...COMPONENT_NAMES, ...TOOL_NAMES].map(phraseKey).filter((key) => key !== ''));
  const key = phraseKey(text);
  return key !== '' && (toolKeys.has(key) || key.split(' ').some((word) => toolKeys?.has(word)));
}

const norm = (read: ReadText, index: number) => read.tokens[index]?.norm ?? '';
const isWord = (read: ReadText, index: number) => read.tokens[index]?.kind === 'word';
const slice = (read: ReadText, from: number, to: number) => {
  const first = read.tokens[from];
  const last = read.tokens[to - 1];
  return first && last && to > from ? read.text.slice(first.start, last.end) : '';
};

// A choice handed to others in the same breath ("the team can pick", "you may choose"): no choice.
const HANDED_CHOICE = /\b(?:can|could|may|might|will|should|to)\s+(?:pick|choose|decide|select)\b|\bdecide\b/i;

// Words that make the options equivalent for what follows ("Either way the task must ...", "in both cases").
const EQUIVALENT = /\beither\s+way\b|\bin\s+(?:both|either)\s+cases?\b/i;

/**
 * Whether a later part of the text (tokens from `from` to the end) chooses, without handing the choice off; or says the
 * options lead to the same ("Either way the task must overwrite its day") and hands nothing off.
 */
function chosenAfter(read: ReadText, from: number): boolean {
  let equivalent = false;
  let handed = false;
  for (const sentence of read.sentences) {
    if (sentence.to <= from) continue;
    const start = Math.max(sentence.from, from);
    const text = slice(read, start, sentence.to);
    if (EQUIVALENT.test(text)) equivalent = true;
    if (deferralIn(read, start, sentence.to) || HANDED_CHOICE.test(text)) {
      handed = true;
      continue;
    }
    if (choosesIn(read, start, sentence.to)) return true;
    // "Choice: TimescaleDB for raw", "Decision - Postgres".
    const first = norm(read, start);
    if ((first === 'choice' || first === 'decision' || first === 'verdict') && !isWord(read, start + 1)) return true;
  }
  return equivalent && !handed;
}

const DEPENDS_ON = /\bdepend(?:s|ing)?\s+(?:\w+\s+)?on\s+([^.;\n?!]*)/i;

/** How the choice is handed off in the tokens `[from, to)`: to a condition the learner names, or to nothing. */
function handOff(read: ReadText, from: number, to: number): { verdict: OptionsVerdict; condition?: string } {
  const found = DEPENDS_ON.exec(slice(read, from, to));
  const condition = found?.[1]?.trim() ?? '';
  const words = condition.toLowerCase().split(/[^a-z0-9_]+/).filter((word) => word !== '');
  // "depends on how much contention there is on one account" names one; "depending on the need" names none.
  const named = words.filter((word) => !VAGUE_CONDITION_WORDS.has(word) && !STOP_LIKE.has(word));
  // A preference ("whether you prefer losing data or duplicating it") restates the trade-off and hands it back: no condition.
  if (named.length === 0 || words.some((word) => PREFERENCE_WORDS.has(word))) return { verdict: 'unchosen' };
  return { verdict: 'conditional', condition };
}

/** Inline lists "A, B or C" inside one sentence, offered by a cue or made of tool names. */
function inlineSets(read: ReadText): OptionSet[] {
  const sets: OptionSet[] = [];
  for (const sentence of read.sentences) {
    let depth = 0;
    let segmentStart = sentence.from;
    let lastEnd = -1;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const word = norm(read, i);
      if (!isWord(read, i)) {
        if (word === '(') depth += 1;
        if (word === ')') depth = Math.max(0, depth - 1);
        if (depth === 0 && LIST_BOUNDS.has(word)) segmentStart = i + 1;
        continue;
      }
      if (word !== 'or' || depth > 0 || i <= lastEnd) continue;
      const previous = norm(read, i - 1);
      const next = norm(read, i + 1);
      if (['not', 'so', 'less', 'more', 'else', 'other', 'otherwise'].includes(next) || previous === 'whether') continue;
      // The last item: from "or" to a bound, a comma or a word that ends it.
      let end = i + 1;
      while (end < sentence.to) {
        const token = norm(read, end);
        if (!isWord(read, end) ? [',', ...LIST_BOUNDS].includes(token) : end > i + 1 && ITEM_ENDERS.has(token)) break;
        end += 1;
      }
      // The items before "or": comma-separated runs back to the segment start.
      const items: [number, number][] = [[i + 1, end]];
      let itemEnd = i;
      // The list starts in the clause of its "or": after a word that opens a clause ("..., so nothing is lost or duplicated").
      let listStart = Math.max(segmentStart, lastEnd);
      for (let k = i - 1; k > listStart; k -= 1) {
        if (isWord(read, k) && CLAUSE_OPENERS.has(norm(read, k))) {
          listStart = k + 1;
          break;
        }
      }
      let firstFrom = listStart;
      for (let k = i - 1; k >= listStart; k -= 1) {
        // An and-list before it ends the or-list: "date, customer and maybe store or promotion" offers store or promotion.
        if (isWord(read, k) && norm(read, k) === 'and') {
          if (k + 1 < itemEnd) items.unshift([k + 1, itemEnd]);
          firstFrom = k + 1;
          itemEnd = k + 1;
          break;
        }
        if (!isWord(read, k) && norm(read, k) === ',') {
          if (k + 1 < itemEnd) items.unshift([k + 1, itemEnd]);
          itemEnd = k;
        }
      }
      if (firstFrom === listStart && listStart < itemEnd) items.unshift([listStart, itemEnd]);
      const texts = items.map(([from, to]) => slice(read, from, to).replace(/^(?:or|and)\s+/i, '').trim()).filter((text) => text !== '');
      if (texts.length < 2) continue;
      const wordsIn = (from: number, to: number) => read.tokens.slice(from, to).filter((token) => token.kind === 'word').length;
      // The first item may carry the verb that offers the list ("We could use Kafka"); the others must be short.
      if (items.slice(1).some(([from, to]) => wordsIn(from, to) > MAX_ITEM_WORDS)) continue;
      const before = read.tokens.slice(listStart, i).filter((token) => token.kind === 'word').map((token) => token.norm);
      const offerAt = before.findIndex((token, k) => (OFFER_WORDS.has(token) && !(token === 'either' && before[k + 1] === 'way')) || (OFFER_MODALS.has(token) && OFFER_VERBS.has(before[k + 1] ?? '')));
      const hedgedOr = OR_HEDGES.has(next);
      // Examples ("like Snowflake or BigQuery") and a long first clause ("X happens, or the reruns will be wrong") are no options.
      if (before.some((token) => EXAMPLE_WORDS.has(token)) || wordsIn(items[0]?.[0] ?? 0, items[0]?.[1] ?? 0) > 12) continue;
      const after = read.tokens.slice(end, sentence.to).filter((token) => token.kind === 'word').map((token) => token.norm);
      const offeredAfter = after.some((token) => token === 'depending' || token === 'whichever');
      const tools = texts.filter((text) => isToolName(text.split(/\s+/).slice(-3).join(' '))).length;
      const listOfTools = texts.length >= 3 && tools >= 2 && items.slice(1).every(([from, to]) => wordsIn(from, to) <= 4);

      const cue = offerAt >= 0 ? (before[offerAt] ?? 'or') : hedgedOr ? `or ${next}` : offeredAfter ? 'depending' : 'or';
      const nextSentence = read.sentences[sentence.index + 1];
      const nextDefers = nextSentence !== undefined && /^\W*(?:it|that|this|which|whichever|either|both|each|any)\b/i.test(slice(read, nextSentence.from, nextSentence.to)) && deferralIn(read, nextSentence.from, nextSentence.to) !== undefined;
      // Offered by a cue before or after the list, by the next sentence handing the choice off, or as a list of tools.
      if (offerAt < 0 && !hedgedOr && !offeredAfter && !nextDefers && !listOfTools) continue;
      const handed = handOff(read, end, nextDefers && nextSentence ? nextSentence.to : sentence.to);
      // A next sentence about all the options at once ("Each has pros and cons: A keeps ..., B keeps ...") describes
      // them, still without a choice: the list runs on through it.
      const describes = nextSentence !== undefined && EVERY_OPTION.has(norm(read, nextSentence.from));
      const setEnd = describes && nextSentence ? nextSentence.to : end;
      // Chosen in the same sentence after the list, or in any later sentence.
      if (chosenAfter(read, setEnd)) continue;
      sets.push({ from: firstFrom, to: setEnd, options: texts, verdict: handed.verdict, cue, ...(handed.condition !== undefined ? { condition: handed.condition } : {}), weighed: offerWeighsTradeOff(read, sentence.index) || (describes && nextSentence !== undefined && PROS_CONS.test(slice(read, nextSentence.from, nextSentence.to))) });
      lastEnd = end;
    }
  }
  return sets;
}

/** Whether the sentence opens with an option heading ("Option 1:", "option B -", "A)", "(b)"), its label verbatim. */
function headingOf(read: ReadText, sentenceIndex: number): string | undefined {
  const sentence = read.sentences[sentenceIndex];
  if (!sentence) return undefined;
  // A short label may come first ("Concurrency, option A: ...").
  for (let i = sentence.from; i < Math.min(sentence.to, sentence.from + 4); i += 1) {
    const word = norm(read, i);
    if (word === 'option' && isWord(read, i + 1) && /^(?:[1-4]|[a-d]|one|two|three|four)$/.test(norm(read, i + 1))) return slice(read, i, i + 2);
  }
  const first = norm(read, sentence.from);
  if (/^[a-d]$/.test(first) && norm(read, sentence.from + 1) === ')') return slice(read, sentence.from, sentence.from + 2);
  if (first === '(' && /^[a-d]$/.test(norm(read, sentence.from + 1)) && norm(read, sentence.from + 2) === ')') return slice(read, sentence.from, sentence.from + 3);
  return undefined;
}

/** "Two options for the grain:", "Two choices.", "Options:": a short sentence announcing options, with their count when said. */
function introOf(read: ReadText, sentenceIndex: number): { cue: string; count?: number } | undefined {
  const sentence = read.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const words = read.tokens.slice(sentence.from, sentence.to).filter((token) => token.kind === 'word');
  const at = words.findIndex((token) => INTRO_NOUNS.has(token.norm));
  if (at < 0 || at > 3 || words.length > 7) return undefined;
  // The intro's own words (up to a colon) end the sentence: "Options: (a) TimescaleDB ..." announces, "Options are limited" does not.
  const colon = read.tokens.slice(sentence.from, sentence.to).findIndex((token) => token.norm === ':');
  if (colon < 0 && words.length > 5) return undefined;
  const count = COUNT_WORDS.get(words[at - 1]?.norm ?? '');
  return { cue: words.slice(Math.max(0, at - 1), at + 1).map((token) => token.norm).join(' '), ...(count !== undefined ? { count } : {}) };
}

/** Whether a newline separates token `a` from token `b` (a new line or bullet). */
function newlineBetween(read: ReadText, a: number, b: number): boolean {
  const end = read.tokens[a]?.end ?? 0;
  const start = read.tokens[b]?.start ?? 0;
  return read.text.slice(end, start).includes('\n');
}

const PROS_CONS = /(?:^|\s)[+-]\s|\bpros?\b|\bcons?\b|\bupside\b|\bdownside\b/i;

/** Options set out one after another: under headings ("Option 1: ... Option 2: ...") or after an intro ("Two choices."). */
function enumeratedSets(read: ReadText): OptionSet[] {
  const sets: OptionSet[] = [];
  const count = read.sentences.length;
  let s = 0;
  while (s < count) {
    const intro = introOf(read, s);
    const startsAt = intro ? s + 1 : s;
    const spans: [number, number][] = [];
    let cue = intro?.cue ?? '';
    if (headingOf(read, startsAt) !== undefined) {
      cue ||= headingOf(read, startsAt) ?? '';
      // Each heading runs to the next heading, or to the end of its line.
      let k = startsAt;
      while (k < count && headingOf(read, k) !== undefined) {
        let last = k;
        while (last + 1 < count && headingOf(read, last + 1) === undefined && !newlineBetween(read, (read.sentences[last]?.to ?? 1) - 1, read.sentences[last + 1]?.from ?? 0)) last += 1;
        spans.push([k, last]);
        k = last + 1;
      }
    } else if (intro) {
      // After an intro with no headings, the next sentences are the options, as many as it says, up to a hand-off.
      let k = startsAt;
      while (k < count && spans.length < (intro.count ?? 4)) {
        const sentence = read.sentences[k];
        if (!sentence || deferralIn(read, sentence.from, sentence.to) || choosesIn(read, sentence.from, sentence.to)) break;
        spans.push([k, k]);
        k += 1;
      }
    }
    if (spans.length < 2) {
      s += 1;
      continue;
    }
    const first = read.sentences[spans[0]?.[0] ?? 0];
    const last = read.sentences[spans[spans.length - 1]?.[1] ?? 0];
    const from = first?.from ?? 0;
    const to = last?.to ?? 0;
    const options = spans.map(([a, b]) => slice(read, read.sentences[a]?.from ?? 0, read.sentences[b]?.to ?? 0));
    const chosen = spans.some(([a, b]) => choosesIn(read, read.sentences[a]?.from ?? 0, read.sentences[b]?.to ?? 0)) || chosenAfter(read, to);
    if (!chosen) {
      const after = read.sentences[(spans[spans.length - 1]?.[1] ?? 0) + 1];
      const afterNext = read.sentences[(spans[spans.length - 1]?.[1] ?? 0) + 2];
      const handed = handOff(read, to, afterNext?.to ?? after?.to ?? to);
      sets.push({ from, to, options, verdict: handed.verdict, cue, ...(handed.condition !== undefined ? { condition: handed.condition } : {}), weighed: options.some((text) => PROS_CONS.test(text)) });
    }
    s = (spans[spans.length - 1]?.[1] ?? s) + 1;
  }
  return sets;
}

const cache = new WeakMap<ReadText, readonly OptionSet[]>();

/**
 * The lists of options in a text that no later words choose from (see the module comment), in text order. Input: a text
 * read by `readText`. Output: each list's token range, options verbatim, verdict, cue and condition. Pure; cached per text.
 */
export function readUnchosenOptions(read: ReadText): readonly OptionSet[] {
  const cached = cache.get(read);
  if (cached) return cached;
  const enumerated = enumeratedSets(read);
  const inline = inlineSets(read).filter((set) => !enumerated.some((other) => set.from < other.to && other.from < set.to));
  const sets = [...enumerated, ...inline].sort((a, b) => a.from - b.from);
  cache.set(read, sets);
  return sets;
}

/** The unchosen list of options holding token `token`, if any (see `readUnchosenOptions`). Pure. */
export function unchosenAt(read: ReadText, token: number): OptionSet | undefined {
  if (token < 0) return undefined;
  return readUnchosenOptions(read).find((set) => token >= set.from && token < set.to);
}

/** "You listed A, B and C without choosing": the options joined for a finding. */
export function listedOptions(set: Pick<OptionSet, 'options'>, max = 4): string {
  const shown = set.options.slice(0, max).map((option) => (option.length > 40 ? `${option.slice(0, 40)}...` : option));
  const more = set.options.length > max ? ', ...' : '';
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}${more}`;
}
