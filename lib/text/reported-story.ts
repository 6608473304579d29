import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';

/**
 * A failure story told before the fix: "Last year our daily load was INSERT INTO sales ... One night it failed halfway
 * and the retry doubled the revenue. Idempotent = ...", "At my last company we counted pings by arrival time. One night
 * ... surge swung to 2.8x. So here: event time ...". The story is reported speech: its claims describe what went wrong,
 * not the learner's answer; the fix after it is the answer. An interviewer reads a war story this way (the STAR
 * "situation" before the "action").
 *
 * A story opens at a clause with a story frame ("last year", "at my last company", "we used to", "the bug was", "what went
 * wrong:", "we learnt this the hard way") and a verb in the past, and runs on through the clauses told in the past
 * (a verbless part of a story sentence, or a fragment after "..." or ":", goes with it). It ends at the first clause in
 * the present or future ("is", "should", "will", an imperative), or one that tells the fix ("the fix", "so we switched",
 * "now", "instead"). A time frame alone ("last year", "at my last job") makes a story only when what it tells went wrong
 * ("lost", "doubled", "crashed"); a success told in the past ("at my last job we used acks=all and never lost a write")
 * stays the learner's claim. Something must follow the story: a story with no fix after it is left as written.
 * General English only.
 */

// Story frames that tell of a failure by themselves.
const FAILURE_FRAMES: readonly (readonly string[])[] = [
  ['used', 'to'], ['the', 'bug', 'was'], ['the', 'problem', 'was'], ['the', 'mistake', 'was'], ['the', 'issue', 'was'],
  ['what', 'went', 'wrong'], ['hard', 'way'], ['post', 'mortem'], ['postmortem'], ['the', 'incident'], ['an', 'incident'], ['war', 'story'],
  ['went', 'wrong'], ['we', 'got', 'burned'], ['we', 'got', 'burnt'], ['bit', 'us'],
];
// Time or place frames: a story only when it tells a failure.
const TIME_FRAMES: readonly (readonly string[])[] = [
  ['last', 'year'], ['last', 'month'], ['last', 'week'], ['last', 'quarter'], ['last', 'summer'], ['last', 'winter'], ['last', 'spring'], ['last', 'autumn'],
  ['years', 'ago'], ['months', 'ago'], ['year', 'ago'], ['weeks', 'ago'], ['while', 'ago'], ['back', 'then'], ['one', 'night'], ['one', 'day'],
  ['one', 'morning'], ['one', 'weekend'], ['my', 'last', 'company'], ['my', 'last', 'job'], ['my', 'last', 'team'], ['my', 'last', 'employer'],
  ['my', 'previous', 'company'], ['my', 'previous', 'job'], ['my', 'previous', 'team'], ['my', 'previous', 'employer'], ['my', 'old', 'company'],
  ['my', 'old', 'job'], ['my', 'old', 'team'], ['a', 'previous', 'company'], ['a', 'previous', 'job'], ['a', 'former', 'employer'], ['my', 'former', 'employer'],
  ['at', 'a', 'client'], ['in', 'a', 'previous', 'role'], ['my', 'last', 'role'], ['my', 'previous', 'role'], ['in', 'production', 'once'],
];
// Past forms not read from an "-ed" ending.
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'went', 'came', 'saw', 'lost', 'took', 'made', 'began', 'got', 'ran', 'wrote', 'sent', 'found', 'left', 'told', 'said',
  'broke', 'forgot', 'swung', 'kept', 'read', 'set', 'put', 'hit', 'cost', 'shut', 'fell', 'grew', 'blew', 'threw', 'drew', 'knew', 'thought', 'brought',
  'bought', 'caught', 'taught', 'fought', 'meant', 'spent', 'built', 'felt', 'held', 'led', 'paid', 'rose', 'spun', 'stuck', 'struck', 'stood', 'woke',
  'became', 'gave', 'chose', 'froze', 'hid', 'slid', 'split', 'shot', 'burnt', 'learnt', 'spelt', 'dealt', 'sat', 'won', 'ate', 'overran', 'rewrote',
]);
// "-ed" words that are not past verbs.
const NOT_PAST: ReadonlySet<string> = new Set(['need', 'needed', 'speed', 'feed', 'seed', 'bed', 'red', 'embed', 'shed', 'based', 'indeed', 'exceed', 'proceed', 'succeed', 'hundred', 'shred', 'breed', 'weed', 'deed']);
// Words of the present or future: a clause with one is not told in the past.
const PRESENT: ReadonlySet<string> = new Set(['is', 'are', 'am', 'will', 'shall', 'should', 'must', 'can', 'cannot', 'need', 'needs', 'do', 'does', 'let', 'lets', 'll', 'means', 'keeps', 'gives', 'takes', 'makes', 'uses']);
// Words that tell the fix, even in the past ("so we switched to event time").
const FIX_WORDS: ReadonlySet<string> = new Set(['fix', 'fixed', 'fixes', 'solution', 'solved', 'switched', 'moved', 'migrated', 'replaced', 'lesson', 'lessons', 'now', 'nowadays', 'today', 'instead', 'here', 'since', 'afterwards', 'ideally']);
// What went wrong in a story told with a time frame.
const FAILURE_WORDS: ReadonlySet<string> = new Set([
  'lost', 'lose', 'losing', 'doubled', 'double', 'twice', 'duplicated', 'duplicate', 'duplicates', 'wrong', 'broke', 'broken', 'failed', 'fail', 'failing',
  'crashed', 'crash', 'died', 'dead', 'spiked', 'spike', 'swung', 'missed', 'missing', 'skipped', 'dropped', 'outage', 'incident', 'bug', 'stale', 'overcounted',
  'undercounted', 'inflated', 'corrupted', 'corrupt', 'paged', 'blew', 'exploded', 'oom', 'down', 'gone', 'vanished', 'wiped', 'halfway', 'lag', 'lagged', 'stuck', 'backlog',
  'flooded', 'false', 'spurious', 'complained', 'complaints',
]);

