import { CLARIFY_TOPIC_LABELS, CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import { topicLabelInSentence } from '../content/topic-label';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import type { ClarifyCase } from './clarify-index';
import { matchEntities } from './match-entities';
import { matchQuestion } from './match-question';
import type { QuestionMatch } from './match-question';
import { TOPIC_REASONS } from './topic-reasons';
import { MAX_ENTITIES, MAX_ENTITY_CHARS, MAX_QUESTIONS } from './transcript-schema';
import type { ClarifyTranscript } from './transcript-schema';

/** Points for asking about a topic, per unit of the topic's weight. */
export const TOPIC_POINTS = 10;
/** Points per core entity named. */
export const ENTITY_POINTS = 3;
/** Points for agreeing on scope before sizing the system. */
export const ORDER_POINTS = 10;

/** The seed method: agree what you build (scope) before you size it (scale). */
export const SCOPE_TOPICS: readonly ClarifyTopic[] = ['scope_reference', 'oltp_vs_olap', 'consumers'];
export const SCALE_TOPICS: readonly ClarifyTopic[] = ['scale_now', 'scale_growth'];

export type ClarifyAnalysis = {
  matches: QuestionMatch[];
  /** Topics asked, each with the index of the first question that asked it. */
  topicsAsked: Map<ClarifyTopic, number>;
  /** Facts the interviewer revealed, in the order revealed: their values are usable in the estimate step. */
  revealedFactIds: string[];
  /** Entity ids the learner named (in the entity list or in a question about entities). */
  entityIds: string[];
  /** Entity names from the learner's list that match no case entity. */
  unknownEntities: string[];
};

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

function topicsOf(match: QuestionMatch): ClarifyTopic[] {
  const topics: ClarifyTopic[] = [];
  if (match.kind === 'answer' && match.topic) topics.push(match.topic);
  if (match.second) topics.push(match.second.topic);
  return topics;
}

/** Replays a transcript through the interviewer: what was asked, revealed and named. */
export function analyseClarify(transcript: ClarifyTranscript, rubric: ClarifyCase): ClarifyAnalysis {
  const questions = (Array.isArray(transcript.questions) ? transcript.questions : []).slice(0, MAX_QUESTIONS);
  const matches = questions.map((question) => matchQuestion(question, rubric));
  const topicsAsked = new Map<ClarifyTopic, number>();
  const revealed = new Set<string>();
  const entityIds = new Set<string>();

  matches.forEach((match, index) => {
    for (const topic of topicsOf(match)) if (!topicsAsked.has(topic)) topicsAsked.set(topic, index);
    if (match.kind === 'answer' && match.factId) revealed.add(match.factId);
    if (match.second?.factId) revealed.add(match.second.factId);
    if (topicsOf(match).includes('entities')) {
      for (const entity of matchEntities(match.question, rubric)) entityIds.add(entity.entityId);
    }
  });

  const unknownEntities: string[] = [];
  for (const name of (transcript.entities ?? []).slice(0, MAX_ENTITIES)) {
    if (typeof name !== 'string') continue;
    const found = matchEntities(name.slice(0, MAX_ENTITY_CHARS), rubric);
    if (found.length === 0 && name.trim().length > 0) unknownEntities.push(name.trim().slice(0, 60));
    for (const entity of found) entityIds.add(entity.entityId);
  }

  return { matches, topicsAsked, revealedFactIds: [...revealed], entityIds: [...entityIds], unknownEntities };
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

  for (const { topic, weight } of scoredTopics(rubric)) {
    const points = TOPIC_POINTS * weight;
    available += points;
    const label = CLARIFY_TOPIC_LABELS[topic];
    const firstIndex = analysis.topicsAsked.get(topic);
    const factIds = facts.filter((fact) => fact.topic === topic).map((fact) => fact.id);
    const question = firstIndex === undefined ? undefined : analysis.matches[firstIndex]?.question;
    if (question !== undefined) {
      earned += points;
      findings.push({ code: 'clarify.topic-asked', severity: 'good', points, message: `${label}: asked ${quote(question)}.`, refs: factIds });
    } else {
      findings.push({
        code: 'clarify.topic-missing',
        severity: 'missing',
        points,
        message: `Never asked about ${topicLabelInSentence(topic)}. ${TOPIC_REASONS[topic]}`,
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
    if (firstScope <= firstScale) {
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

  const unclear = analysis.matches.filter((match) => match.kind === 'unsure');
  if (unclear.length > 0) {
    findings.push({
      code: 'clarify.unclear-questions',
      severity: 'hint',
      points: 0,
      message: `${unclear.length} question(s) the interviewer could not place, e.g. ${quote(unclear[0]?.question ?? '')}. Ask one specific thing per question.`,
    });
  }
  const statements = analysis.matches.filter((match) => match.kind === 'not-a-question' && match.question.length > 0);
  if (statements.length > 0) {
    findings.push({
      code: 'clarify.statements',
      severity: 'hint',
      points: 0,
      message: `${statements.length} statement(s) instead of questions, e.g. ${quote(statements[0]?.question ?? '')}. In this step, ask; decide in the design step.`,
    });
  }

  return stepResult(earned, available, findings);
}
