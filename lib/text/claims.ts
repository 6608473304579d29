import { contentStems, analyse } from './analyse';
import { readBareLists } from './bare-list';
import { namesUnwantedOutcome } from './unwanted-outcome';
import { attachedSubject, subjectMatches } from './claim-subject';
import { componentNear, namesComponent } from './components';
import { echoedTokens, spanEchoed } from './echo';
import { glossesOwnSubject, headsListOfOwnSubjects, labelledByOwnSubject, mentionedSubject } from './subject-mention';
import { misplacedSetting } from './setting-side';
import { summarisesPrevious } from './summary-subject';
import { foreignSettingAt } from './stream-tools';
import { keptOn, switchedOff } from './off-setting';
import { elidedHead } from './elided-head';
import { modifiesStandIn } from './stand-in-head';
import { isAttributiveParticiple } from './attributive-participle';
import { findPhrases, withdrawnWords } from './find-phrases';
import { denialSubjectStems } from './predicate-denial';
import type { PhraseOccurrence } from './find-phrases';
import type { ReadText } from './read-text';
import { CLAIM_SHARE } from './claim-share';
import type { ClaimStatus } from './claim-share';
import { readOrder } from './sequence';
import type { OrderReading, OrderSpec } from './sequence';
import { readValues } from './values';
import { citedDefaultAt } from './cited-default';
import { readObject } from './claim-object';
import type { ObjectSpec } from './claim-object';
import { readQuantity } from './claim-quantity';
import type { QuantitySpec } from './claim-quantity';
import type { TextValue } from './values';
import { readClock } from './clock';
import type { Clock } from './clock';
import { readAbsoluteClaim } from './absolute-claim';
import type { AbsoluteKind } from './absolute-claim';
import { definitionMatches, meaningStems, readDefinition } from './definition';
import { backReferences } from './back-reference';
import { offeredAt, offerWeighsTradeOff, weighedAt, weighedClauses } from './commitment';
import { listedOptions, unchosenAt } from './unchosen-options';
import { inSentenceHeading, restatesTermOnly } from './restated-term';
import { deniesUse, unsettledBy } from './self-contradiction';
import type { SaidAt } from './self-contradiction';

/** The clock a claim's term must be set on ("windows on event time"), and why the other one is wrong: see clock.ts. */
export type ClockSpec = { of: Clock; required?: boolean | undefined; why?: string | undefined };

/** A condition on a value: `{ key: 'replication.factor', min: 3 }`, `{ key: 'acks', oneOf: ['all', -1] }`. */
export type ClaimValueCondition = {
  key: string;
  min?: number | undefined;
  max?: number | undefined;
  oneOf?: readonly (string | number)[] | undefined;
};

/** What must be asserted about what: see `readClaim`. */
export type ClaimSpec = {
  keywords: readonly string[];
  assert?: readonly (readonly string[])[];
  values?: readonly ClaimValueCondition[];
  /** Where subject and asserts must meet: the same sentence (default) or the same clause (tighter, for wrong claims). */
  scope?: 'sentence' | 'clause';
  /**
   * What the claim is about ("customer dimension", "bucket"): a keyword the learner's clause attaches to
   * another named subject ("SCD type 2 on the date dimension") does not count (see claim-subject.ts);
   * with `required`, only a keyword attached to one of these counts (for wrong claims: "the product table is the fact table").
   * `rivals` are the other side's subjects in a comparison ("OLAP" for an OLTP claim): a keyword said about one of
   * them ("OLAP ... handles lots of small transactions", "Dimensions: quantity") is misplaced too (see subject-mention.ts).
   */
  subject?: { of: readonly string[]; required?: boolean | undefined; rivals?: readonly string[] | undefined } | undefined;
  /** Other ways to say the claim ("refuses a write when fewer than two copies are in sync" for min.insync.replicas): each read like the claim, the best reading wins. */
  paraphrases?: readonly { keywords: readonly string[]; assert?: readonly (readonly string[])[]; object?: ObjectSpec | undefined; clock?: ClockSpec | undefined }[] | undefined;
  /**
   * What the claim says to turn off, disable or avoid ("auto commit" for "commit by hand"): negated in the text ("turn off
   * auto commit", "no auto-commit", "enable.auto.commit=false") it states the claim by itself; only mentioned, it names it.
   */
  avoid?: readonly string[] | undefined;
  /** Two steps the claim puts in order ("write durably", then "ACK"): a text stating the reverse contradicts it (see sequence.ts). */
  order?: OrderSpec | undefined;
  /** What the claim's term must be applied by or on ("partition by time", not "by sensor_id"): see claim-object.ts. */
  object?: ObjectSpec | undefined;
  /** The duration or size the claim's term must be given ("TTL of 15 s", not "24 hours"): see claim-quantity.ts. */
  quantity?: QuantitySpec | undefined;
  /**
   * The clock the claim's term must be set on ("windows on event time", "a watermark on event time"): a term set on the
   * other clock ("window on the arrival time", "waits 10 minutes of wall-clock time") contradicts the claim, one on this
   * clock explains it; with `required`, the term says the claim only on this clock (see clock.ts).
   */
  clock?: ClockSpec | undefined;
  /**
   * For a wrong claim: it is made only absolutely ("no late data is ever dropped", "Spark keeps all state", "acks=1 is
   * just as durable"), the confident opposite of a key point; a bounded or plain statement does not make it (see absolute-claim.ts).
   */
  absolute?: AbsoluteKind | undefined;
  /**
   * What the claim says in full, for judging a definition the learner gives its term (see definition.ts): a key point's
   * `text`, `gap` and its follow-up's `explanation`. A term the learner defines with none of the claim's words
   * ("min.insync.replicas is how many consumers must have read the message") is misdefined.
   */
  text?: string | undefined;
  gap?: string | undefined;
  probe?: { explanation?: string | undefined } | undefined;
};

/** What the text answers: `given` is the question (and brief) it was asked, read once by the caller; words copied from it assert nothing (see echo.ts). */
export type ClaimContext = { given?: ReadText | undefined };

export type { ClaimStatus } from './claim-share';

/** What a wrong target got wrong: its object, quantity or clock, or a setting the claim turns off said to be kept on. */
export type WrongTargetKind = 'object' | 'quantity' | 'clock' | 'kept';

