import { NUMBER_TOKEN } from './analyse';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

/** Content words in a row (stop words skipped) an answer must copy from the given text to echo it. */
export const ECHO_RUN = 2;

// A word's key for comparing texts: its canonical stem, or the number itself ("30" is not "5").
const keyOf = (token: TextToken): string | undefined => {
  if (token.kind !== 'word') return undefined;
  if (token.stem === NUMBER_TOKEN) return `#${token.norm}`;
  return token.stop ? undefined : token.stem;
};

// A mark with a word written against it on both sides ("min.insync", "acks=all", "order_id").
function glued(read: ReadText, i: number): boolean {
  const before = read.tokens[i - 1];
  const mark = read.tokens[i] as TextToken;
  const after = read.tokens[i + 1];
  return before?.kind === 'word' && after?.kind === 'word' && before.end === mark.start && mark.end === after.start;
}

// Runs of content words (positions and keys) not broken by a punctuation mark (other than one inside a name) or a clause boundary.
function contentRuns(read: ReadText): { positions: number[]; keys: string[] }[] {
  const runs: { positions: number[]; keys: string[] }[] = [];
  for (const clause of read.clauses) {
    let run = { positions: [] as number[], keys: [] as string[] };
    for (let i = clause.from; i < clause.to; i += 1) {
      const token = read.tokens[i] as TextToken;
      // A mark written inside a name ("min.insync.replicas", "acks=all") joins its words, it does not end the run.
      if (token.kind === 'mark' && !glued(read, i)) {
        if (run.keys.length > 0) runs.push(run);
        run = { positions: [], keys: [] };
        continue;
      }
      if (token.kind === 'mark') continue;
      const key = keyOf(token);
      if (key === undefined) continue;
      run.positions.push(i);
      run.keys.push(key);
    }
    if (run.keys.length > 0) runs.push(run);
  }
  return runs;
}

const givenCache = new WeakMap<ReadText, Set<string>>();
const echoCache = new WeakMap<ReadText, WeakMap<ReadText, boolean[]>>();

function pairsOf(given: ReadText): Set<string> {
  let pairs = givenCache.get(given);
  if (!pairs) {
    pairs = new Set();
    for (const { keys } of contentRuns(given)) for (let k = 0; k + 1 < keys.length; k += 1) pairs.add(`${keys[k]} ${keys[k + 1]}`);
    givenCache.set(given, pairs);
  }
  return pairs;
}

/**
 * Per token of `read`: whether it is a content word inside a run of at least two content words
 * (stop words skipped; numbers compared as numbers; no punctuation between) copied in order from `given`, such as the
 * prompt's question ("the time-series store", "expiring old data", "rollups over two years"). Such
 * words restate what was asked; they assert nothing of the learner's own. Pure; cached per pair of texts.
 */
export function echoedTokens(read: ReadText, given: ReadText): boolean[] {
  let byGiven = echoCache.get(read);
  const cached = byGiven?.get(given);
  if (cached) return cached;
  const pairs = pairsOf(given);
  const echoed = new Array<boolean>(read.tokens.length).fill(false);
  for (const { positions, keys } of contentRuns(read)) {
    for (let k = 0; k + 1 < keys.length; k += 1) {
      if (!pairs.has(`${keys[k]} ${keys[k + 1]}`)) continue;
      echoed[positions[k] as number] = true;
      echoed[positions[k + 1] as number] = true;
    }
  }
  if (!byGiven) {
    byGiven = new WeakMap();
    echoCache.set(read, byGiven);
  }
  byGiven.set(given, echoed);
  return echoed;
}

/** Whether every content word of tokens `[from, to)` is echoed (see `echoedTokens`); false for a span with none. */
export function spanEchoed(read: ReadText, echoed: readonly boolean[], from: number, to: number): boolean {
  let content = 0;
  for (let i = from; i < to; i += 1) {
    if (keyOf(read.tokens[i] as TextToken) === undefined) continue;
    content += 1;
    if (!echoed[i]) return false;
  }
  return content > 0;
}
