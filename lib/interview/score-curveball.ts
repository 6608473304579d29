import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { Curveball, CurveballClaim } from '../content/rubric-schema';
import type { DesignAnswer } from '../design/design-answer-schema';
import { isAnyOf, kindsOf } from '../diagram/component-view';
import { kindLabel } from '../diagram/kind-info';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { findPhrases } from '../text/find-phrases';
import { buildPhraseMatcher } from '../text/phrase-matcher';
import { readText } from '../text/read-text';
import { assertNever } from '../util/assert-never';
import { curveballClaims, readCurveballClaims, readWrongClaims } from './curveball-claims';
import type { CurveballClaimCue, PlacedReading, PlacedText } from './curveball-claims';
import type { CurveballBaseline } from './interview-schema';
import { settleCurveballClaims } from './curveball-probes';
import type { CurveballProbeAnswers } from './curveball-probes';
import { describeProbeAnswer } from '../deep-dive/probe-flow';

/** Where the learner could have answered the changed requirement. */
export type CurveballAnswer = {
  design: DesignAnswer;
  /** Notes by where they were written, e.g. "the notes of step 4". */
  notes: readonly PlacedText[];
  diagram: DiagramGraph;
};

/** What a step page needs to take the baseline: the label keywords, the kinds and the claims (without their model sentences). */
export type CurveballCues = Pick<Curveball, 'keywords' | 'kinds'> & { claims?: readonly CurveballClaimCue[] };

/** Saying what changes and why (design or notes) weighs more than drawing it; both together earn full marks. */
const TEXT_POINTS = 70;
const DIAGRAM_POINTS = 30;
/** Two claims stated show the requirement was worked through, not name-dropped once. */
const CLAIMS_FOR_FULL_TEXT = 2;
/** What an affirmed wrong response costs, out of 100, besides cancelling the claims it contradicts. */
export const CURVEBALL_WRONG_CLAIM_COST = 15;
const MAX_QUOTE = 140;

const quote = (value: string) => `"${value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}...` : value}"`;

function designTexts(design: DesignAnswer): PlacedText[] {
  return [
    { where: 'the use case', text: design.useCase },
    { where: 'the SLA', text: design.sla },
    { where: 'the processing reason', text: design.reason },
    { where: 'the inputs', text: design.inputs.map((input) => `${input.name} ${input.format} ${input.rate}`).join('. ') },
    { where: 'the outputs', text: design.outputs.map((output) => `${output.consumer} ${output.store}`).join('. ') },
  ];
}

/** Where a changed requirement can be answered in words: the design's fields and every step's notes. */
export const answerTexts = (answer: CurveballAnswer): PlacedText[] => [...designTexts(answer.design), ...answer.notes];

/** The keywords a text affirms (a negated "no GDPR job" names nothing), as the case spells them. */
function keywordsIn(text: string, keywords: readonly string[]): string[] {
  if (text.trim() === '') return [];
  const found = findPhrases(readText(text), keywords.map((phrase, index) => ({ id: String(index), phrases: [phrase] })));
  return [...new Set(found.filter((hit) => hit.polarity === 'affirmed').map((hit) => keywords[Number(hit.id)] as string))];
}

type DiagramEvidence = { labels: Map<string, DiagramComponent[]>; ofKind: DiagramComponent[] };

function diagramEvidence(diagram: DiagramGraph, cues: CurveballCues): DiagramEvidence {
  const labels = new Map<string, DiagramComponent[]>();
  for (const component of diagram.components) {
    for (const keyword of keywordsIn(component.label, cues.keywords)) labels.set(keyword, [...(labels.get(keyword) ?? []), component]);
  }
  const kinds = new Set(cues.kinds ?? []);
  return { labels, ofKind: diagram.components.filter((component) => isAnyOf(component, kinds)) };
}

/**
 * Taken when the interviewer announces the curveball: the share of each claim the learner's texts
 * already earned, the keywords their texts and diagram labels already affirmed, and how many
 * components of the expected kinds there were. Only what comes after counts.
 */
export function curveballBaseline(answer: CurveballAnswer, cues: CurveballCues): CurveballBaseline {
  const texts = answerTexts(answer);
  const readings = readCurveballClaims(texts, curveballClaims(cues));
  const textKeywords = [...new Set(texts.flatMap((placed) => keywordsIn(placed.text, cues.keywords)))];
  const diagram = diagramEvidence(answer.diagram, cues);
  return {
    textKeywords,
    diagramKeywords: [...diagram.labels.keys()],
    kindCount: diagram.ofKind.length,
    textClaims: Object.fromEntries(readings.filter((reading) => reading.share > 0).map((reading) => [reading.id, reading.share])),
  };
}

/** The share of each claim earned before the announcement; an older baseline only kept keywords, so a claim naming one of them counts as made. */
function shareBefore(baseline: CurveballBaseline | undefined, claims: readonly CurveballClaimCue[]): Map<string, number> {
  const before = new Map<string, number>();
  if (!baseline) return before;
  if (baseline.textClaims) {
    for (const [id, share] of Object.entries(baseline.textClaims)) before.set(id, share);
    return before;
  }
  for (const claim of claims) {
    const matcher = buildPhraseMatcher([{ id: 'claim', phrases: claim.keywords }]);
    if (baseline.textKeywords.some((keyword) => matcher.matchAll(keyword).length > 0)) before.set(claim.id, 1);
  }
  return before;
}