export type ClaimReading = {
  status: ClaimStatus;
  /** The learner's words that named it, verbatim (absent when missing). */
  quote?: string;
  /** The learner's clause around it, verbatim. */
  clause?: string;
  /** An affirmed value for one of the claim's keys that fails its condition ("RF=1" for replication >= 3). */
  wrongValue?: TextValue;
  /** Negated because the learner took it back later ("..., scratch that"). */
  retracted?: boolean;
  /** When retracted: the learner's words that took it back ("scratch that", "we won't need it"), verbatim. */
  withdrawnWith?: string;
  /** Set when the claim's terms were only attached to another subject: the learner's words and that subject. */
  misplaced?: { quote: string; clause: string; subject: string; belongs?: string; rival?: boolean };
  /** Set when the claim is missing but the learner copied its words from the question ("the time-series store"): those words, verbatim. */
  echoed?: string;
  /** The learner's words stating the claim's two steps in the reverse order ("ACK on arrival, then produce"). */
  wrongOrder?: OrderReading;
  /**
   * Set when the claim's term was only given an object or quantity the claim rules out ("partition by
   * sensor_id", "a TTL of 24 hours"): the learner's words for it, the term and clause, and why it is wrong. `kind` says
   * what was wrong: the object, the quantity, the clock ("the current time minus 10 minutes" for a watermark), or a
   * setting the claim turns off kept on.
   */
  wrongTarget?: { said: string; quote: string; clause: string; why?: string; kind: WrongTargetKind };
  /**
   * Set when the claim's term is only given a definition that says none of the claim ("min.insync.replicas is how many
   * consumers must have read the message"): the learner's term, clause and defining words.
   */
  misdefined?: { quote: string; clause: string; said: string };
  /**
   * Set when an affirmed term of the claim is attached to the other side of the comparison ("warehouses are row
   * stores" for an OLTP claim), even where the claim is stated elsewhere: a swap is a wrong statement wherever it sits.
   */
  swap?: { quote: string; clause: string; subject: string };
  /**
   * Set when the claim is said only as one possibility among others in an answer that chooses none ("it could resume
   * from the checkpoint, or maybe from latest", "it depends"): the learner's cue words, verbatim (see commitment.ts).
   */
  offered?: string;
  /** When offered: the sentence weighs the option's trade-off ("better but bigger", "because ..."), see commitment.ts. */
  offeredTradeOff?: boolean;
  /**
   * Set when the claim is said only inside a list of options whose choice is handed to a condition the learner names
   * ("optimistic or FOR UPDATE; it depends on how much contention one account sees"), see unchosen-options.ts: the condition, verbatim.
   */
  offeredCondition?: string;
  /**
   * Set when the claim is only named by a line that says its term again with a verdict and nothing of how it works
   * ("Late data: handled", "Event time: we use event time", see restated-term.ts): a heading over nothing, worth less
   * than a sentence that names the term (see `RESTATED_SHARE`).
   */
  restated?: boolean;
  /**
   * Set when the claim is affirmed in one sentence and denied in another, neither taken back ("No TTL is needed ..."
   * then "the key expires after 30 s"): the affirming clause, verbatim; `clause` holds the denying one. The reading is
   * then negated (see self-contradiction.ts).
   */
  unsettled?: string;
};

export { CLAIM_SHARE } from './claim-share';

// Words that join a second predicate to the clause ("we X and skip Y", "we X but never Y").
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'then']);
// Words that open a reason or purpose inside a clause: a negation after them is not about the claim's subject.
const REASONS: ReadonlySet<string> = new Set(['so', 'because', 'since', 'therefore', 'hence', 'thus']);

const RANK: Readonly<Record<ClaimStatus, number>> = { stated: 5, hedged: 4, named: 3, listed: 2, negated: 1, missing: 0 };

/** The most a claim only offered as a possibility earns, whatever its status (see `claimShare` and commitment.ts). */
export const OFFERED_SHARE = 1 / 8;
/** The most a claim offered with its trade-off earns ("one row per order line is better but bigger; it depends"): a named point's share. */
export const TRADE_OFF_SHARE = 1 / 3;
/**
 * The most a claim earns when only a line restating its term with a verdict names it ("Out of order: handled", "Up to
 * an hour late: handled with a watermark"): a heading with nothing under it, which interviewers grade below a sentence
 * that names the term (golden set r21, an answer of such lines naming two of three points: hand 8).
 */
export const RESTATED_SHARE = 1 / 8;
/** The most a claim earns when said only as one option of a list whose choice is handed to a named condition: most of a choice. */
export const CONDITIONAL_SHARE = 2 / 3;
// Statuses an offer lowers: a claim only listed or negated already earns less.
const OFFERABLE: ReadonlySet<ClaimStatus> = new Set(['stated', 'hedged', 'named']);
// An offered reading ranks just above a listed one: any committed naming of the claim is worth more.
// A reading whose choice is handed to a condition ranks just below the same status said plainly.
// A term only restated with a verdict ranks between a negated and a listed one, as its share does.
const effectiveRank = (reading: ClaimReading) => (reading.offered !== undefined ? RANK.listed + 0.5 : reading.offeredCondition !== undefined ? RANK[reading.status] - 0.5 : reading.restated === true ? RANK.listed - 0.5 : RANK[reading.status]);

/**
 * Share of a claim's value a reading earns: its status's `CLAIM_SHARE`, at most `OFFERED_SHARE` when the learner only
 * offered it as a possibility in an answer that chooses nothing (`offered`), at most `TRADE_OFF_SHARE` when that offer
 * weighs its trade-off (`offeredTradeOff`), at most `RESTATED_SHARE` when only a line restating its term names it (`restated`). A number in 0..1.
 */
export function claimShare(reading: ClaimReading): number {
  const share = reading.restated === true ? Math.min(CLAIM_SHARE[reading.status], RESTATED_SHARE) : CLAIM_SHARE[reading.status];
  if (reading.offeredCondition !== undefined) return Math.min(share, CONDITIONAL_SHARE);
  if (reading.offered === undefined) return share;
  return Math.min(share, reading.offeredTradeOff ? TRADE_OFF_SHARE : OFFERED_SHARE);
}

/** Whether a value meets a condition (numbers by min/max/oneOf, words by oneOf). */
export function valueMeets(value: TextValue, condition: ClaimValueCondition): boolean {
  if (condition.oneOf && !condition.oneOf.some((accepted) => (typeof accepted === 'number' ? accepted === value.value : accepted === String(value.value).toLowerCase()))) return false;
  if (condition.min !== undefined || condition.max !== undefined) {
    if (typeof value.value !== 'number') return false;
    if (condition.min !== undefined && value.value < condition.min) return false;
    if (condition.max !== undefined && value.value > condition.max) return false;
  }
  return true;
}

type Hit = { setting?: boolean; avoidMention?: boolean; avoided?: boolean; echo?: boolean; sentence: number; clauseIndex: number; clause: string; quote: string; affirmed: boolean; hedged: boolean; isValue?: boolean; from?: number; to?: number; retracted?: boolean; withdrawnWith?: string; chars?: readonly [number, number] };

const subjectStemsCache = new WeakMap<object, string[][]>();

function subjectStems(subject: NonNullable<ClaimSpec['subject']>): string[][] {
  let stems = subjectStemsCache.get(subject);
  if (!stems) {
    stems = subject.of.map((phrase) => contentStems(analyse(phrase)));
    subjectStemsCache.set(subject, stems);
  }
  return stems;
}

const rivalStemsCache = new WeakMap<readonly string[], string[][]>();

