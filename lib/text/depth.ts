import { readCommitment, weighedClauses } from './commitment';
import type { ReadText } from './read-text';

/**
 * The kinds of depth an interviewer looks for past the key points themselves (golden set, rounds 0-12: answers that
 * cover every point earn 84-92; the ones signed 95-100 say why each part holds, walk through what happens on a
 * failure, and weigh the alternative):
 * - `why`: a causal clause ("so the leader only confirms once two copies hold it", "because Kafka keeps the data",
 *   "otherwise a retry loads the day twice", "to avoid duplicates");
 * - `failure`: a failure scenario walked through ("if the job crashes mid-batch, ...", "when Visa resends the auth, ...",
 *   or a counterfactual "if we had ACKed first and crashed, ... would be lost");
 * - `alternative`: a trade-off or alternative weighed ("rather than", "instead of", "unlike", "the catch", "costs more"),
 *   or what to monitor ("alert on consumer lag").
 */
export type DepthKind = 'why' | 'failure' | 'alternative';

export type DepthReading = {
  /** Clauses carrying a causal cue, counted once each. */
  why: number;
  /** Sentences walking through a failure (a condition with a failure word, or a counterfactual). */
  failure: number;
  /** Clauses weighing an alternative or naming what to monitor. */
  alternative: number;
  /**
   * All three kinds shown (`DEPTH_WHY_CLAUSES` causal clauses, a failure walked through, an alternative weighed): what
   * an interviewer keeps 95-100 for. Graded depth does not track the interviewers' 84-92 for complete answers (golden
   * set: Spearman 0.08 between a graded share and the grade among answers with every point), so this is one bar.
   */
  exemplary: boolean;
  /** The kinds not shown enough, in the order above. */
  missing: DepthKind[];
};

/** Causal clauses an exemplary answer has: the why of more than one of its parts. */
export const DEPTH_WHY_CLAUSES = 2;

/**
 * How a reader counts depth for one kind of answer. `whyClauses` and `failures` are the bar (at least that many of
 * each, and one alternative); `monitoring` says whether naming what to watch ("alert on lag", "a dashboard of
 * metrics") weighs an alternative: in a deep-dive answer it does, in a high-level design alerts and dashboards are
 * the product the design serves, not what it watches.
 */
export type DepthOptions = { whyClauses: number; failures: number; monitoring: boolean };

/** The deep-dive bar (see `DepthKind`). */
export const DEEP_DIVE_DEPTH: DepthOptions = { whyClauses: DEPTH_WHY_CLAUSES, failures: 1, monitoring: true };

// One-word causal cues: the clause they stand in says why (or what follows from) the rest.
const WHY_WORDS: ReadonlySet<string> = new Set(['because', 'since', 'otherwise', 'hence', 'thus', 'therefore', 'ensures', 'ensure', 'guarantees', 'guarantee', 'prevents', 'prevent', 'avoids', 'means', 'else']);
// "so" is causal unless it grades a word ("so many", "so far") or stands for "that" ("I think so").
const SO_NOT_CAUSAL: ReadonlySet<string> = new Set(['far', 'many', 'much', 'long', 'few', 'little', 'called', 'on', 'forth']);
// Two-word causal cues.
const WHY_PAIRS: ReadonlySet<string> = new Set(['that way', 'in order', 'to avoid', 'to prevent', 'to stop', 'to guarantee', 'to ensure', 'to keep', 'which means', 'this means', 'that means', 'due to', 'thanks to']);
// Conditions that open a scenario.
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'after', 'once', 'during', 'until', 'mid']);
// What goes wrong in the scenario, as normalised words.
const FAILURE_WORDS: ReadonlySet<string> = new Set([
  'crash', 'crashes', 'crashed', 'crashing', 'fail', 'fails', 'failed', 'failing', 'failure', 'failover', 'die', 'dies', 'died', 'dead', 'restart', 'restarts', 'restarted',
  'retry', 'retries', 'retried', 'resend', 'resends', 'resent', 'replay', 'replays', 'replayed', 'down', 'outage', 'lose', 'loses', 'lost', 'duplicate', 'duplicates',
  'duplicated', 'twice', 'again', 'late', 'later', 'behind', 'rerun', 'reruns', 'rerunning', 'reconnect', 'reconnects', 'rebalance', 'rebalances', 'timeout', 'timeouts',
  'killed', 'stops', 'stopped', 'partitioned', 'lag', 'lags', 'spike', 'spikes', 'burst', 'bursts', 'backlog', 'shrinks', 'shrink', 'falls', 'fall',
]);
// An alternative weighed, or what to watch.
const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['instead', 'unlike', 'tradeoff', 'trade-off', 'downside', 'drawback', 'alternative', 'alternatively', 'versus', 'vs', 'cheaper', 'simpler', 'costlier']);
const MONITORING_WORDS: ReadonlySet<string> = new Set(['monitor', 'monitoring', 'alert', 'alerts', 'alerting', 'dashboard', 'dashboards', 'metric', 'metrics']);
const ALTERNATIVE_PAIRS: ReadonlySet<string> = new Set(['cost more', 'costs more', 'cost less', 'costs less', 'more expensive', 'rather than', 'the catch', 'trade off', 'compared with', 'compared to', 'as opposed']);