type Scored = PlacedReading & { fresh: number; contradicted?: string; probe?: { correct: boolean } };

function claimSentence(claim: CurveballClaimCue & { text?: string }, curveball: Curveball): string {
  return claim.text ?? curveball.why;
}

function shortfallMessage(reading: Scored, said: string): string {
  const where = reading.where ? ` (${reading.where})` : '';
  switch (reading.status) {
    case 'hedged':
      return `Hedged: you wrote ${quote(reading.clause ?? reading.quote ?? '')}${where}. Say it plainly and why it holds: ${said}`;
    case 'named':
      return `Named, not explained: you wrote ${quote(reading.quote ?? '')}${where} but not what it changes. ${said}`;
    case 'listed':
      return `Listed without explanation: ${quote(reading.quote ?? '')}${where} appears only in a list of terms. Explain what changes and why: ${said}`;
    case 'negated':
      return `You wrote ${quote(reading.clause ?? reading.quote ?? '')}${where}, but the change needs it: ${said}`;
    case 'stated':
    case 'missing':
      return `Say what changes and why: ${said}`;
    default:
      return assertNever(reading.status, 'claim status');
  }
}

/**
 * Scores whether the learner addressed the requirement the interviewer changed mid-interview.
 * Text (70): the case's claims read from the design and notes with lib/text (see
 * lib/text/claims.ts); the two best claims newly made after the announcement fill the text's two
 * halves, each by its share (stated all, hedged half, named a third, only listed a quarter, negated
 * nothing, with a finding quoting the learner). An affirmed wrong claim costs 15 and cancels the
 * claims it contradicts. Diagram (30): a component whose label newly affirms a keyword, or for half
 * a new component of an expected kind. Deterministic and explained, like every other step.
 */