function rivalStems(rivals: readonly string[]): string[][] {
  let stems = rivalStemsCache.get(rivals);
  if (!stems) {
    stems = rivals.map((phrase) => contentStems(analyse(phrase)));
    rivalStemsCache.set(rivals, stems);
  }
  return stems;
}

// Whether the words of a term (tokens `[from, to)`) hold one of the subject's phrases ("drop partition" holds "partition").
function namesOwnSubject(read: ReadText, from: number, to: number, subject: readonly (readonly string[])[]): boolean {
  const stems = read.tokens.slice(from, to).filter((token) => token.kind === 'word' && !token.stop).map((token) => token.stem);
  return subjectMatches({ text: '', from, to, stems, via: 'modifier' }, subject);
}

// A hit's character offsets (none for a hit without a place: the setting reader then finds nothing).
function hitChars(read: ReadText, hit: Hit): [number, number] {
  if (hit.chars) return [hit.chars[0], hit.chars[1]];
  const first = hit.from === undefined ? undefined : read.tokens[hit.from];
  const last = hit.to === undefined ? undefined : read.tokens[hit.to - 1];
  return first && last ? [first.start, last.end] : [-1, -1];
}

// The first token of a hit (by its character offsets when it has no token range), or -1.
function hitToken(read: ReadText, hit: Hit): number {
  if (hit.from !== undefined) return hit.from;
  const [start] = hitChars(read, hit);
  return start < 0 ? -1 : read.tokens.findIndex((token) => token.end > start);
}

function placeOfOffset(read: ReadText, start: number): { sentence: number; clauseIndex: number; clause: string } {
  const token = read.tokens.findIndex((item) => item.end > start);
  const clauseIndex = token < 0 ? -1 : (read.clauseOf[token] ?? -1);
  const clause = read.clauses[clauseIndex];
  return clause ? { sentence: clause.sentence, clauseIndex, clause: clause.text } : { sentence: -1, clauseIndex: -1, clause: '' };
}

// A value the learner took back ("RF=3, no wait, RF=1"): retracted, with the words that took it back.
function valueWithdrawal(read: ReadText, start: number): { retracted?: true; withdrawnWith?: string } {
  const token = read.tokens.findIndex((item) => item.end > start);
  const withdrawal = read.withdrawals[read.withdrawnBy[token] ?? -1];
  return withdrawal ? { retracted: true, withdrawnWith: withdrawnWords(read, withdrawal.cueFrom, withdrawal.cueTo) } : {};
}

// Whether the token at a character offset lies in a counterfactual, an example of the wrong way or a contrast ("if we had acks=1, ...").
function hypotheticalAt(read: ReadText, start: number): boolean {
  const token = read.tokens.findIndex((item) => item.end > start);
  return token >= 0 && read.role[token] !== 'claim';
}

// One entry list per phrase list (rubric phrases are parsed once and never mutated), so the phrase finder's caches hit.
const hitEntries = new WeakMap<readonly string[], readonly { id: 'hit'; phrases: readonly string[] }[]>();
// The hits of each phrase list in each text: the same keywords and asserts are read for several specs and paraphrases.
const hitsCache = new WeakMap<ReadText, WeakMap<readonly string[], readonly Hit[]>>();

// Shared between callers: read it, never mutate it.
function phraseHits(read: ReadText, phrases: readonly string[]): readonly Hit[] {
  if (phrases.length === 0) return [];
  let byPhrases = hitsCache.get(read);
  if (!byPhrases) {
    byPhrases = new WeakMap();
    hitsCache.set(read, byPhrases);
  }
  let hits = byPhrases.get(phrases);
  if (!hits) {
    let entries = hitEntries.get(phrases);
    if (!entries) {
      entries = [{ id: 'hit', phrases }];
      hitEntries.set(phrases, entries);
    }
    hits = occurrenceHits(findPhrases(read, entries));
    byPhrases.set(phrases, hits);
  }
  return hits;
}

function occurrenceHits(occurrences: readonly PhraseOccurrence<'hit'>[]): Hit[] {
  // Words in a counterfactual, an example of the wrong way or a contrast are neither claimed nor denied (clause-roles.ts).
  return occurrences.filter((found) => !found.hypothetical).map((found: PhraseOccurrence<'hit'>) => ({
    sentence: found.sentence,
    clauseIndex: found.clause,
    clause: found.clauseText,
    from: found.from,
    to: found.to,
    quote: found.verbatim,
    affirmed: found.polarity === 'affirmed',
    hedged: found.hedged,
    retracted: found.retracted,
    ...(found.withdrawnWith !== undefined ? { withdrawnWith: found.withdrawnWith } : {}),
  }));
}

/**
 * Reads how a text holds a claim (see `ClaimStatus`). Per sentence (or clause, see `scope`): the
 * subject is one of the `keywords` or a value meeting one of `values` (which needs nothing more);
 * each `assert` group needs an affirmed phrase in the same sentence. The best sentence wins. In
 * clause scope (used for wrong claims) a subject followed by a negation in its clause counts as rejected.
 * With `subject`, a keyword attached to another named subject does not count (see claim-subject.ts);
 * each of `paraphrases` is read the same way and the best reading wins. With `order`, a reverse order
 * stated anywhere is returned as `wrongOrder` (the caller decides what it costs). With `context.given`
 * (the question), a keyword or assert the learner only copied from it counts for nothing. Pure; the text is read once (`readText` caches).
 */
export function readClaim(read: ReadText, spec: ClaimSpec, context: ClaimContext = {}): ClaimReading {
  if (spec.absolute) return readAbsolute(read, spec, spec.absolute);
  const reading = readClaimWords(read, spec, context);
  const order = spec.order ? readOrder(read, spec.order) : undefined;
  return order?.order === 'reversed' ? { ...reading, wrongOrder: order } : reading;
}

function readClaimWords(read: ReadText, spec: ClaimSpec, context: ClaimContext): ClaimReading {
  const main = readOneClaim(read, spec, context);
  if (!spec.paraphrases || spec.paraphrases.length === 0 || main.status === 'stated') return main;
  let best = main;
  for (const paraphrase of spec.paraphrases) {
    const reading = readOneClaim(read, { ...spec, keywords: paraphrase.keywords, assert: paraphrase.assert ?? [], values: [], avoid: [], paraphrases: undefined, object: paraphrase.object ?? spec.object, clock: paraphrase.clock ?? spec.clock }, context);
    // A paraphrase counts only when it says the whole claim: its words alone ("zone") name nothing.
    if ((reading.status === 'stated' || reading.status === 'hedged') && effectiveRank(reading) > effectiveRank(best)) best = reading;
  }
  // A wrong value ("RF=1") still contradicts the claim however it was phrased.
  return best === main || !main.wrongValue ? best : { ...best, wrongValue: main.wrongValue };
}

