import type { TextToken } from './tokens';
import { closesRepairCue, isSpokenFiller, trailsIntoRepair } from './spoken-pause';

/** A run of tokens `[from, to)` with the learner's verbatim text and its character span. */
export type TextSpan = {
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
  /** Character offsets into the original text, `end` exclusive. */
  start: number;
  end: number;
  /** The learner's words, verbatim (trimmed). */
  text: string;
};

export type Sentence = TextSpan & {
  index: number;
  /** Ends with "?" (a question, even when it is phrased as a statement). */
  question: boolean;
};

export type Clause = TextSpan & {
  index: number;
  sentence: number;
  /** The connective that opened the clause ("but", "instead of", ...), if any. */
  opener?: string;
};

// Words that open a new clause wherever they stand ("X but Y", "X because Y").
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'however', 'whereas', 'although', 'though', 'while', 'because', 'otherwise', 'yet']);
// Two-word connectives that open a clause.
const CLAUSE_OPENER_PAIRS: ReadonlySet<string> = new Set(['instead of', 'rather than', 'so that']);
// After a comma (or "and"/"or"), these words start a new statement rather than continue a list.
const STATEMENT_STARTERS: ReadonlySet<string> = new Set(['we', 'i', 'it', 'they', 'you', 'this', 'that', 'there', 'the', 'so', 'then', 'which', 'thus', 'hence', 'also', 'its', 'our', 'he', 'she', 'these', 'those']);
// After "and"/"or", an article and a noun (one or two words) followed by one of these is a new subject with its own verb:
// "lookups in milliseconds and a warehouse would take seconds". Modals only: "the producer and the consumer are set up"
// is one subject of two nouns, and a modal rarely follows a coordinated noun phrase.
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'can', 'could', 'should', 'must', 'might', 'may', 'cannot', 'wouldn', 'won', 'couldn', 'shouldn', 'can\'t', 'won\'t', 'wouldn\'t']);
// "... and the producer and the consumer would both retry": a modal followed by these still has a coordinated subject.
const SHARED_SUBJECT: ReadonlySet<string> = new Set(['both', 'each', 'all', 'either', 'together']);
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);
const CLAUSE_MARK: ReadonlySet<string> = new Set([';', '\u2014', '\u2013', '(', ')', '\u2022']);

/** Whether the tokens after an "and"/"or" at `at` are an article, a noun of one or two words and a modal: a new subject. */
function startsSubjectWithModal(tokens: readonly TextToken[], at: number): boolean {
  if (!ARTICLES.has(tokens[at + 1]?.norm ?? '')) return false;
  for (let k = at + 3; k <= at + 4; k += 1) {
    const word = tokens[k];
    if (!word || word.kind !== 'word') return false;
    if (MODALS.has(word.norm)) return !SHARED_SUBJECT.has(tokens[k + 1]?.norm ?? '') && tokens[k - 1]?.kind === 'word';
  }
  return false;
}

/** Whether a word token lies in `[from, to)`. */
function hasWord(tokens: readonly TextToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]?.kind === 'word') return true;
  return false;
}

// First words of CLAUSE_OPENER_PAIRS: only these build the pair string.
const PAIR_FIRSTS: ReadonlySet<string> = new Set([...CLAUSE_OPENER_PAIRS].map((pair) => pair.split(' ')[0] as string));

function spanOf(source: string, tokens: readonly TextToken[], from: number, to: number): TextSpan {
  const first = tokens[from];
  const last = tokens[to - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  return { from, to, start, end, text: source.slice(start, end).trim() };
}

// A "." ends a sentence only before a space or the end ("min.insync.replicas" and "e.g" do not).
function endsSentence(source: string, token: TextToken): boolean {
  if (!SENTENCE_END.has(token.norm)) return false;
  const next = source.charAt(token.end);
  return next === '' || /\s/.test(next);
}

/**
 * Splits tokens into sentences (at ". ", "!", "?", line breaks and bullets) and each sentence into
 * clauses (at ";", dashes, brackets, "but", "however", "whereas", "although", "though", "while",
 * "because", "instead of", "rather than", "so that", and at a comma, "and" or "or" followed by a
 * new statement such as "we ...", "it ...", or a new subject with a modal, "and a warehouse would ..."). A comma inside a list does not split, so a negation
 * reaches the whole list ("no checkpoint, WAL or replay"). Offsets and verbatim text are kept.
 */
export function splitClauses(source: string, tokens: readonly TextToken[]): { sentences: Sentence[]; clauses: Clause[] } {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let sentenceFrom = 0;
  let clauseFrom = 0;
  let opener: string | undefined;

  const closeClause = (to: number, nextOpener?: string) => {
    let from = clauseFrom;
    while (from < to && tokens[from]?.kind === 'mark') from += 1;
    let end = to;
    while (end > from && tokens[end - 1]?.kind === 'mark' && !SENTENCE_END.has(tokens[end - 1]?.norm ?? '')) end -= 1;
    if (from < end && hasWord(tokens, from, end)) {
      clauses.push({ ...spanOf(source, tokens, from, end), index: clauses.length, sentence: sentences.length, ...(opener ? { opener } : {}) });
    }
    clauseFrom = to;
    opener = nextOpener;
  };
  const closeSentence = (to: number) => {
    closeClause(to);
    let from = sentenceFrom;
    while (from < to && tokens[from]?.kind === 'mark') from += 1;
    if (from < to && hasWord(tokens, from, to)) {
      const last = tokens[to - 1];
      sentences.push({ ...spanOf(source, tokens, from, to), index: sentences.length, question: last?.norm === '?' });
    }
    sentenceFrom = to;
    clauseFrom = to;
    opener = undefined;
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as TextToken;
    if (token.breakBefore && i > sentenceFrom) closeSentence(i);
    if (token.kind === 'mark') {
      // A trailing-off before a spoken repair ("three... no wait, two") does not end the sentence it repairs.
      if (endsSentence(source, token) && !trailsIntoRepair(tokens, i)) closeSentence(i + 1);
      else if (CLAUSE_MARK.has(token.norm)) closeClause(i + 1);
      else if (token.norm === ',' || token.norm === ':') {
        const next = tokens[i + 1];
        // A comma closing a spoken filler ("is, um, like, the max") or a repair cue ("no wait, it's two") cuts nothing.
        if (isSpokenFiller(tokens, i - 1) || closesRepairCue(tokens, i)) continue;
        // "..., which ..." and "..., so ..." keep their opener: they say something about the clause before.
        if (next && next.kind === 'word' && (STATEMENT_STARTERS.has(next.norm) || CLAUSE_OPENERS.has(next.norm))) closeClause(i + 1, next.norm === 'which' || next.norm === 'so' ? next.norm : undefined);
      }
      continue;
    }
    const pair = PAIR_FIRSTS.has(token.norm) ? `${token.norm} ${tokens[i + 1]?.norm ?? ''}` : '';
    if (pair !== '' && CLAUSE_OPENER_PAIRS.has(pair)) {
      closeClause(i, pair);
    } else if (CLAUSE_OPENERS.has(token.norm)) {
      closeClause(i, token.norm);
    } else if ((token.norm === 'and' || token.norm === 'or') && ((STATEMENT_STARTERS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]?.norm !== 'the') || startsSubjectWithModal(tokens, i))) {
      closeClause(i);
      clauseFrom = i + 1;
    }
  }
  closeSentence(tokens.length);
  return { sentences, clauses };
}