export function scoreCurveball(answer: CurveballAnswer, curveball: Curveball, baseline?: CurveballBaseline, probeAnswers?: CurveballProbeAnswers): StepResult {
  const texts = answerTexts(answer);
  const claims = curveballClaims(curveball);
  const byId = new Map<string, CurveballClaimCue & { text?: string }>(claims.map((claim) => [claim.id, claim]));
  for (const claim of curveball.claims ?? []) byId.set(claim.id, claim as CurveballClaim);
  const before = shareBefore(baseline, claims);
  const wrong = readWrongClaims(texts, curveball.wrongClaims ?? []);
  const findings: Finding[] = [];

  const readings = readCurveballClaims(texts, claims);
  // The interviewer's follow-ups settle claims that were only named, listed, hedged, negated or contradicted.
  const points = settleCurveballClaims(readings, claims, wrong, probeAnswers);
  const scored: Scored[] = readings.map((reading, index) => {
    const point = points[index];
    const probe = point?.probe ? { probe: point.probe } : {};
    const against = wrong.find((hit) => hit.claim.contradicts.includes(reading.id));
    if (against && !point?.probe?.correct) return { ...reading, share: 0, fresh: 0, contradicted: against.clause, ...probe };
    const share = point?.earned ?? reading.share;
    return { ...reading, share, fresh: Math.max(0, share - (before.get(reading.id) ?? 0)), ...probe };
  });
  const needed = Math.min(CLAIMS_FOR_FULL_TEXT, claims.length);
  const slot = TEXT_POINTS / needed;
  const counted = scored.filter((reading) => reading.fresh > 0).sort((a, b) => b.fresh - a.fresh).slice(0, needed);
  // What could fill an empty slot's finding: a claim negated or contradicted is quoted, the rest is the case's reason.
  const spoiled = scored.filter((reading) => reading.status === 'negated' || reading.contradicted !== undefined);
  let textEarned = 0;
  for (let index = 0; index < needed; index += 1) {
    const reading = counted[index];
    if (reading) {
      const claim = byId.get(reading.id) as CurveballClaimCue & { text?: string };
      const said = claimSentence(claim, curveball);
      const points = slot * reading.fresh;
      textEarned += points;
      const where = reading.where ? ` (${reading.where})` : '';
      findings.push({ code: `curveball.claim.${reading.id}`, severity: 'good', points, message: `You addressed the change${where}: ${quote(reading.quote ?? '')}. ${said}` });
      if (reading.fresh < 1) findings.push({ code: `curveball.claim.${reading.id}`, severity: 'missing', points: slot - points, message: shortfallMessage(reading, said) });
      continue;
    }
    const spoilt = spoiled.shift();
    if (spoilt) {
      const said = claimSentence(byId.get(spoilt.id) as CurveballClaimCue & { text?: string }, curveball);
      const message = spoilt.contradicted !== undefined ? `Contradicted: you wrote ${quote(spoilt.contradicted)}, which goes against this: ${said}` : shortfallMessage(spoilt, said);
      findings.push({ code: `curveball.claim.${spoilt.id}`, severity: 'wrong', points: slot, message });
    } else {
      const message = counted.length === 0 ? `Neither the design nor the notes address the new requirement. ${curveball.why}` : `Say more about what changes and why: ${curveball.why}`;
      findings.push({ code: 'curveball.text', severity: 'missing', points: slot, message });
    }
  }
  const already = scored.filter((reading) => (before.get(reading.id) ?? 0) > 0 && reading.share > 0 && reading.fresh === 0);
  if (already.length > 0) {
    findings.push({ code: 'curveball.text-before', severity: 'hint', points: 0, message: `Already in your work before the change, so not counted for it: ${already.map((reading) => quote(reading.quote ?? '')).join(', ')}.` });
  }
  findings.push(...probeFindings(claims, probeAnswers, scored));
  for (const hit of wrong) {
    const lesson = hit.claim.lesson ? ` Study the ${hit.claim.lesson} lesson.` : '';
    findings.push({ code: `curveball.wrong.${hit.claim.id}`, severity: 'wrong', points: CURVEBALL_WRONG_CLAIM_COST, message: `You wrote ${quote(hit.clause)} (${hit.where}). ${hit.claim.why}${lesson}`, ...(hit.claim.lesson ? { refs: [`lesson:${hit.claim.lesson}`] } : {}) });
  }

  const diagram = diagramEvidence(answer.diagram, curveball);
  const diagramBefore = new Set(baseline?.diagramKeywords ?? []);
  const labelled = [...new Set([...diagram.labels.entries()].filter(([keyword]) => !diagramBefore.has(keyword)).flatMap(([, components]) => components))];
  const expectedKinds = curveball.kinds ?? [];
  const newOfKind = diagram.ofKind.length > (baseline?.kindCount ?? 0);
  let diagramEarned = 0;
  if (labelled.length > 0) {
    diagramEarned = DIAGRAM_POINTS;
    findings.push({
      code: 'curveball.diagram',
      severity: 'good',
      points: DIAGRAM_POINTS,
      message: `The diagram shows the change: ${labelled.map((component) => `"${component.label}"`).join(', ')}.`,
      refs: labelled.flatMap((component) => component.elementIds),
    });
  } else if (newOfKind) {
    diagramEarned = DIAGRAM_POINTS / 2;
    const expected = new Set(expectedKinds);
    const kinds = [...new Set(diagram.ofKind.flatMap((component) => kindsOf(component).filter((kind) => expected.has(kind)).map(kindLabel)))].join(' and ');
    findings.push({ code: 'curveball.diagram-kind', severity: 'good', points: DIAGRAM_POINTS / 2, message: `You added a ${kinds} to the diagram, which the change needs.` });
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS / 2, message: 'Label the part of the diagram that changes for the new requirement, so the interviewer sees where it lands.' });
  } else {
    const kinds = expectedKinds.length > 0 ? ` (for example a ${expectedKinds.map(kindLabel).join(' or ')})` : '';
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS, message: `The diagram does not show where the new requirement lands${kinds}.` });
  }

  const cost = wrong.length * CURVEBALL_WRONG_CLAIM_COST;
  return stepResult(Math.max(0, textEarned + diagramEarned - cost), TEXT_POINTS + DIAGRAM_POINTS, findings);
}

/** One finding per answered follow-up: the question, the learner's answer, and whether it settled the claim. */
function probeFindings(claims: readonly CurveballClaimCue[], answers: CurveballProbeAnswers | undefined, scored: readonly Scored[]): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    const reading = scored.find((item) => item.id === claim.id);
    const answer = answers?.[claim.id];
    if (!claim.probe || !reading?.probe || answer === undefined) continue;
    const said = `The interviewer asked: ${claim.probe.question} You answered ${quote(describeProbeAnswer(claim.probe, answer))}`;
    findings.push(
      reading.probe.correct
        ? { code: `curveball.probe.${claim.id}`, severity: 'good', points: 0, message: `${said}: right, which settles it. ${claim.probe.explanation}` }
        : { code: `curveball.probe.${claim.id}`, severity: 'wrong', points: 0, message: `${said}: not right, so the claim earns nothing. ${claim.probe.explanation}` },
    );
  }
  return findings;
}

/** What a step page needs to announce the curveball and take its baseline; the reasoning (`why`, claim sentences) stays for the report. */
export type CurveballForSteps = Pick<Curveball, 'afterMinutes' | 'announcement'> & CurveballCues;

export function curveballForSteps(curveball: Curveball | undefined): CurveballForSteps | undefined {
  if (!curveball) return undefined;
  const { afterMinutes, announcement, keywords, kinds, claims } = curveball;
  return {
    afterMinutes,
    announcement,
    keywords,
    ...(kinds ? { kinds } : {}),
    // The probes go too: the curveball panel asks them (their explanations are shown only in the report).
    ...(claims ? { claims: claims.map(({ id, keywords: subject, assert, values, probe }) => ({ id, keywords: subject, assert, values, ...(probe ? { probe } : {}) })) } : {}),
  };
}