// An absolute wrong claim is stated where the text makes it absolutely, and missing otherwise (see absolute-claim.ts).
function readAbsolute(read: ReadText, spec: ClaimSpec, absolute: AbsoluteKind): ClaimReading {
  const values = spec.values ?? [];
  const valueMatches = values.length > 0 ? (value: TextValue) => value.key !== undefined && values.some((condition) => condition.key === value.key && valueMeets(value, condition)) : undefined;
  const found = readAbsoluteClaim(read, { keywords: spec.keywords, assert: spec.assert, valueMatches, absolute });
  return found ? { status: found.hedged ? 'hedged' : 'stated', quote: found.quote, clause: found.clause } : { status: 'missing' };
}

const clauseGroupsCache = new WeakMap<ReadText, readonly number[]>();

// For clause scope, a "because", "so that", ", which" or ", so" clause belongs to the clause it explains, and a summary
// ("that makes it WORM", see summary-subject.ts) to the clause it sums up: per clause, the index of the clause it belongs
// to. Once per text.
function clauseGroups(read: ReadText): readonly number[] {
  const cached = clauseGroupsCache.get(read);
  if (cached) return cached;
  const group: number[] = [];
  read.clauses.forEach((clause, index) => {
    const previous = read.clauses[index - 1];
    const explains = previous !== undefined && previous.sentence === clause.sentence && (clause.opener === 'because' || clause.opener === 'so that' || clause.opener === 'which' || clause.opener === 'so');
    // A summary ("..., that makes it WORM", "Together that gives exactly-once.") claims its outcome of the clause it sums up.
    const joined = explains || summarisesPrevious(read, index);
    group.push(joined ? (group[index - 1] ?? index) : index);
  });
  clauseGroupsCache.set(read, group);
  return group;
}