const EMPTY: DepthReading = { why: 0, failure: 0, alternative: 0, exemplary: false, missing: ['why', 'failure', 'alternative'] };

/**
 * Reads how much depth a learner's text shows beyond naming its points (see `DepthKind`). Only what the learner
 * affirms counts: negated or withdrawn words show nothing, and a counterfactual or an example of the wrong way is a
 * failure walked through. `options` sets the bar and whether monitoring counts (the deep-dive bar by default). Pure and
 * deterministic; linear in the text's tokens.
 */
export function readDepth(read: ReadText, options: DepthOptions = DEEP_DIVE_DEPTH): DepthReading {
  const { tokens } = read;
  if (!tokens.some((token) => token.kind === 'word')) return EMPTY;
  const whyClauses = new Set<number>();
  const alternativeClauses = new Set<number>();
  const conditionSentences = new Set<number>();
  const failureSentences = new Set<number>();
  const roleSentences = new Set<number>();
  const sentenceOf = (i: number) => read.sentences.find((sentence) => i >= sentence.from && i < sentence.to)?.index ?? -1;
  // A sentence that only offers possibilities in an answer that chooses nothing ("there are trade-offs", "it could
  // resume from the checkpoint") shows no depth; options weighed before a choice ("2 or 3? I'd go with 3") weigh an
  // alternative (commitment.ts).
  const commitment = readCommitment(read);
  const offered = (clause: number) => commitment.uncommitted && commitment.sentences[read.clauses[clause]?.sentence ?? -1]?.verdict === 'offered';
  weighedClauses(read).forEach((weighed, clause) => {
    if (weighed) alternativeClauses.add(clause);
  });
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // A negation cue that weighs an alternative ("rather than", "instead of") is itself a cue word, not a denied one.
    if (token?.kind !== 'word' || read.retracted[i] || (read.negated[i] && !read.cue[i])) continue;
    const clause = read.clauseOf[i] ?? -1;
    if (offered(clause)) continue;
    const next = tokens[i + 1];
    const pair = next?.kind === 'word' ? `${token.norm} ${next.norm}` : '';
    const word = token.norm;
    if (WHY_WORDS.has(word) || WHY_PAIRS.has(pair) || (word === 'so' && next?.kind === 'word' && !SO_NOT_CAUSAL.has(next.norm))) whyClauses.add(clause);
    const costOf = word === 'at' && next?.norm === 'the' && (tokens[i + 2]?.norm === 'cost' || tokens[i + 2]?.norm === 'expense');
    if (ALTERNATIVE_WORDS.has(word) || (options.monitoring && MONITORING_WORDS.has(word)) || ALTERNATIVE_PAIRS.has(pair) || costOf || read.role[i] === 'contrast') alternativeClauses.add(clause);
    if (CONDITION_WORDS.has(word)) conditionSentences.add(sentenceOf(i));
    if (FAILURE_WORDS.has(word)) failureSentences.add(sentenceOf(i));
    if (read.role[i] === 'counterfactual' || read.role[i] === 'example-of-wrong' || read.role[i] === 'reported') roleSentences.add(sentenceOf(i));
  }
  const failing = new Set([...failureSentences].filter((sentence) => conditionSentences.has(sentence)));
  for (const sentence of roleSentences) failing.add(sentence);
  const why = whyClauses.size;
  const failure = failing.size;
  const alternative = alternativeClauses.size;
  const missing: DepthKind[] = [...(why < options.whyClauses ? (['why'] as const) : []), ...(failure < options.failures ? (['failure'] as const) : []), ...(alternative === 0 ? (['alternative'] as const) : [])];
  return { why, failure, alternative, exemplary: missing.length === 0, missing };
}