const isWord = (token: TextToken | undefined): token is TextToken => token?.kind === 'word';

function isPastWord(token: TextToken): boolean {
  const word = token.norm;
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 4 && /[a-z]ed$/.test(word) && !NOT_PAST.has(word);
}

function matchesAt(tokens: readonly TextToken[], at: number, frame: readonly string[]): boolean {
  for (let k = 0; k < frame.length; k += 1) if (tokens[at + k]?.norm !== frame[k]) return false;
  return true;
}

function hasFrame(tokens: readonly TextToken[], from: number, to: number, frames: readonly (readonly string[])[]): boolean {
  for (let i = from; i < to; i += 1) if (frames.some((frame) => i + frame.length <= to && matchesAt(tokens, i, frame))) return true;
  return false;
}

// Words that deny a failure right before it ("never lost", "no row was dropped").
const DENIALS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nothing', 'without', 'nobody', 'none']);
const DENIAL_REACH = 3;

// A failure word denied by a cue at most three tokens before it and read as negated (a negation read further back, as
// "then none, and surge swung" reads, does not deny it).
function deniedNear(tokens: readonly TextToken[], negated: readonly boolean[], at: number): boolean {
  if (!negated[at]) return false;
  for (let k = Math.max(0, at - DENIAL_REACH); k < at; k += 1) if (DENIALS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

type Tense = { past: boolean; present: boolean; fix: boolean; words: number };

function clauseTense(tokens: readonly TextToken[], clause: Clause): Tense {
  const tense: Tense = { past: false, present: false, fix: false, words: 0 };
  for (let i = clause.from; i < clause.to; i += 1) {
    const token = tokens[i];
    if (!isWord(token)) continue;
    tense.words += 1;
    if (isPastWord(token)) tense.past = true;
    if (PRESENT.has(token.norm)) tense.present = true;
    if (FIX_WORDS.has(token.norm)) tense.fix = true;
  }
  return tense;
}

// A sentence ending in "..." or ":" goes on in the next one ("SELECT ... / WHERE day = current_date - 1.").
function runsOn(source: string, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && /(?:\.\.\.|\u2026|:)\s*$/.test(source.slice(sentence.start, sentence.end));
}

/**
 * Per token: whether it lies in a failure story told before the fix (see the file's note). Needs the negation read, so
 * that a failure denied ("never lost a write") tells none. Pure; linear in the clauses.
 */
export function readReportedStories(source: string, tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[], negated: readonly boolean[]): boolean[] {
  const reported = new Array<boolean>(tokens.length).fill(false);
  for (let c = 0; c < clauses.length; c += 1) {
    const opener = clauses[c] as Clause;
    const tense = clauseTense(tokens, opener);
    const failureFrame = hasFrame(tokens, opener.from, opener.to, FAILURE_FRAMES);
    if (tense.present || tense.fix || (!failureFrame && !hasFrame(tokens, opener.from, opener.to, TIME_FRAMES))) continue;
    // The story runs on through clauses told in the past; a frame without a verb ("At my last company (food delivery)")
    // is told by the rest of its sentence.
    let past = tense.past;
    let end = c + 1;
    while (end < clauses.length) {
      const clause = clauses[end] as Clause;
      const next = clauseTense(tokens, clause);
      if (next.present || next.fix) break;
      const previous = clauses[end - 1] as Clause;
      const sameSentence = clause.sentence === previous.sentence;
      if (!next.past && !sameSentence && !runsOn(source, sentences[previous.sentence])) break;
      past ||= next.past;
      end += 1;
    }
    const last = clauses[end - 1] as Clause;
    const after = clauses.slice(end).some((clause) => clauseTense(tokens, clause).words > 0);
    if (!after) break;
    let failed = failureFrame;
    for (let i = opener.from; i < last.to && !failed; i += 1) failed = isWord(tokens[i]) && FAILURE_WORDS.has((tokens[i] as TextToken).norm) && !deniedNear(tokens, negated, i);
    if (past && failed) for (let i = opener.from; i < last.to; i += 1) reported[i] = true;
    c = end - 1;
  }
  return reported;
}