function readOneClaim(read: ReadText, spec: ClaimSpec, context: ClaimContext): ClaimReading {
  // Words copied from the question (or brief) restate what was asked: they neither name nor assert the claim.
  const echoed = context.given ? echoedTokens(read, context.given) : undefined;
  const isEcho = (hit: Hit) => echoed !== undefined && hit.from !== undefined && hit.to !== undefined && spanEchoed(read, echoed, hit.from, hit.to);
  let echo: string | undefined;
  // A term that only modifies a stand-in after it ("PAN tokens are stored") names the stand-in, not the term (stand-in-head.ts).
  // A wrong claim's term (or assert, below) used as a participle describing a noun ("vacuum the compacted-away files")
  // speaks of those things, it does not claim the act (attributive-participle.ts).
  const subjects = phraseHits(read, spec.keywords)
    .filter((hit) => hit.from === undefined || hit.to === undefined || !modifiesStandIn(read, hit.from, hit.to))
    .filter((hit) => spec.scope !== 'clause' || hit.from === undefined || hit.to === undefined || !isAttributiveParticiple(read, hit.from, hit.to))
    .map((hit) => (isEcho(hit) ? { ...hit, echo: true } : hit));
  // Turning off what the claim avoids says the claim ("turn off auto commit"); naming it otherwise only names it.
  for (const hit of phraseHits(read, spec.avoid ?? [])) {
    if (isEcho(hit) || hit.retracted) continue;
    subjects.push(hit.affirmed ? { ...hit, avoidMention: true } : { ...hit, affirmed: true, isValue: true, avoided: true });
  }
  const conditions = spec.values ?? [];
  let wrongValue: TextValue | undefined;
  if (conditions.length > 0) {
    for (const value of readValues(read)) {
      const relevant = conditions.filter((condition) => condition.key === value.key);
      if (relevant.length === 0 || hypotheticalAt(read, value.start) || citedDefaultAt(read, value.start)) continue;
      const meets = relevant.some((condition) => valueMeets(value, condition));
      // A default cited ("older clients still default to acks=1") is reported, not set (cited-default.ts).
      // Only an explicit setting contradicts ("RF=1"); "two replicas have it" is not a replication factor.
      // A value weighed against another before a choice ("RF 2 or 3? I'd go with 3") is not claimed (commitment.ts).
      if (!meets && value.polarity === 'affirmed' && value.kind === 'setting' && !weighedAt(read, read.tokens.findIndex((item) => item.end > value.start))) wrongValue ??= value;
      if (meets) subjects.push({ ...placeOfOffset(read, value.start), quote: value.text, affirmed: value.polarity === 'affirmed', hedged: value.hedged, isValue: true, ...(value.kind === 'setting' && /[=:]/.test(value.text) ? { setting: true } : {}), chars: [value.start, value.end], ...valueWithdrawal(read, value.start) });
    }
  }
  // Denying an outcome the design prevents ("the broker never stores a duplicate") says what the point asks for; a wrong
  // claim (clause scope) keeps its own reading (see unwanted-outcome.ts).
  const prevented = (hit: Hit) => spec.scope !== 'clause' && !hit.affirmed && !hit.retracted && hit.from !== undefined && hit.to !== undefined && namesUnwantedOutcome(read, hit.from, hit.to);
  const describes = (hit: Hit) => spec.scope === 'clause' && hit.from !== undefined && hit.to !== undefined && isAttributiveParticiple(read, hit.from, hit.to);
  const groups = (spec.assert ?? []).map((phrases) => phraseHits(read, phrases).filter((hit) => !isEcho(hit) && !describes(hit)).map((hit) => (prevented(hit) ? { ...hit, affirmed: true } : hit)));
  // A term inside an affirmed assert of the claim whose negation is the assert's own ("relational databases CAN'T SHARD"
  // for "cannot shard") is what the claim says, not a denial of it.
  const ownNegation = (subject: Hit) => {
    const { from, to } = subject;
    if (subject.affirmed || subject.retracted || subject.isValue || from === undefined) return false;
    return groups.some((hits) => hits.some((hit) => hit.affirmed && hit.from !== undefined && hit.to !== undefined && hit.from <= from && (to ?? from + 1) <= hit.to && read.cue.slice(hit.from, from).some(Boolean)));
  };
  for (const [k, subject] of subjects.entries()) if (ownNegation(subject)) subjects[k] = { ...subject, affirmed: true };
  const lists = readBareLists(read);
  const bare = lists.sentences;
  const group = clauseGroups(read);
  const backs = spec.scope === 'clause' ? backReferences(read) : [];

  let best: ClaimReading = { status: 'missing' };
  // The last place the claim is affirmed and the last place a predicate denies it ("time travel isn't something they support").
  let lastAffirmed: Hit | undefined;
  let lastDenied: Hit | undefined;
  let current: Hit | undefined;
  // Where the claim is affirmed (any status) and where the learner denies its term in their own voice (self-contradiction.ts).
  const affirmedAt: SaidAt[] = [];
  const deniedAt: SaidAt[] = [];
  const consider = (said: ClaimReading) => {
    // Named only as one possibility in an answer that chooses nothing ("it could resume from the checkpoint, or maybe
    // ...", see commitment.ts): the reading carries the offer, and ranks below any committed naming.
    const sentenceOffer = current && OFFERABLE.has(said.status) ? offeredAt(read, current.sentence) : undefined;
    // Said only inside a list of options no later words choose from ("we could key by driver_id, by zone or by city"),
    // see unchosen-options.ts: offered like the above, or, when the choice is handed to a named condition, most of a choice.
    const options = current && OFFERABLE.has(said.status) && sentenceOffer === undefined ? unchosenAt(read, hitToken(read, current)) : undefined;
    const offer = sentenceOffer ?? (options?.verdict === 'unchosen' ? listedOptions(options) : undefined);
    if (options?.verdict === 'conditional' && spec.scope !== 'clause' && !weighedClauses(read)[current?.clauseIndex ?? -1]) {
      const reading: ClaimReading = { ...said, offeredCondition: options.condition ?? '' };
      if (RANK[reading.status] > RANK.negated && current && !current.isValue && current.from !== undefined && current.from > (lastAffirmed?.from ?? -1)) lastAffirmed = current;
      if (effectiveRank(reading) > effectiveRank(best) || (effectiveRank(reading) === effectiveRank(best) && RANK[reading.status] > RANK[best.status])) best = reading;
      return;
    }
    // A wrong claim (clause scope) only offered, or weighed before a choice ("acks=1 or acks=all? I'd go with all"), is
    // not made: it is named, which fires nothing.
    const unmade = spec.scope === 'clause' && current && (said.status === 'stated' || said.status === 'hedged') && (offer !== undefined || options !== undefined || (weighedClauses(read)[current.clauseIndex] ?? false));
    // Offered, a stated claim is a hedged one: the interviewer asks which the learner would choose.
    const weighsTradeOff = current !== undefined && (sentenceOffer !== undefined ? offerWeighsTradeOff(read, current.sentence) : options?.weighed === true);
    const reading: ClaimReading = unmade ? { ...said, status: 'named' } : spec.scope !== 'clause' && offer !== undefined && current ? { ...said, status: said.status === 'stated' ? 'hedged' : said.status, offered: offer, ...(weighsTradeOff ? { offeredTradeOff: true } : {}) } : said;
    if (RANK[reading.status] > RANK.negated && current && !current.isValue && current.from !== undefined && current.from > (lastAffirmed?.from ?? -1)) lastAffirmed = current;
    if (RANK[reading.status] > RANK.negated && current) affirmedAt.push({ sentence: current.sentence, clause: current.clause });
    // Among offers (equal effective rank), the one said most fully wins ("zones might get hot" over a bare "zone").
    if (effectiveRank(reading) > effectiveRank(best) || (effectiveRank(reading) === effectiveRank(best) && RANK[reading.status] > RANK[best.status])) best = reading;
  };
  // In clause scope (wrong claims), naming the idea in a clause that negates something after it rejects it:
  // "failOnDataLoss=false is not part of exactly-once", "ZooKeeper is not needed".
  const rejected = (subject: Hit): boolean => {
    if (spec.scope !== 'clause' || subject.from === undefined) return false;
    const clause = read.clauses[subject.clauseIndex];
    if (!clause) return false;
    // A negation after the subject falls on what is said about it ("X does not give Y"), unless
    // it belongs to an asserted phrase of the claim itself ("acks=all never loses data").
    const own = groups.flat().filter((hit) => hit.clauseIndex === subject.clauseIndex);
    // Only up to what is said about it: a negation after that falls on something else ("ACK on
    // receipt so the engine doesn't wait").
    const said = own.filter((hit) => hit.affirmed && hit.from !== undefined && hit.from >= (subject.to ?? subject.from ?? 0));
    const first = said.reduce<Hit | undefined>((best, hit) => (best === undefined || (hit.from as number) < (best.from as number) ? hit : best), undefined);
    // What is said is only a qualifier whose verb is then denied ("acks=all ON ITS OWN doesn't stop that", "by itself is
    // not enough"): the negation right after it falls on the claim.
    if (first?.to !== undefined && deniedVerbAt(read, first.to, clause.to)) return true;
    const end = first ? (first.from as number) : clause.to;
    for (let i = subject.to ?? subject.from; i < end; i += 1) {
      // A reason or purpose after it has its own negation ("set to latest so we don't reprocess old events").
      if (REASONS.has(read.tokens[i]?.norm ?? '')) return false;
      // "... on processing time and skip the watermark": a negation opening a new predicate is about its own object.
      if (JOINS.has(read.tokens[i]?.norm ?? '') && read.cue[i + 1]) return false;
      if (read.cue[i] && !own.some((hit) => hit.from !== undefined && i >= hit.from && i < (hit.to ?? hit.from))) return true;
    }
    return false;
  };
  let misplaced: ClaimReading['misplaced'];
  let swap: ClaimReading['swap'];
  let misdefined: ClaimReading['misdefined'];
  // An object or quantity the claim rules out ("partition by sensor_id"), unless a right one is given somewhere.
  let wrongTarget: ClaimReading['wrongTarget'];
  let rightTarget = false;
  // A right number is what excuses a wrong one: a right object elsewhere ("chunked by day") does not ("drop chunks older than 14 days").
  let rightQuantity = false;
  const about = spec.subject;
  // What each term is applied by or given ("Key the topic by zone", "a TTL of 24 hours"), read first: a sentence
  // that gives the claim's term a wrong one speaks for the claim in that sentence ("Partition by sensor_id so each sensor has its own partition").
  const targets = subjects.map((subject) => (spec.object || spec.quantity || spec.clock) && !subject.isValue && subject.from !== undefined && subject.to !== undefined ? readTarget(read, subject.from, subject.to, spec) : undefined);
  const wrongSentences = new Set(subjects.filter((subject, k) => subject.affirmed && targets[k]?.verdict === 'wrong').map((subject) => subject.sentence));
  for (const [k, subject] of subjects.entries()) {
    current = subject;
    const where = { quote: subject.quote, clause: subject.clause };
    const target = targets[k];
    if (target?.verdict === 'wrong' && subject.affirmed) {
      // A wrong option only offered in an answer that chooses nothing ("If the surge job reads it, keying by zone is
      // convenient; it depends") is not claimed: the choice it leaves open costs the point, not a contradiction.
      if (spec.scope !== 'clause' && (offeredAt(read, subject.sentence) !== undefined || unchosenAt(read, hitToken(read, subject)) !== undefined)) continue;
      wrongTarget ??= { said: target.said, quote: subject.quote, clause: subject.clause, kind: target.kind, ...(target.why !== undefined ? { why: target.why } : {}) };
      continue;
    }
    if (subject.affirmed && target?.verdict !== 'right' && wrongSentences.has(subject.sentence)) continue;
    if (target?.verdict === 'right' && subject.affirmed) rightTarget = true;
    if (target?.verdict === 'right' && target.kind === 'quantity' && subject.affirmed) rightQuantity = true;
    // A term that says the claim only with its object ("windows ON THE SENSOR TIMESTAMP") says nothing without it.
    if (spec.object?.required && !subject.isValue && !(target?.kind === 'object' && target.verdict === 'right')) continue;
    if (spec.clock?.required && !subject.isValue && !(target?.kind === 'clock' && target.verdict === 'right')) continue;
    // A term that names a setting switched off ("linger.ms=0" for batching) says the opposite of the point: a wrong value.
    // Wrong claims (clause scope) keep their own reading: "failOnDataLoss=false" is what they look for.
    const off = subject.affirmed && !subject.isValue && !subject.avoided && spec.scope !== 'clause' ? switchedOff(read, ...hitChars(read, subject)) : undefined;
    if (off) {
      wrongValue ??= off;
      continue;
    }
    // A setting put on the wrong side ("enable.idempotence=true on the consumer group") says nothing for the claim.
    const wrongSide = subject.affirmed ? misplacedSetting(read, ...hitChars(read, subject)) : undefined;
    if (wrongSide) {
      misplaced ??= { quote: subject.quote, clause: subject.clause, subject: wrongSide.said, belongs: wrongSide.belongs };
      continue;
    }
    // A setting of another log claimed for the one the learner chose ("acks=all" on a Kinesis stream) says nothing for the claim.
    const wrongTool = subject.affirmed && spec.scope !== 'clause' ? foreignSettingAt(read, ...hitChars(read, subject)) : undefined;
    if (wrongTool) {
      misplaced ??= { quote: subject.quote, clause: subject.clause, subject: wrongTool.chosen, belongs: wrongTool.owners };
      continue;
    }
    if (about && !(target?.verdict === 'right' && target.kind === 'object') && !subject.isValue && subject.from !== undefined && subject.to !== undefined) {
      // Said of another named component in its sentence ("positions in Snowflake, partitioned by H3 cell") when the subject is a component.
      const attachedTo = attachedSubject(read, subject.from, subject.to);
      // A term that names the subject in its own words ("DROP PARTITION" for partitioning) and is what another phrase
      // "is" ("deleting a year is DROP PARTITION") says how that is done: it is not put on that phrase.
      const selfNamed = attachedTo?.via === 'copula' && attachedTo.to <= subject.from && namesOwnSubject(read, subject.from, subject.to, subjectStems(about));
      const attached = selfNamed ? undefined : (attachedTo ?? (namesComponent(subjectStems(about)) ? componentNear(read, subject.from, subject.to, subjectStems(about)) : undefined));
      // "one per line" after "fact_order_line" names the order line by its head noun (elided-head.ts).
      const matches = attached !== undefined && (subjectMatches(attached, subjectStems(about)) || elidedHead(read, attached, subjectStems(about)));
      if (attached && !matches) {
        // Given to the other side of the comparison ("the OLAP warehouse is a row store"): a swap, not just a slip.
        const rival = about.rivals !== undefined && about.rivals.length > 0 && subjectMatches(attached, rivalStems(about.rivals));
        if (subject.affirmed && !misplaced) misplaced = { quote: subject.quote, clause: subject.clause, subject: attached.text, ...(rival ? { rival: true } : {}) };
        if (subject.affirmed && rival) swap ??= { quote: subject.quote, clause: subject.clause, subject: attached.text };
        continue;
      }
      if (about.required && !matches) continue;
      const mention = attached === undefined && about.rivals ? mentionedSubject(read, subject.from, subject.to, about.of, about.rivals) : undefined;
      if (mention?.side === 'rival') {
        if (subject.affirmed && !misplaced) misplaced = { quote: subject.quote, clause: subject.clause, subject: mention.text, rival: true };
        continue;
      }
    }
    if (subject.avoidMention) {
      // Kept on or approved of ("leaving enable.auto.commit on is fine"): the opposite of the point, a wrong target.
      const kept = spec.scope !== 'clause' && subject.from !== undefined && subject.to !== undefined ? keptOn(read, subject.from, subject.to) : undefined;
      if (kept !== undefined) {
        wrongTarget ??= { said: kept, quote: subject.quote, clause: subject.clause, kind: 'kept', why: 'That keeps on what this point says to turn off.' };
        continue;
      }
      consider({ status: bare[subject.sentence] ? 'listed' : 'named', ...where });
      continue;
    }
    if (!subject.affirmed && !subject.isValue && subject.from !== undefined && (read.deniedBy[subject.from] ?? -1) >= 0 && (!lastDenied || subject.from > (lastDenied.from ?? -1))) lastDenied = subject;
    if (!subject.affirmed && !subject.retracted && !subject.isValue && !subject.avoided && spec.scope !== 'clause' && subject.from !== undefined && subject.to !== undefined && deniesUse(read, subject.from, subject.to)) deniedAt.push({ sentence: subject.sentence, clause: subject.clause });
    if (!subject.affirmed || rejected(subject)) {
      consider({ status: 'negated', ...where, ...(subject.retracted ? { retracted: true, ...(subject.withdrawnWith !== undefined ? { withdrawnWith: subject.withdrawnWith } : {}) } : {}) });
      continue;
    }

    // A term the learner defines with none of the claim's words says something else: it earns nothing here.
    const definition = spec.scope !== 'clause' && spec.text !== undefined && !subject.isValue && subject.from !== undefined && subject.to !== undefined ? readDefinition(read, subject.from, subject.to) : undefined;
    if (definition && !definitionMatches(definition, claimMeaning(spec), context.given ? givenStems(context.given) : undefined)) {
      misdefined ??= { quote: subject.quote, clause: subject.clause, said: definition.said };
      continue;
    }
    // A value that meets its condition ("RF=3") asserts the claim by itself.
    // A lone term heading the sentence after it ("Key: machine_id. All 20 sensors ... land on one partition") is said about there too (terse-head.ts).
    // A wrong claim said of a back-reference ("... Together that gives exactly-once") is said of what it points at (back-reference.ts).
    const pointsBack = (hit: Hit) => {
      // A summary clause is grouped with the clause it sums up (clauseGroups), so its own reach counts as well as its group's.
      const reach = Math.max(backs[hit.clauseIndex] ?? 0, backs[group[hit.clauseIndex] ?? hit.clauseIndex] ?? 0);
      return reach > 0 && hit.sentence > subject.sentence && hit.sentence - subject.sentence <= reach;
    };
    const same = (hit: Hit) => (spec.scope === 'clause' ? group[hit.clauseIndex] === group[subject.clauseIndex] || pointsBack(hit) : hit.sentence === subject.sentence || (lists.heads[subject.sentence] === true && hit.sentence === subject.sentence + 1));
    // What is said about the subject must be other words than the subject itself ("acknowledged" does not assert "ack").
    // An assert sharing a word with the subject says more when it holds a content word of its own ("the correction
    // replaces THE OLD VALUE": "old value" past "replaces the old").
    // A negation of the assert's own said of the term ("can't shard" for "cannot shard") is what is said about it.
    const apart = (hit: Hit) => hit.from === undefined || subject.from === undefined || hit.to === undefined || subject.to === undefined || hit.to <= subject.from || hit.from >= subject.to || ownWordOutside(read, hit.from, hit.to, subject.from, subject.to) || (hit.affirmed && read.cue.slice(hit.from, subject.from).some(Boolean));
    // In clause scope (wrong claims) a value needs what is said about it too ("acks=1 ... min ISR already guarantees two copies").
    const asserted = subject.isValue && spec.scope !== 'clause' ? [] : groups.map((hits) => hits.filter((hit) => same(hit) && apart(hit)));
    // A negated assert inside a reason after the term ("set the watermark to 1 hour so nothing is dropped") denies the
    // reason's outcome, not the term: the term is named, its point not said.
    const inReason = (hit: Hit) => !hit.affirmed && hit.from !== undefined && subject.to !== undefined && hit.from > subject.to && read.tokens.slice(subject.to, hit.from).some((token) => REASONS.has(token.norm));
    if (asserted.some((hits) => hits.length > 0 && hits.every((hit) => !hit.affirmed) && !hits.every(inReason))) {
      // "The checkpoint does not resume anything": what is said about the subject is negated.
      const negatedHit = asserted.flat().find((hit) => !hit.affirmed);
      consider({ status: 'negated', quote: subject.quote, clause: negatedHit?.clause ?? subject.clause });
      continue;
    }
    // A right object or quantity says what the term does here ("partition by day", "a TTL of 15 s"); a required quantity must be given.
    const complete = target?.verdict === 'right' || (asserted.every((hits) => hits.some((hit) => hit.affirmed)) && !(spec.quantity?.required && !subject.isValue));
    // A keyword copied from the question counts only with something of the learner's own said about it.
    if (subject.echo && (asserted.length === 0 || !complete)) {
      echo ??= subject.quote;
      continue;
    }
    // Under a heading naming the claim's subject ("Silver: typed, deduplicated") the terms say what it is.
    // Turning something off is a statement of its own, even in a short sentence ("No auto-commit.").
    // In an answer that explains elsewhere, a term given its right object or a value as a setting ("Key = driver_id",
    // "- key: machine_id", "linger.ms=10") is a terse claim, not a listed term; an answer of nothing but settings stays a list.
    // A setting written in config syntax ("min.insync.replicas: 2" in a YAML block, "acks=all") is the same terse claim.
    const setting = !lists.whole && ((target?.kind === 'object' && target.verdict === 'right') || setsValue(read, subject.to) || headsOwnList(read, subject.from, subject.to) || subject.setting === true);
    // A heading over items that are the claim's subjects ("Dims: date, product, customer") or a gloss on one of them
    // ("customer (pseudonymised, SCD2)") says the term of them: a terse claim in an answer that explains elsewhere.
    const terse = about !== undefined && subject.from !== undefined && !lists.whole && (headsListOfOwnSubjects(read, subject.from, subject.to ?? subject.from + 1, about.of) || glossesOwnSubject(read, subject.from, subject.to ?? subject.from + 1, about.of));
    if (bare[subject.sentence] && !subject.avoided && !setting && !terse && !(about && !lists.glossary && lists.config !== true && subject.from !== undefined && labelledByOwnSubject(read, subject.from, subject.to ?? subject.from + 1, about.of))) consider({ status: 'listed', ...where });
    // Named in a line that only says the term again with a verdict ("Up to an hour late: handled with a watermark"): a heading over nothing.
    else if (!complete) consider({ status: 'named', ...where, ...(spec.scope !== 'clause' && !subject.isValue && target?.verdict !== 'right' && subject.from !== undefined && subject.to !== undefined && restatesTermOnly(read, subject.sentence, subject.from, subject.to, context.given) ? { restated: true } : {}) });
    // "Event time: we use the sensor's event time", "Late data: handled": the term said again with a verdict and nothing
    // of how it works names the point, it does not state it (restated-term.ts). A right object, quantity or clock, or an
    // affirmed assert of the point ("Retries: the idempotent producer"), says how.
    // An assert in the line's heading ("Late pings: handled with a watermark") names the topic, it says nothing of the term.
    else if (spec.scope !== 'clause' && !subject.isValue && target?.verdict !== 'right' && asserted.every((hits) => hits.every((hit) => !hit.affirmed || (hit.from !== undefined && hit.sentence === subject.sentence && inSentenceHeading(read, hit.sentence, hit.from)))) && subject.from !== undefined && subject.to !== undefined && restatesTermOnly(read, subject.sentence, subject.from, subject.to, context.given)) consider({ status: 'named', ...where, restated: true });
    // An assert group with no affirmed hit (its place taken by a right object, quantity or clock) hedges nothing.
    else if (subject.hedged || asserted.some((hits) => hits.some((hit) => hit.affirmed) && hits.filter((hit) => hit.affirmed).every((hit) => hit.hedged))) consider({ status: 'hedged', ...where });
    else {
      // Said through a back-reference only: quote the sentence that says it ("Together that gives you exactly-once").
      const via = spec.scope === 'clause' && asserted.length > 0 && asserted.every((hits) => hits.some((hit) => hit.affirmed && pointsBack(hit))) ? asserted[0]?.find((hit) => hit.affirmed && pointsBack(hit)) : undefined;
      consider({ status: 'stated', ...where, ...(via ? { clause: via.clause } : {}) });
    }
  }
  // Named, then denied later by a predicate about the same thing: the denial is the learner's last word (see predicate-denial.ts).
  const takenBack = RANK[best.status] > RANK.negated ? laterDenial(read, lastAffirmed, lastDenied) : undefined;
  if (takenBack) return takenBack;
  // Affirmed here and denied there, neither taken back: the answer did not commit, so the claim is not made.
  // A sentence that also names the claim affirmatively ("no state store here - Redis is just a cache") qualifies, it does not deny.
  const named = subjects.filter((subject) => subject.affirmed).map((subject) => subject.sentence);
  const unsettled = best.status === 'stated' || best.status === 'hedged' ? unsettledBy(affirmedAt, deniedAt.filter((place) => !named.includes(place.sentence))) : undefined;
  if (unsettled) return { status: 'negated', ...(best.quote !== undefined ? { quote: best.quote } : {}), clause: unsettled.denied, unsettled: best.clause ?? best.quote ?? '' };
  const result: ClaimReading = {
    ...best,
    ...(wrongValue ? { wrongValue } : {}),
    ...(best.status === 'missing' && echo !== undefined ? { echoed: echo } : {}),
    ...(swap ? { swap } : {}),
    // A wrong object or clock stands unless a right one is given, or the claim is stated in another sentence; a wrong
    // number stands unless a right number is given: the mechanism stated elsewhere is still set wrong ("withWatermark(...)
    // ... the 5 second watermark").
    ...(wrongTarget && (wrongTarget.kind === 'quantity' ? !rightQuantity : !rightTarget && best.status !== 'stated') ? { wrongTarget } : {}),
  };
  // Defined as something else and not stated elsewhere: the wrong meaning stands against the claim.
  if (misdefined && RANK[best.status] < RANK.hedged) return { ...result, status: best.status === 'named' || best.status === 'listed' ? 'missing' : best.status, misdefined };
  // Attached only to another subject: it counts against the claim unless the claim is named elsewhere.
  return misplaced && RANK[best.status] < RANK.named ? { ...result, misplaced } : result;
}

