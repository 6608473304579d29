import { CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import { analyse, contentStems } from '../text/analyse';
import { assertNever } from '../util/assert-never';
import { getClarifyIndex, TOPIC_INDEX } from './clarify-index';
import type { ClarifyCase, ClarifyIndex } from './clarify-index';
import type { FormReading, QuestionForm } from '../text/question-form';
import { assumedAnswerCue, confirmsUnderstanding } from '../text/confirmation';
import { blankCitations } from '../text/cited-references';
import { holdsUnmarkedQuestion } from '../text/unmarked-question';
import { worryStatementCue } from '../text/worry-statement';
import { DEFERRED_LINE, ECHO_LINE, EMPTY_QUESTION_LINE, noFactLine, NOT_A_QUESTION_LINE, otherOrganisationLine, PITCH_LINE, SMALL_TALK_LINE, unsureLine, WITHDRAWN_LINE } from './interviewer-lines';
import { otherOrganisationAsked } from '../text/other-organisation';
import { readToolPitch } from '../text/tool-pitch';
import { coordinatedHalves, isQuestionLike, isSmallTalk, readQuestionForm, splitAskedClauses, splitClauses } from '../text/question-form';
import { asksForSolutionCue, asksWhatToAskCue, declinesToAskCue } from '../text/interview-meta';
import { isTermString } from '../text/term-string';
import { withoutSpokenFillers } from '../text/spoken-fillers';
import { selfAnswerCue } from '../text/self-answer';
import { isRetracted } from '../text/retracted-clause';
import { asksConsequence, asksOurKeeping, premiseState, splitPremise } from '../text/premise';
import { readAssumptionConflict } from '../text/assumption-conflict';
import type { AssumptionConflict } from '../text/assumption-conflict';
import { readsBriefBack } from './read-echo';
import { readDeferredAsks } from '../text/deferred-ask';
import { readOmnibus } from './read-omnibus';
import { MAX_QUESTION_CHARS } from './transcript-schema';
import { memoLast } from '../util/memo-last';
import { asksCount, baselineComparisonCue, isExtremeOfTime } from '../text/baseline-comparison';
import { deletionAskCue, privacyRequestCue } from '../text/privacy-request';
import { lateArrivalCue } from '../text/late-arrival';
import { presentPracticeCue } from '../text/present-practice';
import { proposedVolume } from '../text/proposed-figure';
import { failureResponderCue } from '../text/failure-response';
import { exampleVotes } from './example-bank';
import { splitAssumptionPreamble } from '../text/assumption-preamble';
import { historySourceCue } from '../text/history-source';
import { countedStems, namesPeak } from '../text/peak-figure';
import { statedGround } from '../text/stated-premise';
import { pipelineWatchCue } from '../text/pipeline-monitoring';
import { tenancyCue } from '../text/tenancy';
import { keptListCue } from '../text/kept-list';
import { scopeExtentCue } from '../text/scope-extent';
import { operatingTeamCue, teamSkillsCue } from '../text/team-skills';
import { residencyCue } from '../text/data-residency';
import { systemKindComparisonCue } from '../text/system-kind-comparison';
import { outputUseCaseCue } from '../text/use-case-ask';
import { neededByCue, visibilityDeadlineCue } from '../text/visibility-deadline';
import { readAcceptedLoss } from '../text/accepted-loss';
import { readText } from '../text/read-text';
import { accessPermissionCue } from '../text/access-permission';
import { outputOwnershipCue } from '../text/output-ownership';
import type { ExampleBank } from './example-bank';

/** Below this confidence the interviewer asks "did you mean" instead of answering. */
export const CONFIDENCE_THRESHOLD = 0.3;
/** Score at which confidence is about 63%: one decisive cue (weight 4) alone is a confident match. */
const CONFIDENCE_SCALE = 3;
/** Each extra rubric entity named in one question hints that the learner is asking about the entities. */
const ENTITY_MENTION_BOOST = 1.5;
const MAX_ENTITY_BOOST = 4.5;
/** A word inside a longer phrase of another topic counts for little: the phrase says what is meant. */
const COVERED_FACTOR = 0.25;
/** Cues in a line's premise ("During a sale, ...", "... before the network times out") count this much: they set the scene. */
const PREMISE_FACTOR = 0.35;
/** Below this cue score the asked part names no topic of its own ("what does it cost us?"), so its premise decides. */
const WEAK_CORE_SCORE = 2;
/** A premise naming a failure or a delay, under a question that names nothing else, asks about availability or freshness. */
const PREMISE_STATE_WEIGHT = 4;
/** A volume asked against its usual level or at its extreme ("compared to a normal Tuesday") is the peak: its own weight on top of the volume's. */
const BASELINE_WEIGHT = 2;
/** What is left of the volume reading once it is read as a peak. */
const BASELINE_VOLUME_FACTOR = 0.25;
/** A data subject's request ("asks us to forget them") makes the line a privacy question, with what it asks of the request. */
const PRIVACY_REQUEST_WEIGHT = 5;
/** What is left of a time or keeping reading once it is read as the privacy request's deadline or survival. */
const PRIVACY_SHIFT_FACTOR = 0.25;
/** How, where or what something is done now ("How is fraud checked today?") asks about the current setup. */
const PRESENT_PRACTICE_WEIGHT = 5;
/** A volume put up to be checked ("is 10k auths per second about right?") asks today's volume, whatever its rate leans on. */
const PROPOSED_VOLUME_WEIGHT = 5;
/** Who is called out when the system fails ("if the load breaks, who gets woken up?") asks how critical it is. */
const FAILURE_RESPONDER_WEIGHT = 5;
/** Data arriving late or revised ("do the pings show up late?") is answered by the fact that describes it. */
const LATE_ARRIVAL_WEIGHT = 5;
/** The candidate's own assumptions set out before the question ("I'm assuming X, Y and Z. Given all that, how ...?") count this much: the question asks. */
const PREAMBLE_FACTOR = 0.15;
/** Existing history asked about to bring in ("is there history we can backfill from?") asks the current setup, not our retention. */
const HISTORY_SOURCE_WEIGHT = 5;
/** What is left of a keeping reading once the line is read as asking for existing history. */
const HISTORY_RETENTION_FACTOR = 0.25;
/** Alerting on the pipeline's own health ("do we alert on consumer lag?", "who gets paged?") asks how critical it is. */
const PIPELINE_WATCH_WEIGHT = 5;
/** What is left of a freshness reading once the lag or staleness is read as what the alert watches. */
const WATCHED_LAG_FACTOR = 0.25;
/** "How long for raw messages, curated data and the audit logs?": how long each kind of stored data is kept. */
const KEPT_LIST_WEIGHT = 5;
/** One platform for every country or site, or one each ("a deployment per country?"), asks what is being built. */
const TENANCY_WEIGHT = 5;
/** What is left of a residency, entities or uptime reading once its words are read as the units a platform is split by. */
const TENANCY_SHIFT_FACTOR = 0.25;

/** How far the build reaches over the business's units ("only the German shop or all three countries?") asks what is being built. */
const SCOPE_EXTENT_WEIGHT = 5;
/** What the team already knows or runs ("is the team stronger in SQL or Spark?") asks the current setup. */
const TEAM_SKILLS_WEIGHT = 5;
/** What is left of a consumers or off-topic reading once the people named are read as the team whose skills are asked. */
const TEAM_SHIFT_FACTOR = 0.25;
/** Who runs or supports the system once built ("is there a data team to run this, or is it just me on call?"), with no failure named, asks the current setup. */
const OPERATING_TEAM_WEIGHT = 5;
/** Where the data must live by country ("do the five countries each need their own region?") asks the residency rules (personal data). */
const RESIDENCY_WEIGHT = 5;
/** Whether the system behaves like one kind or another ("more like a bank ledger or an append-only log?") asks transactional or analytical. */
const SYSTEM_KIND_WEIGHT = 5;
/** What is left of a volume reading once the line is read as asking for existing history to load (not asking a count). */
const HISTORY_VOLUME_FACTOR = 0.25;

/** Who is permitted to see data ("which teams may see a driver's GPS trail?") asks about access control, not readers. */
const ACCESS_PERMISSION_WEIGHT = 5;
/** Who owns an output ("who owns the sales numbers?") asks who it is built for, not which team runs a system today. */
const OUTPUT_OWNERSHIP_WEIGHT = 5;
/** By when something must show to its users ("a customer orders at 23:59 - by when must it be on the dashboard?") asks freshness. */
const VISIBILITY_DEADLINE_WEIGHT = 5;

/** A loss of data called fine ("losing a few readings is fine, isn't it?") asks how much loss the business tolerates. */
const ACCEPTED_LOSS_WEIGHT = 5;
/** The system failing, for telling a team asked about (the current setup) from one called out by a failure (availability). */
const FAILURE_WORD = /\b(?:breaks?|broke|fails?|failed|failure|crash\w*|dies|died|down|falls? over|fell over|stops?|stopped|outage|incident)\b/i;
/** Loss words, read before the line is read whole for an accepted loss (lib/text/accepted-loss). */
const LOSS_WORD = /\b(?:drop|lost|los[ei]|loss|discard|ignor|miss|skip)/i;

/** Most topics one line is answered on (its own, `second` and `more`): a line of more questions than that is a checklist. */
export const MAX_TOPICS_PER_LINE = 3;

export type MatchKind = 'answer' | 'unsure' | 'not-a-question';

/**
 * For measurement only (scripts/clarify-generalisation.ts): `heldOut` lists questions whose examples in
 * the bank are skipped, so a phrasing batch is measured as if the bank had never seen it.
 */
export type MatchOptions = { heldOut?: ReadonlySet<string> };

export type SecondaryMatch = {
  topic: ClarifyTopic;
  factId: string | null;
  confidence: number;
  answer: string;
  /** How this half was put: a leading or fragment half earns half its topic's points. */
  form: QuestionForm;
};

export type QuestionMatch = {
  question: string;
  topic: ClarifyTopic | null;
  factId: string | null;
  /** 0..1, rounded to 3 decimals. */
  confidence: number;
  answer: string;
  kind: MatchKind;
  /** The closest topics when unsure ("did you mean"), best first. */
  suggestions: ClarifyTopic[];
  /**
   * How the question was put (lib/text/question-form): `question` earns its topic in full, `leading`
   * and `fragment` are answered but earn half; `statement`, `small-talk` and `empty` get no topic.
   */
  form: QuestionForm;
  /** The words that made the question leading ("does it?", "I assume"), when form is `leading`. */
  formCue?: string;
  /** The other half of a compound question ("...and how long do we keep it?"), when it matched too. */
  second?: SecondaryMatch;
  /**
   * Further topics of a line that bundles questions ("How many a day, how long do we keep them, and who reads
   * the scores?"), each asked in a clause of its own: answered and credited like `second`, at most
   * MAX_TOPICS_PER_LINE topics per line in all.
   */
  more?: SecondaryMatch[];
  /**
   * A line put as a question that asks nothing: `echo` reads the brief back for confirmation, `withdrawn`
   * was taken back in the same breath ("..., actually never mind"), `pitch` puts a product choice up for
   * approval ("Kafka plus Flink, that works?"), `other-organisation` asks what another company does
   * ("What does Uber do for surge pricing?"), which the interviewer cannot speak for; `other-business` is one
   * line of another case's question sheet pasted into this one (drivers and GPS pings asked of a card issuer),
   * set by the transcript's reading (score-clarify), not by matchQuestion; `deferred` puts the ask off to later
   * ("later, if there's time, we could ask about retention", lib/text/deferred-ask). None earns a topic.
   */
  unasked?: 'echo' | 'withdrawn' | 'deferred' | 'pitch' | 'other-organisation' | 'other-business';
  /** The other business's words an `other-business` line names ("drivers", "ping"), read over the whole transcript (lib/text/case-fit). */
  otherBusiness?: string[];
  /** The company an `other-organisation` line asks about ("Uber"). */
  organisation?: string;
  /** The products a `pitch` line proposes ("kafka", "flink"). */
  pitched?: string[];
  /** The parts put off until later ("privacy we can handle after the design"), when part or all of the line deferred its ask. */
  deferred?: string;
  /** The words taken back ("How big is the peak"), when part or all of the line was withdrawn. */
  withdrawn?: string;
  /**
   * Every topic a catch-all list named ("What about volume, latency, retention, ...?"), in order: each is
   * credited as a bare word, however the line was put.
   */
  listed?: ClarifyTopic[];
  /**
   * The words with which the line answers its own question ("Probably a few hundred, let's go with that"):
   * it assumes instead of asking, so its topic earns little (lib/text/self-answer).
   */
  assumed?: string;
  /**
   * The topic a line's stated ground names ("Since this is a global Uber-scale platform, how often ...?",
   * lib/text/stated-premise) when it is not the line's own: assumed, not asked, so it earns what an assumption
   * does and reveals nothing.
   */
  groundAssumed?: { topic: ClarifyTopic; ground: string };
  /**
   * What a leading line assumes that the facts of its topic say is wrong ("We're basically Stripe, right?"
   * when the facts say "not ... Stripe"): the interviewer corrects it, and the topic earns nothing.
   */
  contradicts?: AssumptionConflict;
};

type Candidate = { topic: ClarifyTopic; factIndex: number | null; score: number };

type Scored = {
  /** Best candidate per topic, best first. */
  ranked: Candidate[];
  confidence: number;
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

type CueScores = { topicScores: Float64Array; factScores: Float64Array; offTopic: number };

/** The cue weight each topic and fact collects from one stretch of text, and the weight of off-topic cues. */
function cueScores(stems: readonly string[], index: ClarifyIndex): CueScores {
  const seen = new Set<string>();
  const topicScores = new Float64Array(CLARIFY_TOPICS.length);
  const factScores = new Float64Array(index.facts.length);

  // Every key of the index found in the text, with its span.
  const found: { key: string; start: number; end: number }[] = [];
  for (let start = 0; start < stems.length; start += 1) {
    let key = '';
    for (let length = 1; length <= index.maxLength && start + length <= stems.length; length += 1) {
      key = length === 1 ? (stems[start] ?? '') : `${key} ${stems[start + length - 1] ?? ''}`;
      // No key of the index starts with these stems, so none starts with a longer run of them either.
      if (!index.prefixes.has(key)) break;
      if (seen.has(key) || (!index.vocab.has(key) && !index.factTerms.has(key) && !index.offTopic.has(key) && !index.near.has(key))) continue;
      seen.add(key);
      found.push({ key, start, end: start + length });
    }
  }

  let offTopic = 0;
  // Only a phrase of two stems or more can hold another hit.
  const phrases = found.filter((hit) => hit.end - hit.start > 1);
  for (const hit of found) {
    const idf = index.idf.get(hit.key) ?? 1;
    // The longer phrases this hit sits inside: a phrase means more than its words ("access pattern"
    // is about queries, not about who may access data).
    const outer = phrases.filter(
      (other) =>
        other.end - other.start > hit.end - hit.start &&
        other.start <= hit.start &&
        other.end >= hit.end &&
        (index.vocab.has(other.key) || index.factTerms.has(other.key) || index.offTopic.has(other.key)),
    );
    const outerSlots = new Set<number>();
    for (const other of outer) {
      index.vocab.get(other.key)?.forEach((weight, slot) => {
        if (weight > 0) outerSlots.add(slot);
      });
      index.factTerms.get(other.key)?.forEach(([factIndex]) => {
        const fact = index.facts[factIndex];
        if (fact) outerSlots.add(TOPIC_INDEX[fact.topic]);
      });
    }
    const covered = outer.length > 0 ? COVERED_FACTOR : 1;
    index.vocab.get(hit.key)?.forEach((weight, slot) => {
      if (weight <= 0) return;
      // A word inside a longer cue of the same topic was already counted by that cue ("how fast" -> "fast").
      if (outerSlots.has(slot)) return;
      topicScores[slot] = (topicScores[slot] ?? 0) + weight * idf * covered;
    });
    index.factTerms.get(hit.key)?.forEach(([factIndex, weight]) => {
      const fact = index.facts[factIndex];
      const factor = fact && outerSlots.has(TOPIC_INDEX[fact.topic]) ? 1 : covered;
      factScores[factIndex] = (factScores[factIndex] ?? 0) + weight * idf * factor;
    });
    if (outer.length === 0) offTopic += index.offTopic.get(hit.key) ?? 0;
  }

  // Question word + the first telling word after it ("how many ... years" -> retention).
  for (const hit of found) {
    const tails = index.near.get(hit.key);
    if (!tails) continue;
    for (let at = hit.end; at < Math.min(stems.length, hit.end + index.nearWindow); at += 1) {
      const reading = tails.get(`${stems[at] ?? ''} ${stems[at + 1] ?? ''}`) ?? tails.get(stems[at] ?? '');
      // Each cue has its own reach: "how many ... users" within five words, "get to ... at the moment" within eight.
      if (!reading || at - hit.end >= reading.window) continue;
      if (reading.slot === null) offTopic += reading.weight;
      else topicScores[reading.slot] = (topicScores[reading.slot] ?? 0) + reading.weight;
      break;
    }
  }

  return { topicScores, factScores, offTopic };
}

const strongest = (scores: Float64Array) => scores.reduce((best, value) => Math.max(best, value), 0);

/**
 * Cue scores of a line read as an interviewer hears it: what it asks counts in full, the conditions it
 * is asked under (lib/text/premise) a little, unless the asked part names no topic of its own ("If this
 * breaks for an hour, what does it cost us?"): weak cues, cues that are all off topic ("how much money do
 * we lose?") or a question about what a situation leads to ("what happens on the wards?"). Then the
 * premise says what is asked, and a premise naming a failure or a delay asks about availability or
 * freshness, whatever the cost words around it. A failure's length ("blank for twenty minutes") is not a
 * freshness need.
 */
function lineScores(text: string, index: ClarifyIndex): CueScores {
  // Split before typo correction, which drops the commas that mark a premise off.
  const { core, premises } = splitPremise(text);
  const analysedCore = index.readCorrected(core, MAX_QUESTION_CHARS);
  const scores = cueScores(analysedCore.stems, index);
  if (premises.length === 0) return scores;
  const coreScore = strongest(scores.topicScores);
  // The asked part names no topic of its own when its cues are weak, off topic ("how much money do we lose?"),
  // or only ask what a situation leads to ("what happens on the wards?", "what does the business feel?").
  const weakCore = coreScore < WEAK_CORE_SCORE || scores.offTopic >= coreScore || asksConsequence(core);
  const factor = weakCore ? 1 : PREMISE_FACTOR;
  for (const premise of premises) {
    const part = cueScores(index.readCorrected(premise, MAX_QUESTION_CHARS).stems, index);
    const state = premiseState(premise);
    // How long a failure lasts ("blank for twenty minutes") is the outage's length, not a freshness need.
    if (state === 'failure') part.topicScores[TOPIC_INDEX.latency_sla] = 0;
    if (state === 'handoff' && !asksOurKeeping(core)) {
      // What the sender keeps once we ACK ("does it keep a copy, or is it gone?") is whether a message can be lost.
      const kept = scores.topicScores[TOPIC_INDEX.retention] ?? 0;
      scores.topicScores[TOPIC_INDEX.availability] = (scores.topicScores[TOPIC_INDEX.availability] ?? 0) + kept;
      scores.topicScores[TOPIC_INDEX.retention] = 0;
    }
    part.topicScores.forEach((value, slot) => {
      scores.topicScores[slot] = (scores.topicScores[slot] ?? 0) + value * factor;
    });
    part.factScores.forEach((value, slot) => {
      scores.factScores[slot] = (scores.factScores[slot] ?? 0) + value * factor;
    });
    scores.offTopic += part.offTopic * factor;
    if (!weakCore) continue;
    if (state === 'failure') {
      // What a failure costs is the availability question, not a budget one.
      scores.topicScores[TOPIC_INDEX.availability] = (scores.topicScores[TOPIC_INDEX.availability] ?? 0) + PREMISE_STATE_WEIGHT;
      scores.offTopic = 0;
    } else if (state === 'lateness') {
      scores.topicScores[TOPIC_INDEX.latency_sla] = (scores.topicScores[TOPIC_INDEX.latency_sla] ?? 0) + PREMISE_STATE_WEIGHT;
      scores.offTopic = 0;
    }
  }
  return scores;
}

/**
 * What a whole line asks of the thing it names, read over its cues (scores are changed in place): a volume
 * set against its usual level or asked at its extreme is the peak (scale_growth); a data subject's request
 * (erasure, opting out, or a plain ask to delete their data) goes to the facts this case wrote about such requests, and without one makes a
 * time or keeping asked of it the privacy duty; how, where or what something is done now is the current
 * setup; data arriving late or revised goes to the fact this case wrote about it, whatever its topic; a
 * volume put up to be checked ("is 10k auths per second about right?") asks today's volume; who is called
 * out when the system fails ("who gets woken up if the load breaks?") asks its availability, and so does alerting
 * on the pipeline's own health in the line's first ask ("do we alert on consumer lag?"), whose lag is what is
 * watched, not a freshness need; "how long for raw messages and the audit logs?" asks how long each is kept; one
 * platform for every country or site, or one each ("a deployment per country?"), asks what is being built.
 */
function readAsked(text: string, topicScores: Float64Array, factScores: Float64Array, index: ClarifyIndex): void {
  const now = TOPIC_INDEX.scale_now;
  const volume = topicScores[now] ?? 0;
  const baseline = baselineComparisonCue(text);
  if (baseline !== null && (volume > 0 || isExtremeOfTime(baseline))) {
    // "The heaviest minute" is a load at its extreme even when no volume word comes with it.
    topicScores[TOPIC_INDEX.scale_growth] = (topicScores[TOPIC_INDEX.scale_growth] ?? 0) + Math.max(volume, BASELINE_WEIGHT) + BASELINE_WEIGHT;
    topicScores[now] = volume * BASELINE_VOLUME_FACTOR;
  }
  if (baseline === null && asksCount(text) && namesPeak(text)) shiftPeakFigure(text, topicScores, factScores, index);
  // A person asking in plain words for their data to go ("asks us to delete their data") is such a request too.
  if (privacyRequestCue(text) !== null || deletionAskCue(text) !== null) {
    // The facts this case wrote about such requests answer it, whatever their topic; without one, privacy does.
    for (const factIndex of index.requestFacts) factScores[factIndex] = (factScores[factIndex] ?? 0) + PRIVACY_REQUEST_WEIGHT;
    const toPrivacy = index.requestFacts.length === 0 || index.requestFacts.some((factIndex) => index.facts[factIndex]?.topic === 'pii_security');
    if (toPrivacy) {
      // How fast a request is honoured, or what survives it, is the privacy duty.
      let shifted = PRIVACY_REQUEST_WEIGHT;
      for (const slot of [TOPIC_INDEX.latency_sla, TOPIC_INDEX.retention]) {
        shifted += (topicScores[slot] ?? 0) * (1 - PRIVACY_SHIFT_FACTOR);
        topicScores[slot] = (topicScores[slot] ?? 0) * PRIVACY_SHIFT_FACTOR;
      }
      topicScores[TOPIC_INDEX.pii_security] = (topicScores[TOPIC_INDEX.pii_security] ?? 0) + shifted;
    }
  }
  const responder = failureResponderCue(text) !== null;
  if (responder) {
    topicScores[TOPIC_INDEX.availability] = (topicScores[TOPIC_INDEX.availability] ?? 0) + FAILURE_RESPONDER_WEIGHT;
  }
  // A team asked about without a failure ("does the integration team have an on-call rota?") is the current setup.
  const operating = !responder && inFirstAsk(text, operatingTeamCue) && !FAILURE_WORD.test(text);
  if (operating) {
    let shifted = OPERATING_TEAM_WEIGHT;
    for (const slot of [TOPIC_INDEX.availability, TOPIC_INDEX.consumers]) {
      shifted += (topicScores[slot] ?? 0) * (1 - TEAM_SHIFT_FACTOR);
      topicScores[slot] = (topicScores[slot] ?? 0) * TEAM_SHIFT_FACTOR;
    }
    topicScores[TOPIC_INDEX.existing_systems] = (topicScores[TOPIC_INDEX.existing_systems] ?? 0) + shifted;
  }
  if (inFirstAsk(text, residencyCue)) {
    // The countries and regions named are where the data may live: the residency rules, not uptime or scope.
    let shifted = RESIDENCY_WEIGHT;
    for (const slot of [TOPIC_INDEX.availability, TOPIC_INDEX.scope_reference, TOPIC_INDEX.existing_systems]) {
      shifted += (topicScores[slot] ?? 0) * (1 - TENANCY_SHIFT_FACTOR);
      topicScores[slot] = (topicScores[slot] ?? 0) * TENANCY_SHIFT_FACTOR;
    }
    topicScores[TOPIC_INDEX.pii_security] = (topicScores[TOPIC_INDEX.pii_security] ?? 0) + shifted;
  }
  if (systemKindComparisonCue(text) !== null) {
    // Two kinds of system set side by side are what the system is: transactional, analytical or both.
    let shifted = SYSTEM_KIND_WEIGHT;
    for (const slot of [TOPIC_INDEX.data_format, TOPIC_INDEX.scope_reference, TOPIC_INDEX.latency_sla]) {
      shifted += (topicScores[slot] ?? 0) * (1 - TENANCY_SHIFT_FACTOR);
      topicScores[slot] = (topicScores[slot] ?? 0) * TENANCY_SHIFT_FACTOR;
    }
    topicScores[TOPIC_INDEX.oltp_vs_olap] = (topicScores[TOPIC_INDEX.oltp_vs_olap] ?? 0) + shifted;
  }
  if (watchesFirst(text) && !operating) {
    // The lag or staleness named is what the alert watches, not how fresh the output must be.
    const lag = topicScores[TOPIC_INDEX.latency_sla] ?? 0;
    topicScores[TOPIC_INDEX.availability] = (topicScores[TOPIC_INDEX.availability] ?? 0) + PIPELINE_WATCH_WEIGHT + lag * (1 - WATCHED_LAG_FACTOR);
    topicScores[TOPIC_INDEX.latency_sla] = lag * WATCHED_LAG_FACTOR;
  }
  if (keptListCue(text) !== null) {
    topicScores[TOPIC_INDEX.retention] = (topicScores[TOPIC_INDEX.retention] ?? 0) + KEPT_LIST_WEIGHT;
  }
  if (tenancyCue(text) !== null) {
    // The countries, legal entities or deployments named are what the platform would be split by, not a residency, model or uptime question.
    let shifted = TENANCY_WEIGHT;
    for (const slot of [TOPIC_INDEX.pii_security, TOPIC_INDEX.entities, TOPIC_INDEX.availability]) {
      shifted += (topicScores[slot] ?? 0) * (1 - TENANCY_SHIFT_FACTOR);
      topicScores[slot] = (topicScores[slot] ?? 0) * TENANCY_SHIFT_FACTOR;
    }
    topicScores[TOPIC_INDEX.scope_reference] = (topicScores[TOPIC_INDEX.scope_reference] ?? 0) + shifted;
  }
  if (tenancyCue(text) === null && scopeExtentCue(text) !== null) {
    // The units named ("the German shop", "all five plants") are what the build covers, not a residency, model or first feature.
    let shifted = SCOPE_EXTENT_WEIGHT;
    for (const slot of [TOPIC_INDEX.pii_security, TOPIC_INDEX.entities, TOPIC_INDEX.priority_feature]) {
      shifted += (topicScores[slot] ?? 0) * (1 - TENANCY_SHIFT_FACTOR);
      topicScores[slot] = (topicScores[slot] ?? 0) * TENANCY_SHIFT_FACTOR;
    }
    topicScores[TOPIC_INDEX.scope_reference] = (topicScores[TOPIC_INDEX.scope_reference] ?? 0) + shifted;
  }
  if (teamSkillsCue(text) !== null) {
    // The engineers named are the team whose skills are asked, not readers of the output.
    const consumers = topicScores[TOPIC_INDEX.consumers] ?? 0;
    topicScores[TOPIC_INDEX.existing_systems] = (topicScores[TOPIC_INDEX.existing_systems] ?? 0) + TEAM_SKILLS_WEIGHT + consumers * (1 - TEAM_SHIFT_FACTOR);
    topicScores[TOPIC_INDEX.consumers] = consumers * TEAM_SHIFT_FACTOR;
  }
  if (inFirstAsk(text, accessPermissionCue)) {
    // The people named are those who may see the data, not readers of the output; a later ask ("how long do we keep
    // traces, and who may see them?") is read in its own clause, and the first keeps the line's topic.
    const consumers = topicScores[TOPIC_INDEX.consumers] ?? 0;
    topicScores[TOPIC_INDEX.pii_security] = (topicScores[TOPIC_INDEX.pii_security] ?? 0) + ACCESS_PERMISSION_WEIGHT + consumers * (1 - TEAM_SHIFT_FACTOR);
    topicScores[TOPIC_INDEX.consumers] = consumers * TEAM_SHIFT_FACTOR;
  }
  if (inFirstAsk(text, outputOwnershipCue)) {
    // The owner of a number or a dashboard is the stakeholder it is built for: "owns" names no system run today.
    const existing = topicScores[TOPIC_INDEX.existing_systems] ?? 0;
    topicScores[TOPIC_INDEX.consumers] = (topicScores[TOPIC_INDEX.consumers] ?? 0) + OUTPUT_OWNERSHIP_WEIGHT + existing * (1 - TEAM_SHIFT_FACTOR);
    topicScores[TOPIC_INDEX.existing_systems] = existing * TEAM_SHIFT_FACTOR;
  }
  if (visibilityDeadlineCue(text) !== null) {
    topicScores[TOPIC_INDEX.latency_sla] = (topicScores[TOPIC_INDEX.latency_sla] ?? 0) + VISIBILITY_DEADLINE_WEIGHT;
  }
  if (LOSS_WORD.test(text) && readAcceptedLoss(readText(text)) !== undefined) {
    // What is lost is named as data ("a few readings"), not a volume asked: the line asks the tolerated loss.
    const volume = topicScores[now] ?? 0;
    topicScores[TOPIC_INDEX.availability] = (topicScores[TOPIC_INDEX.availability] ?? 0) + ACCEPTED_LOSS_WEIGHT + volume * (1 - TEAM_SHIFT_FACTOR);
    topicScores[now] = volume * TEAM_SHIFT_FACTOR;
  }
  if (inFirstAsk(text, neededByCue)) {
    // The people named ("by when does finance need ...") are whose deadline it is, not readers asked about.
    const consumers = topicScores[TOPIC_INDEX.consumers] ?? 0;
    topicScores[TOPIC_INDEX.latency_sla] = (topicScores[TOPIC_INDEX.latency_sla] ?? 0) + VISIBILITY_DEADLINE_WEIGHT + consumers * (1 - TEAM_SHIFT_FACTOR);
    topicScores[TOPIC_INDEX.consumers] = consumers * TEAM_SHIFT_FACTOR;
  }
  if (proposedVolume(text) !== null) {
    // The interviewer answers with the real figure, not with a yes: the line asks the volume.
    topicScores[now] = (topicScores[now] ?? 0) + PROPOSED_VOLUME_WEIGHT;
  }
  if (historySourceCue(text) !== null) {
    // The history asked about is the old system's, so what exists today answers it, not how long we keep data.
    topicScores[TOPIC_INDEX.existing_systems] = (topicScores[TOPIC_INDEX.existing_systems] ?? 0) + HISTORY_SOURCE_WEIGHT;
    topicScores[TOPIC_INDEX.retention] = (topicScores[TOPIC_INDEX.retention] ?? 0) * HISTORY_RETENTION_FACTOR;
    // "load historical HL7 messages from before go-live?" names what is loaded, it does not ask how many.
    if (!asksCount(text)) topicScores[now] = (topicScores[now] ?? 0) * HISTORY_VOLUME_FACTOR;
  }
  if (presentPracticeCue(text) !== null) {
    topicScores[TOPIC_INDEX.existing_systems] = (topicScores[TOPIC_INDEX.existing_systems] ?? 0) + PRESENT_PRACTICE_WEIGHT;
  }
  const late = index.lateFacts.length > 0 ? lateArrivalCue(text) : null;
  if (late !== null) {
    // The fact answers when it says the thing asked about arrives late ("pings", "readings"): the line's
    // words besides the lateness itself meet the fact's text.
    const cueStems = new Set(contentStems(analyse(late)));
    const asked = contentStems(analyse(text)).filter((stem) => !cueStems.has(stem));
    for (const { factIndex, stems } of index.lateFacts) {
      if (asked.some((stem) => stems.has(stem))) factScores[factIndex] = (factScores[factIndex] ?? 0) + LATE_ARRIVAL_WEIGHT;
    }
  }
}

/** Whether `cue` reads the line and its first ask (a line of one ask is its own first ask). */
function inFirstAsk(text: string, cue: (line: string) => string | null): boolean {
  if (cue(text) === null) return false;
  const first = splitAskedClauses(text)[0];
  return first === undefined || cue(first) !== null;
}

/**
 * Whether the line asks how the pipeline's health is watched (lib/text/pipeline-monitoring) in its first ask: in a
 * line of several questions ("how stale can stock be, ..., and who gets paged if the load fails?") a later ask is
 * read in its own clause, and the first keeps the line's topic.
 */
function watchesFirst(text: string): boolean {
  const cue = pipelineWatchCue(text);
  if (cue === null) return false;
  const first = splitAskedClauses(text)[0];
  return first === undefined || pipelineWatchCue(first) !== null;
}

/** A count asked at a peak the case states among today's volumes: that volume's weight on top of the peak reading's. */
const PEAK_FIGURE_WEIGHT = 2;
/** Fewest counted words a line must share with a sentence stating a peak figure to be answered by it ("drivers", "online"). */
const PEAK_FIGURE_MIN_SHARED = 2;

/**
 * A count asked at its peak ("how many drivers are online at peak?") where this case states that very peak among
 * today's volumes ("... and 200,000 at the evening peak"): today's volume answers it, not how much busier peaks
 * are. Only when a sentence of a scale_now fact shares more of what the line counts than any scale_growth one.
 */
function shiftPeakFigure(text: string, topicScores: Float64Array, factScores: Float64Array, index: ClarifyIndex): void {
  const counted = countedStems(text);
  let best: { factIndex: number; shared: number } | null = null;
  let growthShared = 0;
  for (const { factIndex, stems } of index.peakFigureFacts) {
    const shared = [...counted].filter((stem) => stems.has(stem)).length;
    if (index.facts[factIndex]?.topic === 'scale_growth') growthShared = Math.max(growthShared, shared);
    else if (!best || shared > best.shared) best = { factIndex, shared };
  }
  if (!best || best.shared < PEAK_FIGURE_MIN_SHARED || best.shared <= growthShared) return;
  const growth = topicScores[TOPIC_INDEX.scale_growth] ?? 0;
  topicScores[TOPIC_INDEX.scale_now] = (topicScores[TOPIC_INDEX.scale_now] ?? 0) + growth + PEAK_FIGURE_WEIGHT;
  topicScores[TOPIC_INDEX.scale_growth] = growth * BASELINE_VOLUME_FACTOR;
  factScores[best.factIndex] = (factScores[best.factIndex] ?? 0) + PEAK_FIGURE_WEIGHT;
}

/** What the nearest examples say, against the rules' cue weights: a crowd of near examples (votes up to 7) outweighs a few weak cues. */
const EXAMPLE_WEIGHT = 9;

/** Each topic's best candidate (a topic with facts by its best fact), best first, and how surely the best is meant. */
function rankCandidates(topicScores: Float64Array, factScores: Float64Array, offTopic: number, index: ClarifyIndex): Scored {
  const best = new Map<ClarifyTopic, Candidate>();
  for (const topic of CLARIFY_TOPICS) {
    if (!index.topicsWithFacts.has(topic)) best.set(topic, { topic, factIndex: null, score: topicScores[TOPIC_INDEX[topic]] ?? 0 });
  }
  index.facts.forEach((fact, factIndex) => {
    const score = (topicScores[TOPIC_INDEX[fact.topic]] ?? 0) + (factScores[factIndex] ?? 0);
    const current = best.get(fact.topic);
    // Strictly greater: on a tie the fact listed first in the rubric wins.
    if (!current || score > current.score) best.set(fact.topic, { topic: fact.topic, factIndex, score });
  });

  const ranked = [...best.values()].sort((a, b) => b.score - a.score || TOPIC_INDEX[a.topic] - TOPIC_INDEX[b.topic]);
  const top = ranked[0]?.score ?? 0;
  // An off-topic cue (budget, the interview itself) competes like a topic: when it is as strong
  // as the best topic, the question is about neither and the interviewer should say so.
  const runnerUp = Math.max(ranked[1]?.score ?? 0, offTopic);
  if (!(top > 0) || offTopic >= top) return { ranked, confidence: 0 };
  const strength = 1 - Math.exp(-top / CONFIDENCE_SCALE);
  const margin = (top - runnerUp) / top;
  return { ranked, confidence: round3(strength * (0.5 + 0.5 * margin)) };
}

/**
 * A line's candidates. The rules (cues, premises, what is asked) say whether the line asks a topic at
 * all and how surely (`confidence`); when they are sure enough, the nearest examples (lib/clarify/example-bank)
 * vote with them on WHICH topic, so a phrasing no rule foresaw still reaches its topic. A line the rules
 * do not read as a topic question (small talk about the interview, a vague "what about the numbers?") keeps
 * the rules' ranking and is not answered from the examples.
 */
function scoreText(line: string, index: ClarifyIndex, bank: ExampleBank | null): Scored {
  // A question after a preamble of the candidate's own assumptions asks what its last sentence asks (lib/text/assumption-preamble).
  const preamble = splitAssumptionPreamble(line);
  const text = preamble ? preamble.asked : line;
  const analysed = index.readCorrected(text, MAX_QUESTION_CHARS);
  const { topicScores, factScores, offTopic } = lineScores(text, index);
  readAsked(text, topicScores, factScores, index);
  if (preamble) {
    const set = cueScores(index.readCorrected(preamble.preamble, MAX_QUESTION_CHARS).stems, index);
    set.topicScores.forEach((value, slot) => {
      topicScores[slot] = (topicScores[slot] ?? 0) + value * PREAMBLE_FACTOR;
    });
    set.factScores.forEach((value, slot) => {
      factScores[slot] = (factScores[slot] ?? 0) + value * PREAMBLE_FACTOR;
    });
  }

  const mentioned = new Set(index.entities.matchAll(analysed).map((match) => match.id));
  if (mentioned.size >= 2) {
    const slot = TOPIC_INDEX.entities;
    topicScores[slot] = (topicScores[slot] ?? 0) + Math.min(MAX_ENTITY_BOOST, ENTITY_MENTION_BOOST * (mentioned.size - 1));
  }

  // The team whose skills are asked ("are the engineers at home in Scala?") is no question of headcount or hiring.
  const offTopicRead = teamSkillsCue(text) !== null ? offTopic * TEAM_SHIFT_FACTOR : offTopic;
  const rules = rankCandidates(topicScores, factScores, offTopicRead, index);
  if (!bank || rules.confidence < CONFIDENCE_THRESHOLD) return rules;
  const combined = Float64Array.from(topicScores);
  exampleVotes(analysed.stems, bank).forEach((vote, slot) => {
    combined[slot] = (combined[slot] ?? 0) + EXAMPLE_WEIGHT * (1 - rules.confidence) * vote;
  });
  return rankCandidates(combined, factScores, offTopicRead, index);
}

/** The topic one bare item names ("latency"), or null when the matcher is not confident. */
function topTopic(item: string, index: ClarifyIndex, bank: ExampleBank): ClarifyTopic | null {
  const scored = scoreText(item, index, bank);
  return scored.confidence >= CONFIDENCE_THRESHOLD ? (scored.ranked[0]?.topic ?? null) : null;
}

function answerFor(candidate: Candidate, index: ClarifyIndex): { factId: string | null; answer: string } {
  const fact = candidate.factIndex === null ? undefined : index.facts[candidate.factIndex];
  return fact ? { factId: fact.id, answer: fact.answer } : { factId: null, answer: noFactLine(candidate.topic) };
}

type ClauseMatch = { clause: string; candidate: Candidate; confidence: number };

function clauseMatches(clauses: readonly string[], index: ClarifyIndex, bank: ExampleBank | null): ClauseMatch[] {
  return clauses.flatMap((clause) => {
    const scored = scoreText(clause, index, bank);
    const candidate = scored.ranked[0];
    return candidate && scored.confidence >= CONFIDENCE_THRESHOLD ? [{ clause, candidate, confidence: scored.confidence }] : [];
  });
}

/** The surest clause of each topic other than `topic`, most confident first (on a tie, the one asked first). */
function otherTopicClauses(matches: readonly ClauseMatch[], topic: ClarifyTopic): ClauseMatch[] {
  const best = new Map<ClarifyTopic, ClauseMatch>();
  for (const match of matches) {
    if (match.candidate.topic === topic) continue;
    const current = best.get(match.candidate.topic);
    if (!current || match.confidence > current.confidence) best.set(match.candidate.topic, match);
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}

/** One clause's answer as a further topic of its line, in the clause's own form. */
function secondaryOf(clause: ClauseMatch, index: ClarifyIndex, line: LineForm): SecondaryMatch {
  return { topic: clause.candidate.topic, confidence: clause.confidence, form: clauseForm(clause.clause, line), ...answerFor(clause.candidate, index) };
}

/** The best-matching clause per topic, most confident first. */
function bestClauseFor(matches: readonly ClauseMatch[], topic: ClarifyTopic): ClauseMatch | undefined {
  let chosen: ClauseMatch | undefined;
  for (const match of matches) {
    if (match.candidate.topic === topic && (!chosen || match.confidence > chosen.confidence)) chosen = match;
  }
  return chosen;
}

/**
 * How a line is put, as an interviewer hears it: a tag question that confirms a concrete understanding
 * ("So about 5 minutes is fine for the dashboard, right?") asks; one that assumes the requirement away
 * leads, also with its tag mid-line ("Volume is small, isn't it, so ...?") or as "..., that's fine?". A
 * question typed without its "?" after a clause is still a question.
 */
export function readForm(text: string): FormReading {
  return readFormOnce(text);
}

// One line's form is read again for its clauses and halves (clauseForm, the asked order), so the last few are kept.
const readFormOnce = memoLast((text: string): FormReading => {
  // Declining to ask ("I'd rather not take up your time with questions; ...") decides, it asks nothing (lib/text/interview-meta).
  if (declinesToAskCue(text) !== null) return { form: 'statement', cue: null };
  // Handing the questions back ("Is there anything you'd like me to ask?") is about the interview, like small talk.
  if (asksWhatToAskCue(text) !== null && splitClauses(text).every((clause) => asksWhatToAskCue(clause) !== null || !isQuestionLike(clause))) {
    return { form: 'small-talk', cue: null };
  }
  // Handing the design back ("Which tools would you pick to be HIPAA compliant?") asks the interviewer for the answer, no requirement.
  if (asksForSolutionCue(text) !== null && splitClauses(text).every((clause) => asksForSolutionCue(clause) !== null || !isQuestionLike(clause))) {
    return { form: 'small-talk', cue: null };
  }
  const reading = readQuestionForm(text);
  // A string of terms with a question mark ("HIPAA GDPR PHI Safe Harbor de-identification?") names topics and asks none of them: a bare word.
  if ((reading.form === 'question' || reading.form === 'leading') && isTermString(text)) return { form: 'fragment', cue: null };
  if (reading.form === 'leading' && confirmsUnderstanding(text)) return { form: 'question', cue: null };
  // A question typed without its "?" after a clause ("if the feed dies what happens, whats the uptime target").
  if (reading.form === 'statement' && holdsUnmarkedQuestion(text)) return { form: 'question', cue: null };
  // A worry of the speaker's own put to the interviewer ("I'm worried a re-run double-counts") asks whether it is real.
  if (reading.form === 'statement' && worryStatementCue(text) !== null) return { form: 'question', cue: null };
  if (reading.form === 'question' || reading.form === 'statement') {
    const cue = assumedAnswerCue(text);
    if (cue !== null) return { form: 'leading', cue };
  }
  return reading;
}, 64);

/** A line as asked, for reading the form of its clauses: `commaCut` holds the parts split off at a comma before a question word. */
type LineForm = { text: string; form: QuestionForm; commaCut?: ReadonlySet<string> };

/** A later clause that points back at the one before ("..., and how does that square with erasure?"). */
const REFERS_BACK = /\b(?:that|this|it|those|these|them)\b/i;

/**
 * A clause's form, judged on its own: "..., and we can ignore GDPR, right?" leads only in its second half.
 * A bare noun phrase that a real question in the same line takes up ("retention for financial records,
 * and how does that square with GDPR erasure?") is asked by that question, so it is no bare word.
 */
function clauseForm(clause: string, line?: LineForm): QuestionForm {
  const { form } = readForm(clause);
  // A short question cut off at a comma ("what exists today, where do balances live, ...") was asked as one.
  if (form === 'fragment' && line?.form === 'question' && line.commaCut?.has(clause)) return 'question';
  if (form === 'fragment' && line && line.form === 'question' && !clause.trim().endsWith('?')) {
    const at = line.text.indexOf(clause);
    if (at >= 0 && REFERS_BACK.test(line.text.slice(at + clause.length))) return 'question';
  }
  // A clause cut out of a question is a question even when it reads like a fragment of one ("how much data per day").
  return form === 'statement' || form === 'small-talk' || form === 'empty' ? 'question' : form;
}

/**
 * The line without what it took back: a clause withdrawn by a retraction (lib/text/retraction) goes,
 * with the assumption that follows it ("..., let's assume it's small"), up to the next real question.
 */
function withoutWithdrawn(text: string): { kept: string; withdrawn: string[] } {
  const clauses = splitClauses(text);
  const kept: string[] = [];
  const withdrawn: string[] = [];
  let dropping = false;
  clauses.forEach((clause, at) => {
    const next = clauses[at + 1];
    if (isRetracted(clause) || (next !== undefined && !isRetracted(next) && isRetracted(`${clause} ${next}`))) {
      withdrawn.push(clause);
      dropping = true;
      return;
    }
    // After a retraction, only a new question counts again; the assumption that replaced the question does not.
    if (dropping && !clause.trim().endsWith('?')) return;
    dropping = false;
    kept.push(clause);
  });
  return { kept: withdrawn.length > 0 ? kept.join(' ') : text, withdrawn };
}

/**
 * The scripted interviewer: finds the rubric fact a clarifying question asks about and answers
 * with its text, or says it did not understand (offering the two closest topics), or nudges when
 * the learner made a statement or small talk. Typos are corrected towards the case's vocabulary
 * first. A compound question gets both halves answered (`second`). Each match says how the
 * question was put (`form`), which the score uses. Deterministic and never throws.
 */
export function matchQuestion(question: string, rubric: ClarifyCase, options: MatchOptions = {}): QuestionMatch {
  const index = getClarifyIndex(rubric);
  const text = (typeof question === 'string' ? question : '').slice(0, MAX_QUESTION_CHARS).trim();
  // Spoken hesitation ("so, um, when ..., how fast does the, uh, alert ...") is read without its sounds, whose commas cut no clause.
  const spoken = withoutSpokenFillers(text);
  if (spoken !== text && /[\p{L}\p{N}]/u.test(spoken) && !isSmallTalk(text)) return { ...matchQuestion(spoken, rubric, options), question: text };
  // A link or a book title asks nothing of this business (lib/text/cited-references.ts): the line is read without it.
  const uncited = blankCitations(text).replace(/\s+/g, ' ').trim();
  if (uncited !== text.replace(/\s+/g, ' ').trim()) return { ...matchQuestion(uncited, rubric, options), question: text };
  const reading = readForm(text);
  const base = { question: text, topic: null, factId: null, confidence: 0, suggestions: [], form: reading.form };

  // An ask put off until later ("availability we'd figure out in the next phase"), put as a question or not, is not
  // asked: only the rest of the line is.
  const later = reading.form === 'empty' || reading.form === 'small-talk' ? null : readDeferredAsks(text);
  if (later && later.deferred.length > 0) {
    const deferredWords = later.deferred.join(' ');
    if (!/[\p{L}\p{N}]/u.test(later.kept)) return { ...base, answer: DEFERRED_LINE, kind: 'not-a-question', unasked: 'deferred', deferred: deferredWords };
    return { ...matchQuestion(later.kept, rubric, options), question: text, deferred: deferredWords };
  }

  switch (reading.form) {
    case 'empty':
      return { ...base, answer: EMPTY_QUESTION_LINE, kind: 'not-a-question' };
    case 'small-talk':
      return { ...base, answer: SMALL_TALK_LINE, kind: 'not-a-question' };
    case 'statement':
      return { ...base, answer: NOT_A_QUESTION_LINE, kind: 'not-a-question' };
    case 'question':
    case 'leading':
    case 'fragment':
      break;
    default:
      assertNever(reading.form, 'question form');
  }

  const { kept, withdrawn } = withoutWithdrawn(text);
  if (withdrawn.length > 0) {
    const withdrawnWords = withdrawn.join(' ');
    if (!/[\p{L}\p{N}]/u.test(kept)) return { ...base, answer: WITHDRAWN_LINE, kind: 'not-a-question', unasked: 'withdrawn', withdrawn: withdrawnWords };
    return { ...matchQuestion(kept, rubric, options), question: text, withdrawn: withdrawnWords };
  }
  if (readsBriefBack(text, index)) return { ...base, answer: ECHO_LINE, kind: 'not-a-question', unasked: 'echo' };
  const pitched = readToolPitch(text);
  if (pitched) return { ...base, answer: PITCH_LINE, kind: 'not-a-question', unasked: 'pitch', pitched };
  const organisation = otherOrganisationAsked(text);
  if (organisation !== null && !contentStems(analyse(organisation)).every((stem) => index.worksWith.has(stem))) {
    return { ...base, answer: otherOrganisationLine(organisation), kind: 'not-a-question', unasked: 'other-organisation', organisation };
  }

  const bank = index.exampleBank(options.heldOut);
  const scored = scoreText(text, index, bank);
  const top = scored.ranked[0];
  if (!top || scored.confidence < CONFIDENCE_THRESHOLD) {
    const suggestions = scored.ranked.slice(0, 2).map((candidate) => candidate.topic);
    return { ...base, confidence: scored.confidence, answer: unsureLine(suggestions), kind: 'unsure', suggestions };
  }

  const match: QuestionMatch = {
    ...base,
    topic: top.topic,
    confidence: scored.confidence,
    kind: 'answer',
    ...answerFor(top, index),
  };
  if (reading.cue !== null) match.formCue = reading.cue;
  const assumed = selfAnswerCue(text);
  if (assumed !== null) match.assumed = assumed;
  // A leading line, one answering itself, and one confirming an understanding ("So we model it on Amazon,
  // right?") all put an assumption to the interviewer: when the facts rule it out, it is corrected, not answered.
  if (reading.form === 'leading' || assumed !== null || confirmsUnderstanding(text)) {
    const conflict = readAssumptionConflict(text, index.facts.filter((fact) => fact.topic === top.topic).map((fact) => fact.answer), index.factAnswers);
    if (conflict) match.contradicts = conflict;
  }
  const listed = readOmnibus(text, (item) => topTopic(item, index, bank));
  if (listed) {
    // A catch-all list is a keyword list in one line: the interviewer answers the first topic, each listed one earns as a bare word.
    delete match.formCue;
    return { ...match, form: 'fragment', listed };
  }
  const clauses = splitAskedClauses(text);
  if (clauses.length > 1) {
    const whole = new Set(splitClauses(text));
    const line: LineForm = { text, form: reading.form, commaCut: new Set(clauses.filter((clause) => !whole.has(clause))) };
    const matches = clauseMatches(clauses, index, null);
    const own = bestClauseFor(matches, top.topic);
    if (own) {
      const form = clauseForm(own.clause, line);
      match.form = form;
      if (form === 'leading') match.formCue = readForm(own.clause).cue ?? reading.cue ?? '?';
      else delete match.formCue;
    }
    // The other topics asked by clauses of their own, the surest clause per topic, most confident first.
    const others = otherTopicClauses(matches, top.topic);
    const second = others[0];
    if (second) {
      match.second = secondaryOf(second, index, line);
      // A third topic in a clause of its own ("..., how long do we keep them, and who reads the scores?") is answered and counts too.
      const more = others.slice(1, MAX_TOPICS_PER_LINE - 1).map((clause) => secondaryOf(clause, index, line));
      if (more.length > 0) match.more = more;
      // Two questions in one line are answered in the order asked ("How much data per day and how long do we keep it?"):
      // an earlier half read at least as surely as the line's main topic leads. A weaker earlier half is the lead-in
      // to the real question ("Would a columnar store fit, i.e. are we doing big aggregations?") and stays second.
      if (own && second.confidence >= match.confidence && text.indexOf(second.clause) < text.indexOf(own.clause)) return inAskedOrder(match, readForm(second.clause).cue);
    }
  } else if (match.form === 'question' || match.form === 'leading') {
    // One question naming two topics ("the retention and the freshness needed?"): each is answered, in the question's own form.
    const other = clauseMatches(coordinatedHalves(text), index, null).filter((candidate) => candidate.candidate.topic !== top.topic);
    const second = other.reduce<ClauseMatch | undefined>((best, candidate) => (!best || candidate.confidence > best.confidence ? candidate : best), undefined);
    if (second) match.second = { topic: second.candidate.topic, confidence: second.confidence, form: match.form, ...answerFor(second.candidate, index) };
  }
  const ground = statedGround(text);
  if (ground !== null) {
    // The ground's own topic, read on its own words: a guess that shows the topic, unless the line asks it anyway.
    const asked = new Set([top.topic, match.second?.topic, ...(match.more ?? []).map((further) => further.topic)]);
    const named = scoreText(ground, index, null).ranked.find((candidate) => !asked.has(candidate.topic) && candidate.score >= WEAK_CORE_SCORE);
    if (named) match.groundAssumed = { topic: named.topic, ground };
  }
  if (!match.second) {
    const implied = impliedSecond(text, top.topic, index);
    const candidate = implied && scored.ranked.find((entry) => entry.topic === implied);
    if (candidate) match.second = { topic: candidate.topic, confidence: round3(scored.confidence / 2), form: match.form, ...answerFor(candidate, index) };
  }
  return match;
}

/** The match with its second answer first: the half asked first leads, the other follows as `second`. */
function inAskedOrder(match: QuestionMatch, secondCue: string | null | undefined): QuestionMatch {
  const { second } = match;
  if (!second || match.topic === null) return match;
  const { formCue: _firstCue, ...rest } = match;
  const lead: QuestionMatch = { ...rest, topic: second.topic, confidence: second.confidence, form: second.form, factId: second.factId, answer: second.answer };
  lead.second = { topic: match.topic, confidence: match.confidence, form: match.form, factId: match.factId, answer: match.answer };
  if (second.form === 'leading') lead.formCue = secondCue ?? '?';
  return lead;
}

/**
 * The topic a line asks along with its main one without a clause of its own: a count asked against its
 * usual level ("how many requests come in compared with a normal evening?") asks today's volume as well
 * as the peak, and late data answered by a fact of another topic ("do the pings show up late?", a format
 * fact) is a freshness question too, and what an output must show ("what should the census show?", lib/text/use-case-ask)
 * asks what is being built as well as its readers or first feature. Null when there is none.
 */
function impliedSecond(text: string, topic: ClarifyTopic, index: ClarifyIndex): ClarifyTopic | null {
  if (topic === 'scale_growth' && asksCount(text) && baselineComparisonCue(text) !== null) return 'scale_now';
  // What an output must show its users ("what should the census show?") is its use case: what is being built.
  if ((topic === 'priority_feature' || topic === 'consumers') && outputUseCaseCue(text) !== null) return 'scope_reference';
  if (topic !== 'latency_sla' && lateArrivalCue(text) !== null && index.lateFacts.some(({ factIndex }) => index.facts[factIndex]?.topic === topic)) {
    return 'latency_sla';
  }
  return null;
}
