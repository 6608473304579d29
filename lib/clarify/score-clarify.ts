import { withGraderAddressFinding } from '../scoring/grader-address-finding';
import { CLARIFY_TOPIC_LABELS, CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import { topicLabelInSentence } from '../content/topic-label';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { capOffCase, readCaseFit, readOffCaseLines } from '../text/case-fit';
import { splitPastedQuestions } from '../text/pasted-questions';
import { NOT_A_QUESTION_LINE, otherBusinessLine } from './interviewer-lines';
import { linesPutForConfirmation } from '../text/confirmation';
import { assertNever } from '../util/assert-never';
import type { ClarifyCase } from './clarify-index';
import { coverageAboveKnee } from './coverage-knee';
import { matchEntities } from './match-entities';
import { matchQuestion } from './match-question';
import { ridingFollowUps } from './read-follow-ups';
import type { QuestionMatch } from './match-question';
import { TOPIC_EXAMPLE_QUESTIONS } from './topic-examples';
import { TOPIC_REASONS } from './topic-reasons';
import { MAX_ENTITIES, MAX_ENTITY_CHARS, MAX_QUESTIONS } from './transcript-schema';
import type { ClarifyTranscript } from './transcript-schema';

/** Points for asking about a topic, per unit of the topic's weight. */
export const TOPIC_POINTS = 10;
/** Points per core entity named. */
export const ENTITY_POINTS = 3;
/** Points for agreeing on scope before sizing the system. */
export const ORDER_POINTS = 10;

/** Share of a topic's points earned when it was asked only as a leading question or a bare word. */
export const PARTIAL_QUESTION_SHARE = 0.5;
/** Share of a topic's points for a question the candidate answered themself ("..? Probably a few hundred"): little, nothing was learned. */
export const SELF_ANSWERED_SHARE = 0.2;
/**
 * Share of a topic's points for a bare word when the transcript is a keyword list (see
 * `readKeywordList`): like a term only listed in a deep dive, a quarter.
 */
export const KEYWORD_LIST_SHARE = 0.25;
/** A transcript is a keyword list when at least this many questions were put and this share of them are bare words. */
export const KEYWORD_LIST_MIN_QUESTIONS = 4;
export const KEYWORD_LIST_FRAGMENT_SHARE = 2 / 3;

/**
 * How a topic was asked: in full, or only leading or as a fragment (answered, but half the points).
 * `listedWith` counts the topics of the catch-all line it was only named in, which share one question's worth.
 */
export type TopicAsking = { index: number; question: string; form: 'question' | 'leading' | 'fragment' | 'assumed' | 'contradicted'; cue: string | null; listedWith?: number };

/**
 * An entity list that names most of the core entities one by one settles the entities topic as well as
 * asking "what are the main entities?" would: the learner modelled the domain themselves. "Most" is two
 * in three core entities; an item naming more than two entities at once ("rider driver trip zone ...")
 * is a stuffed list and counts for none.
 */
export const ENTITY_LIST_TOPIC_SHARE = 2 / 3;
const MAX_ENTITIES_PER_ITEM = 2;

/** The core entities named one by one in the list, or null when they are too few to settle the entities topic. */
export function entityListSettlesTopic(analysis: Pick<ClarifyAnalysis, 'listedEntityIds'>, rubric: ClarifyCase): string[] | null {
  const core = rubric.steps.clarify.entities.filter((entity) => entity.core);
  const listed = new Set(analysis.listedEntityIds);
  const named = core.filter((entity) => listed.has(entity.id));
  return core.length > 0 && named.length >= core.length * ENTITY_LIST_TOPIC_SHARE ? named.map((entity) => entity.label) : null;
}

/** The seed method: agree what you build (scope) before you size it (scale). */
export const SCOPE_TOPICS: readonly ClarifyTopic[] = ['scope_reference', 'oltp_vs_olap', 'consumers'];
export const SCALE_TOPICS: readonly ClarifyTopic[] = ['scale_now', 'scale_growth'];

export type ClarifyAnalysis = {
  matches: QuestionMatch[];
  /** Topics asked, each with the index of the first question that asked it. */
  topicsAsked: Map<ClarifyTopic, number>;
  /** Per topic asked, the best way it was asked: the first whole question, else the first leading or fragment one. */
  topicAskings: Map<ClarifyTopic, TopicAsking>;
  /** Facts the interviewer revealed, in the order revealed: their values are usable in the estimate step. */
  revealedFactIds: string[];
  /** Entity ids the learner named (in the entity list or in a question about entities). */
  entityIds: string[];
  /** Entity names from the learner's list that match no case entity. */
  unknownEntities: string[];
  /** Entity ids named one by one in the learner's list (an item naming three or more at once is a stuffed list, not counted). */
  listedEntityIds: string[];
  /** Indexes of the terse lines that ride on the question before them ("and peak?"; lib/clarify/read-follow-ups): whole questions. */
  followUps: number[];
};

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

type AskedTopic = { topic: ClarifyTopic; form: TopicAsking['form']; cue: string | null; listedWith?: number };

function creditedForm(form: QuestionMatch['form']): TopicAsking['form'] {
  return form === 'leading' || form === 'fragment' ? form : 'question';
}

function topicsOf(match: QuestionMatch, ridesOn: boolean): AskedTopic[] {
  const topics: AskedTopic[] = [];
  // A line that answers its own question assumes every topic it touches.
  const assumed = match.assumed !== undefined;
  // A leading line whose assumption the facts contradict is corrected, not answered: its topic earns nothing.
  if (match.kind === 'answer' && match.topic && match.contradicts) topics.push({ topic: match.topic, form: 'contradicted', cue: match.contradicts.fact });
  // A terse follow-up riding on the question before it ("and peak?") is that question asked again: a whole question.
  else if (match.kind === 'answer' && match.topic) topics.push({ topic: match.topic, form: assumed ? 'assumed' : ridesOn ? 'question' : creditedForm(match.form), cue: assumed ? (match.assumed ?? null) : (match.formCue ?? null) });
  for (const further of [match.second, ...(match.more ?? [])]) {
    if (further) topics.push({ topic: further.topic, form: assumed ? 'assumed' : creditedForm(further.form), cue: assumed ? (match.assumed ?? null) : null });
  }
  // A topic the line only stated as its ground ("Since this is a global Uber-scale platform, ...") was assumed, not asked.
  if (match.kind === 'answer' && match.groundAssumed) topics.push({ topic: match.groundAssumed.topic, form: 'assumed', cue: match.groundAssumed.ground });
  const listed = match.listed ?? [];
  if (listed.length > 0) return listed.map((topic) => ({ topic, form: 'fragment', cue: null, listedWith: listed.length }));
  return topics;
}

/** Replays a transcript through the interviewer: what was asked (and how), revealed and named. */
export function analyseClarify(transcript: ClarifyTranscript, rubric: ClarifyCase): ClarifyAnalysis {
  // Several questions pasted as one entry (a markdown table, one per line) are asked one by one.
  const questions = (Array.isArray(transcript.questions) ? transcript.questions : []).flatMap(splitPastedQuestions).slice(0, MAX_QUESTIONS);
  const offCase = readOffCaseLines(questions, rubric);
  // A line of another business's question sheet ("How many drivers are online?" in a card case) asks nothing of this case.
  // Statements closed by a bare "Correct?" restate what the candidate read: asserted, not asked.
  const confirmed = new Set(linesPutForConfirmation(questions));
  const matches = questions.map((question, at): QuestionMatch => {
    const match = matchQuestion(question, rubric);
    if (confirmed.has(at) && match.kind === 'answer') {
      return { question: match.question, topic: null, factId: null, confidence: 0, suggestions: [], form: 'statement', kind: 'not-a-question', answer: NOT_A_QUESTION_LINE };
    }
    const other = offCase[at];
    if (!other || match.kind !== 'answer') return match;
    const words = other.nouns.length > 0 ? other.nouns : other.foreign;
    return {
      question: match.question, topic: null, factId: null, confidence: 0, suggestions: [], form: match.form,
      kind: 'not-a-question', answer: otherBusinessLine(words), unasked: 'other-business', otherBusiness: words,
    };
  });
  const topicsAsked = new Map<ClarifyTopic, number>();
  const topicAskings = new Map<ClarifyTopic, TopicAsking>();
  const revealed = new Set<string>();
  const entityIds = new Set<string>();

  const followUps = ridingFollowUps(matches);
  matches.forEach((match, index) => {
    const asked = topicsOf(match, followUps.has(index));
    for (const { topic, form, cue, listedWith } of asked) {
      if (!topicsAsked.has(topic)) topicsAsked.set(topic, index);
      const current = topicAskings.get(topic);
      const better =
        !current ||
        (current.form !== 'question' && form === 'question') ||
        (current.form === 'assumed' && form !== 'assumed' && form !== 'contradicted') ||
        (current.form === 'contradicted' && form !== 'contradicted') ||
        (current.listedWith !== undefined && listedWith === undefined);
      if (better) topicAskings.set(topic, { index, question: match.question, form, cue, ...(listedWith === undefined ? {} : { listedWith }) });
    }
    // Only facts the interviewer actually said: the answer to a matched question and to its further halves.
    if (match.kind === 'answer' && match.factId) revealed.add(match.factId);
    if (match.kind === 'answer') {
      for (const further of [match.second, ...(match.more ?? [])]) if (further?.factId) revealed.add(further.factId);
    }
    if (asked.some(({ topic }) => topic === 'entities')) {
      for (const entity of matchEntities(match.question, rubric)) entityIds.add(entity.entityId);
    }
  });

  const unknownEntities: string[] = [];
  const listed = new Set<string>();
  for (const name of (transcript.entities ?? []).slice(0, MAX_ENTITIES)) {
    if (typeof name !== 'string') continue;
    const found = matchEntities(name.slice(0, MAX_ENTITY_CHARS), rubric);
    if (found.length === 0 && name.trim().length > 0) unknownEntities.push(name.trim().slice(0, 60));
    for (const entity of found) entityIds.add(entity.entityId);
    if (found.length <= MAX_ENTITIES_PER_ITEM) for (const entity of found) listed.add(entity.entityId);
  }

  return { matches, topicsAsked, topicAskings, revealedFactIds: [...revealed], entityIds: [...entityIds], unknownEntities, listedEntityIds: [...listed], followUps: [...followUps] };
}

function partialFinding(topic: ClarifyTopic, asking: TopicAsking, form: 'leading' | 'fragment' | 'assumed' | 'contradicted', points: number, refs: string[]): Finding {
  const label = CLARIFY_TOPIC_LABELS[topic];
  const example = `e.g. "${TOPIC_EXAMPLE_QUESTIONS[topic]}"`;
  switch (form) {
    case 'contradicted':
      return {
        code: 'clarify.wrong-assumption',
        severity: 'wrong',
        points,
        message:
          `${label}: ${quote(asking.question)} assumes what the case rules out (the interviewer: ${quote(asking.cue ?? '')}). ` +
          `A wrong assumption put as a question earns nothing: the interviewer has to correct it, and a design built on it answers another case. Ask it open, ${example}`,
        refs,
      };
    case 'leading':
      return {
        code: 'clarify.leading-question',
        severity: 'wrong',
        points,
        message:
          `${label}: ${quote(asking.question)} is a leading question${asking.cue && asking.cue !== '?' ? ` ("${asking.cue}")` : ''}: it suggests its own answer. ` +
          `An interviewer may simply agree, and the real constraint stays hidden. Ask it open, ${example}`,
        refs,
      };
    case 'assumed':
      return {
        code: 'clarify.self-answered',
        severity: 'wrong',
        points,
        message:
          `${label}: ${quote(asking.question)} answers itself${asking.cue ? ` (${quote(asking.cue)})` : ''}: you assumed instead of asking, so the interviewer never told you the real figure. ` +
          `Ask, then wait for the answer; state an assumption only if the interviewer leaves it to you, ${example}`,
        refs,
      };
    case 'fragment':
      return {
        code: 'clarify.fragment-question',
        severity: 'missing',
        points,
        message:
          `${label}: ${quote(asking.question)} is a bare word, not a question. Ask a whole question that says what you need to know and why, ${example}`,
        refs,
      };
    default:
      return assertNever(form, 'question form');
  }
}

/**
 * Findings for lines that ask less than they seem to: a catch-all list of topics (each credited as a
 * bare word), a question that reads the brief back (no topic), a product choice put up for approval
 * (no topic), one about what another company does (no topic), one about another business's things (no topic)
 * one taken back in the same breath and one put off until later (nothing). The points they miss are already counted by their topics' findings, so these carry 0.
 */
export function unaskedFindings(matches: readonly QuestionMatch[]): Finding[] {
  const findings: Finding[] = [];
  const omnibus = matches.filter((match) => (match.listed?.length ?? 0) > 0);
  if (omnibus[0]) {
    findings.push({
      code: 'clarify.omnibus-question',
      severity: 'wrong',
      points: 0,
      message:
        `${quote(omnibus[0].question)} strings ${omnibus[0].listed?.length ?? 0} topics into one line: a checklist, not a question. ` +
        'Its topics share one question\'s worth of credit (half a topic\'s points at most). Ask one thing at a time and say why it matters, e.g. "How many orders a day, and how spiky is it on sale days?"',
    });
  }
  const echoes = matches.filter((match) => match.unasked === 'echo');
  if (echoes[0]) {
    findings.push({
      code: 'clarify.echo-question',
      severity: 'wrong',
      points: 0,
      message:
        `${echoes.length} question(s) only read the brief back, e.g. ${quote(echoes[0].question)}. The interviewer can only say yes, and you learn nothing new, so they earn no topic. ` +
        'Ask about what the brief leaves open: volumes, peaks, freshness, retention, who reads the output.',
    });
  }
  const pitches = matches.filter((match) => match.unasked === 'pitch');
  if (pitches[0]) {
    findings.push({
      code: 'clarify.design-pitch',
      severity: 'wrong',
      points: 0,
      message:
        `${pitches.length} question(s) put a product choice up for approval, e.g. ${quote(pitches[0].question)}. A design choice dressed as a question asks nothing about the business, so it earns no topic. ` +
        'Ask what the choice depends on (volume, freshness, who reads the output), then choose in the design step.',
    });
  }
  const others = matches.filter((match) => match.unasked === 'other-organisation');
  if (others[0]) {
    findings.push({
      code: 'clarify.other-organisation',
      severity: 'wrong',
      points: 0,
      message:
        `${others.length} question(s) asked what another company does, e.g. ${quote(others[0].question)}. The interviewer speaks for this business only, so it earns no topic. ` +
        'Ask what this business needs instead (its volumes, freshness, who reads the output): a design copied from another company answers that company\'s requirements.',
    });
  }
  const otherBusiness = matches.filter((match) => match.unasked === 'other-business');
  if (otherBusiness[0]) {
    const words = [...new Set(otherBusiness.flatMap((match) => match.otherBusiness ?? []))].slice(0, 5).map((word) => `"${word}"`).join(', ');
    findings.push({
      code: 'clarify.other-business',
      severity: 'wrong',
      points: 0,
      message:
        `${otherBusiness.length} question(s) ask about another business's things (${words}), e.g. ${quote(otherBusiness[0].question)}: that's not this system, so they earn no topic. ` +
        'A question sheet from another case asks that case\'s questions: ask about this business\'s own volumes, freshness and rules.',
    });
  }
  const deferred = matches.filter((match) => match.deferred !== undefined);
  if (deferred[0]) {
    findings.push({
      code: 'clarify.deferred-question',
      severity: 'wrong',
      points: 0,
      message:
        `${deferred.length} question(s) put off until later, e.g. ${quote(deferred[0].deferred ?? deferred[0].question)}. ` +
        'Naming a topic and deferring it is not asking it: the interviewer answered nothing, and the design starts without that requirement. Ask it now, in one specific question.',
    });
  }
  const withdrawn = matches.filter((match) => match.withdrawn !== undefined);
  if (withdrawn[0]) {
    findings.push({
      code: 'clarify.withdrawn-question',
      severity: 'wrong',
      points: 0,
      message:
        `${withdrawn.length} question(s) taken back in the same breath, e.g. ${quote(withdrawn[0].withdrawn ?? withdrawn[0].question)} in ${quote(withdrawn[0].question)}. ` +
        'A withdrawn question earns nothing: the interviewer never answered it, and an assumption in its place is a guess about a constraint you could have learned.',
    });
  }
  return findings;
}

/**
 * Whether a transcript is a checklist of bare words ("Scope?", "Volume?", "SLA?"): at least four
 * questions put, two in three of them fragments. The interviewer answers each, but the list shows
 * no understanding of why each matters, so each earns a quarter and the order earns nothing. A terse
 * follow-up riding on a whole question (`followUps`: "how many a day?", "and peak?") counts as a question.
 * Returns the fragments (verbatim), or null when the transcript is not such a list.
 */
export function readKeywordList(analysis: Pick<ClarifyAnalysis, 'matches'> & Partial<Pick<ClarifyAnalysis, 'followUps'>>): string[] | null {
  // A terse line riding on the question before it ("how many a day?", "and peak?") is a question, not a bare word.
  const riding = new Set(analysis.followUps ?? []);
  const put = analysis.matches
    .map((match, at) => (riding.has(at) ? { ...match, form: 'question' as const } : match))
    .filter((match) => !match.unasked && (match.form === 'question' || match.form === 'leading' || match.form === 'fragment'));
  const fragments = put.filter((match) => match.form === 'fragment').map((match) => match.question);
  // A catch-all list ("What about volume, latency, retention, ...?") puts one bare word per topic it names.
  const weight = (match: QuestionMatch) => Math.max(1, match.listed?.length ?? 0);
  const putCount = put.reduce((sum, match) => sum + weight(match), 0);
  const fragmentCount = put.reduce((sum, match) => sum + (match.form === 'fragment' ? weight(match) : 0), 0);
  if (putCount < KEYWORD_LIST_MIN_QUESTIONS || fragmentCount < putCount * KEYWORD_LIST_FRAGMENT_SHARE) return null;
  return fragments;
}

/**
 * The share of a topic's points for a partial asking: half for a leading question or a bare word, a
 * quarter for a bare word in a keyword list, and for a topic only named in a catch-all line, one
 * question's worth shared by the topics it names (1/n, never more than the bare-word share).
 */
export function topicShare(form: 'leading' | 'fragment', keywordList: boolean, listedWith?: number): number {
  if (form === 'leading') return PARTIAL_QUESTION_SHARE;
  const bare = keywordList ? KEYWORD_LIST_SHARE : PARTIAL_QUESTION_SHARE;
  return listedWith !== undefined && listedWith > 0 ? Math.min(bare, 1 / listedWith) : bare;
}

function shareWords(share: number): string {
  if (share === SELF_ANSWERED_SHARE) return 'a fifth of the';
  if (share === PARTIAL_QUESTION_SHARE) return 'half';
  if (share === KEYWORD_LIST_SHARE) return 'a quarter of the';
  return `${Math.round(share * 100)}% of the`;
}

/** The topics this case scores, with their weights: unlisted topics weigh 1, weight 0 is not scored. */
export function scoredTopics(rubric: ClarifyCase): { topic: ClarifyTopic; weight: number }[] {
  const { facts, topicWeights } = rubric.steps.clarify;
  const withFacts = new Set(facts.map((fact) => fact.topic));
  return CLARIFY_TOPICS.flatMap((topic) => {
    const listed = topicWeights[topic];
    const weight = listed ?? 1;
    // A topic the case neither answers nor weighs explicitly cannot be asked about meaningfully.
    if (!(weight > 0) || (listed === undefined && !withFacts.has(topic))) return [];
    return [{ topic, weight }];
  });
}

/**
 * Scores a clarify step: coverage of the case's topics (weighted), core entities named, and
 * scope-before-scale order. Every point earned or lost has a finding that says why.
 */
export function scoreClarify(transcript: ClarifyTranscript, rubric: ClarifyCase): StepResult {
  const analysis = analyseClarify(transcript, rubric);
  const { facts, entities } = rubric.steps.clarify;
  const findings: Finding[] = [];
  let earned = 0;
  let available = 0;
  const keywordList = readKeywordList(analysis);
  if (keywordList) {
    findings.push({
      code: 'clarify.keyword-list',
      severity: 'wrong',
      points: 0,
      message:
        `${keywordList.length === 1 ? 'Your questions are' : `${keywordList.length} of your questions are`} bare words (${keywordList.slice(0, 4).map(quote).join(', ')}${keywordList.length > 4 ? ', ...' : ''}): a checklist, not clarification. ` +
        'Each earns a quarter of its topic. Ask what you need to know and why it matters for the design, e.g. "How many orders a day, and how spiky is it on sale days?"',
    });
  }

  const entityListSettles = entityListSettlesTopic(analysis, rubric);
  for (const { topic, weight } of scoredTopics(rubric)) {
    const points = TOPIC_POINTS * weight;
    available += points;
    const label = CLARIFY_TOPIC_LABELS[topic];
    const asking = analysis.topicAskings.get(topic);
    const factIds = facts.filter((fact) => fact.topic === topic).map((fact) => fact.id);
    if (asking?.form === 'question') {
      earned += points;
      findings.push({ code: 'clarify.topic-asked', severity: 'good', points, message: `${label}: asked ${quote(asking.question)}.`, refs: factIds });
    } else if (asking) {
      const form = asking.form === 'leading' || asking.form === 'assumed' || asking.form === 'contradicted' ? asking.form : 'fragment';
      const share = form === 'contradicted' ? 0 : form === 'assumed' ? SELF_ANSWERED_SHARE : topicShare(form, keywordList !== null, asking.listedWith);
      const partial = points * share;
      earned += partial;
      const how =
        form === 'assumed'
          ? 'and answered it yourself'
          : form === 'leading'
          ? 'as a leading question'
          : asking.listedWith !== undefined
            ? `only named among ${asking.listedWith} topics in one line`
            : keywordList
              ? 'as a bare word in a list of bare words'
              : 'as a bare word';
      if (share > 0) findings.push({ code: 'clarify.topic-asked', severity: 'good', points: partial, message: `${label}: asked ${quote(asking.question)}, ${how} (${shareWords(share)} credit).`, refs: factIds });
      findings.push(partialFinding(topic, asking, form, points - partial, factIds));
    } else if (topic === 'entities' && entityListSettles) {
      earned += points;
      findings.push({
        code: 'clarify.topic-asked',
        severity: 'good',
        points,
        message: `${label}: named them yourself (${entityListSettles.slice(0, 6).join(', ')}${entityListSettles.length > 6 ? ', ...' : ''}), which settles the data model as well as asking would.`,
        refs: factIds,
      });
    } else {
      findings.push({
        code: 'clarify.topic-missing',
        severity: 'missing',
        points,
        message: `Never asked about ${topicLabelInSentence(topic)}. ${TOPIC_REASONS[topic]}`,
        neutral: `You have not asked about ${topicLabelInSentence(topic)} yet.`,
        refs: factIds,
      });
    }
  }

  const named = new Set(analysis.entityIds);
  for (const entity of entities) {
    if (entity.core) {
      available += ENTITY_POINTS;
      if (named.has(entity.id)) {
        earned += ENTITY_POINTS;
        findings.push({ code: 'clarify.entity-named', severity: 'good', points: ENTITY_POINTS, message: `Named the ${entity.label} entity.`, refs: [entity.id] });
      } else {
        findings.push({
          code: 'clarify.entity-missing',
          severity: 'missing',
          points: ENTITY_POINTS,
          message: `Did not name the ${entity.label} entity, one of the core business objects the data model is built on.`,
          neutral: 'Your list of main entities does not name one of the core business objects of this case yet.',
          refs: [entity.id],
        });
      }
    } else if (named.has(entity.id)) {
      findings.push({ code: 'clarify.entity-extra', severity: 'good', points: 0, message: `Also named the ${entity.label} entity.`, refs: [entity.id] });
    }
  }
  if (analysis.unknownEntities.length > 0) {
    findings.push({
      code: 'clarify.entity-unknown',
      severity: 'hint',
      points: 0,
      message: `Not an entity of this case: ${analysis.unknownEntities.slice(0, 5).map(quote).join(', ')}.`,
    });
  }

  const firstOf = (topics: readonly ClarifyTopic[]) =>
    Math.min(...topics.map((topic) => analysis.topicsAsked.get(topic) ?? Number.POSITIVE_INFINITY));
  const firstScale = firstOf(SCALE_TOPICS);
  const firstScope = firstOf(SCOPE_TOPICS);
  if (Number.isFinite(firstScale)) {
    available += ORDER_POINTS;
    if (keywordList) {
      findings.push({
        code: 'clarify.order-unshown',
        severity: 'missing',
        points: ORDER_POINTS,
        message: 'A list of bare words does not show that you agreed on scope before sizing the system: ask what is in scope, and why, before the numbers.',
      });
    } else if (firstScope <= firstScale) {
      earned += ORDER_POINTS;
      findings.push({ code: 'clarify.order-scope-first', severity: 'good', points: ORDER_POINTS, message: 'Agreed on scope before asking about scale.' });
    } else {
      findings.push({
        code: 'clarify.order-scale-before-scope',
        severity: 'wrong',
        points: ORDER_POINTS,
        message: `Asked about scale (${quote(analysis.matches[firstScale]?.question ?? '')}) before scope. Agree what you are building (reference product, OLTP or OLAP, consumers) before sizing it: the numbers only mean something once the scope is fixed.`,
      });
    }
  }

  findings.push(...unaskedFindings(analysis.matches));

  const unclear = analysis.matches.filter((match) => match.kind === 'unsure');
  if (unclear.length > 0) {
    findings.push({
      code: 'clarify.unclear-questions',
      severity: 'hint',
      points: 0,
      message: `${unclear.length} question(s) the interviewer could not place, e.g. ${quote(unclear[0]?.question ?? '')}. Ask one specific thing per question.`,
    });
  }
  // Thanks and greetings are fine in an interview; only claims and decisions are flagged.
  const statements = analysis.matches.filter((match) => match.form === 'statement' && match.unasked === undefined);
  if (statements.length > 0) {
    findings.push({
      code: 'clarify.statements',
      severity: 'hint',
      points: 0,
      message: `${statements.length} statement(s) instead of questions, e.g. ${quote(statements[0]?.question ?? '')}. In this step, ask; decide in the design step.`,
    });
  }

  const knee = coverageAboveKnee(earned, available);
  if (knee) {
    earned -= knee.withheld;
    findings.push(knee.finding);
  }

  const texts = [...(Array.isArray(transcript.questions) ? transcript.questions : []), ...(Array.isArray(transcript.entities) ? transcript.entities : [])];
  const graded = capOffCase(stepResult(earned, available, findings), readCaseFit(texts, rubric), 'clarify');
  // Words to the grader are withdrawn already (they earn nothing); the learner is told why, once per transcript.
  return withGraderAddressFinding(graded, 'clarify.grader-address', texts);
}