// Auxiliaries a denied verb opens with ("does not", "is not", "won't").
const DENIED_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have']);
const VERB_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);

// Whether the words from token `at` open a denied verb: an auxiliary and "not"/"never", or "never" alone ("... alone never stops it").
function deniedVerbAt(read: ReadText, at: number, end: number): boolean {
  const first = read.tokens[at];
  if (at >= end || first?.kind !== 'word') return false;
  if (first.norm === 'never') return read.cue[at] === true;
  const second = read.tokens[at + 1];
  return at + 1 < end && DENIED_AUXILIARIES.has(first.norm) && second !== undefined && VERB_NEGATIONS.has(second.norm) && read.cue[at + 1] === true;
}

// Whether tokens `[from, to)` hold a content word outside `[subjectFrom, subjectTo)`.
function ownWordOutside(read: ReadText, from: number, to: number, subjectFrom: number, subjectTo: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (i >= subjectFrom && i < subjectTo) continue;
    const token = read.tokens[i];
    if (token?.kind === 'word' && !token.stop) return true;
  }
  return false;
}

/**
 * The reading of a claim affirmed at `affirmed` and denied by a predicate at `denied`, later and in another clause
 * ("Delta adds ... time travel. ... time travel isn't something they support"; "ACID commits. ... commits aren't really
 * atomic"): negated, taken back with the denying words. Only when the denial is about the same thing: every content word
 * of what the predicate is said of already stands in the affirming clause ("An append isn't really idempotent" after
 * "overwrite so the task is idempotent" speaks of something else). Undefined when there is no such denial.
 */
function laterDenial(read: ReadText, affirmed: Hit | undefined, denied: Hit | undefined): ClaimReading | undefined {
  if (!affirmed || !denied || affirmed.from === undefined || denied.from === undefined) return undefined;
  if (denied.from <= affirmed.from || denied.clauseIndex === affirmed.clauseIndex) return undefined;
  const denial = read.denials[read.deniedBy[denied.from] ?? -1];
  const clause = read.clauses[affirmed.clauseIndex];
  if (!denial || !clause) return undefined;
  const said = new Set<string>();
  for (let i = clause.from; i < clause.to; i += 1) said.add(read.tokens[i]?.stem ?? '');
  const words = denialSubjectStems(read.tokens, denial);
  if (!words.every((stem) => said.has(stem))) return undefined;
  const withdrawnWith = withdrawnWords(read, denial.subjectFrom, Math.max(denial.cueTo, denial.deniedTo));
  return { status: 'negated', quote: denied.quote, clause: affirmed.clause, retracted: true, withdrawnWith };
}

const givenStemsCache = new WeakMap<ReadText, ReadonlySet<string>>();

// The content stems of the question a text answers, once per question.
function givenStems(given: ReadText): ReadonlySet<string> {
  let stems = givenStemsCache.get(given);
  if (!stems) {
    stems = new Set(given.tokens.filter((token) => token.kind === 'word' && !token.stop).map((token) => token.stem));
    givenStemsCache.set(given, stems);
  }
  return stems;
}

// Everything a claim says, as content stems: its text, gap, follow-up explanation, keywords, asserts and paraphrases.
function claimMeaning(spec: ClaimSpec): ReadonlySet<string> {
  return meaningStems(spec.keywords, () => [
    spec.text ?? '',
    spec.gap ?? '',
    spec.probe?.explanation ?? '',
    ...spec.keywords,
    ...(spec.assert ?? []).flat(),
    ...(spec.paraphrases ?? []).flatMap((paraphrase) => [...paraphrase.keywords, ...(paraphrase.assert ?? []).flat()]),
  ]);
}

// After "term:", one value and then the end of the item: "compression: zstd", "partitions: 96," (not a label before a list: "Exactly once: RF, acks").
const ONE_VALUE = /^[ \t]*[\w.\-/]+[ \t]*(?:$|[,;)\n])/;

/** Whether the term ending before token `to` is set to something ("linger.ms=10", "acks = all", "compression: zstd"). */
function setsValue(read: ReadText, to: number | undefined): boolean {
  if (to === undefined) return false;
  const mark = read.tokens[to];
  const value = read.tokens[to + 1];
  if (mark?.kind !== 'mark' || value?.kind !== 'word' || read.clauseOf[to + 1] !== read.clauseOf[to - 1]) return false;
  if (mark.norm === '=') return true;
  return mark.norm === ':' && ONE_VALUE.test(read.text.slice(mark.end, mark.end + 80));
}

/**
 * Whether the term at tokens `[from, to)` opens its sentence as a heading written without its colon, its first item
 * right after it ("Dimensions dim_date, dim_customer, dim_product"; "Measures quantity, net_amount"): read like
 * "Dimensions: dim_date, ...", the items say what the term is here. A bare list of terms ("Dimensions, grain, SCD")
 * has a comma after the term and is not one.
 */
function headsOwnList(read: ReadText, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  const sentence = read.sentences[read.clauses[read.clauseOf[from] ?? -1]?.sentence ?? -1];
  const first = read.tokens[to];
  if (!sentence || first?.kind !== 'word' || read.clauseOf[to] !== read.clauseOf[from]) return false;
  // Only bullets or dashes may come before the heading.
  if (read.tokens.slice(sentence.from, from).some((token) => token.kind === 'word')) return false;
  return ONE_VALUE.test(read.text.slice(first.start, first.start + 80)) && read.tokens.slice(to, sentence.to).some((token) => token.norm === ',');
}

// The object, quantity or clock a keyword is given in its clause, judged by the claim's `object`, `quantity` and `clock` (in that order).
type Target = { kind: 'object' | 'quantity' | 'clock'; verdict: 'right' | 'wrong'; said: string; why?: string };

function readTarget(read: ReadText, from: number, to: number, spec: ClaimSpec): Target | undefined {
  const object = spec.object ? readObject(read, from, to, spec.object) : undefined;
  if (object) return { kind: 'object', ...object, ...(spec.object?.why !== undefined ? { why: spec.object.why } : {}) };
  const quantity = spec.quantity ? readQuantity(read, from, to, spec.quantity) : undefined;
  const asQuantity = (found: NonNullable<typeof quantity>): Target => ({ kind: 'quantity', ...found, ...(spec.quantity?.why !== undefined ? { why: spec.quantity.why } : {}) });
  if (quantity?.verdict === 'wrong') return asQuantity(quantity);
  const clock = spec.clock ? readClock(read, from, to) : undefined;
  // A right number on the wrong clock ("a 3 minute watermark on arrival time") is still the wrong clock.
  if (!clock || !spec.clock) return quantity ? asQuantity(quantity) : undefined;
  const onClock = clock.clock === spec.clock.of;
  if (onClock && quantity) return asQuantity(quantity);
  return { kind: 'clock', verdict: onClock ? 'right' : 'wrong', said: clock.said, ...(spec.clock.why !== undefined ? { why: spec.clock.why } : {}) };
}
