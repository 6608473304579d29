import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { Curveball } from '../content/rubric-schema';
import type { DesignAnswer } from '../design/design-answer-schema';
import { isAnyOf, kindsOf } from '../diagram/component-view';
import { kindLabel } from '../diagram/kind-info';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { buildPhraseMatcher } from '../text/phrase-matcher';
import type { CurveballBaseline } from './interview-schema';

/** Where the learner could have answered the changed requirement. */
export type CurveballAnswer = {
  design: DesignAnswer;
  /** Notes by where they were written, e.g. "the notes of step 4". */
  notes: readonly { where: string; text: string }[];
  diagram: DiagramGraph;
};

/** Keywords and kinds are all a step page needs to take the baseline; `why` is the answer, kept for the report. */
export type CurveballCues = Pick<Curveball, 'keywords' | 'kinds'>;

type Evidence = {
  /** Keyword → the places it was found in the design or notes. */
  text: Map<string, Set<string>>;
  /** Keyword → the diagram components whose label uses it. */
  diagram: Map<string, DiagramComponent[]>;
  ofKind: DiagramComponent[];
};

/** Saying what changes (design or notes) weighs more than drawing it; both together earn full marks. */
const TEXT_POINTS = 70;
const DIAGRAM_POINTS = 30;
/** Two distinct keywords show the requirement was worked through, not name-dropped once. */
const KEYWORDS_FOR_FULL_TEXT = 2;

function designTexts(design: DesignAnswer): { where: string; text: string }[] {
  return [
    { where: 'the use case', text: design.useCase },
    { where: 'the SLA', text: design.sla },
    { where: 'the processing reason', text: design.reason },
    { where: 'the inputs', text: design.inputs.map((input) => `${input.name} ${input.format} ${input.rate}`).join('. ') },
    { where: 'the outputs', text: design.outputs.map((output) => `${output.consumer} ${output.store}`).join('. ') },
  ];
}

function findEvidence(answer: CurveballAnswer, cues: CurveballCues): Evidence {
  const matcher = buildPhraseMatcher(cues.keywords.map((phrase, index) => ({ id: String(index), phrases: [phrase] })));
  const keywordsIn = (text: string) => [...new Set(matcher.matchAll(text).map((match) => cues.keywords[Number(match.id)] ?? match.matched))];
  const text = new Map<string, Set<string>>();
  for (const { where, text: written } of [...designTexts(answer.design), ...answer.notes]) {
    if (written.trim() === '') continue;
    for (const keyword of keywordsIn(written)) text.set(keyword, (text.get(keyword) ?? new Set()).add(where));
  }
  const diagram = new Map<string, DiagramComponent[]>();
  for (const component of answer.diagram.components) {
    if (component.label === '') continue;
    for (const keyword of keywordsIn(component.label)) diagram.set(keyword, [...(diagram.get(keyword) ?? []), component]);
  }
  const kinds = new Set(cues.kinds ?? []);
  return { text, diagram, ofKind: answer.diagram.components.filter((component) => isAnyOf(component, kinds)) };
}

/** Taken when the interviewer announces the curveball. */
export function curveballBaseline(answer: CurveballAnswer, cues: CurveballCues): CurveballBaseline {
  const evidence = findEvidence(answer, cues);
  return { textKeywords: [...evidence.text.keys()], diagramKeywords: [...evidence.diagram.keys()], kindCount: evidence.ofKind.length };
}

const quoted = (keywords: readonly string[]) => keywords.map((keyword) => `"${keyword}"`).join(', ');

/**
 * Scores whether the learner addressed the requirement the interviewer changed mid-interview: the
 * case's keywords newly in the design or notes, and newly in a diagram label (or, for half, a new
 * component of an expected kind). Deterministic and explained, like every other step.
 */
export function scoreCurveball(answer: CurveballAnswer, curveball: Curveball, baseline?: CurveballBaseline): StepResult {
  const evidence = findEvidence(answer, curveball);
  const findings: Finding[] = [];

  const before = new Set(baseline?.textKeywords ?? []);
  const fresh = [...evidence.text.entries()].filter(([keyword]) => !before.has(keyword));
  const needed = Math.min(KEYWORDS_FOR_FULL_TEXT, curveball.keywords.length);
  const textEarned = fresh.length >= needed ? TEXT_POINTS : fresh.length > 0 ? TEXT_POINTS / 2 : 0;
  const found = fresh.map(([keyword, places]) => `"${keyword}" (${[...places].join(', ')})`).join(', ');
  if (textEarned === TEXT_POINTS) {
    findings.push({ code: 'curveball.text', severity: 'good', points: TEXT_POINTS, message: `Your design or notes address the new requirement: ${found}.` });
  } else if (textEarned > 0) {
    findings.push({ code: 'curveball.text-thin', severity: 'good', points: textEarned, message: `Your design or notes touch the new requirement once: ${found}.` });
    findings.push({ code: 'curveball.text', severity: 'missing', points: TEXT_POINTS - textEarned, message: `Say what changes and why: ${curveball.why}` });
  } else {
    findings.push({ code: 'curveball.text', severity: 'missing', points: TEXT_POINTS, message: `Neither the design nor the notes address the new requirement. ${curveball.why}` });
  }
  const already = [...before].filter((keyword) => evidence.text.has(keyword));
  if (already.length > 0) {
    findings.push({ code: 'curveball.text-before', severity: 'hint', points: 0, message: `Already in your work before the change, so not counted for it: ${quoted(already)}.` });
  }

  const diagramBefore = new Set(baseline?.diagramKeywords ?? []);
  const freshLabels = [...evidence.diagram.entries()].filter(([keyword]) => !diagramBefore.has(keyword));
  const labelled = [...new Set(freshLabels.flatMap(([, components]) => components))];
  const expectedKinds = curveball.kinds ?? [];
  const newOfKind = evidence.ofKind.length > (baseline?.kindCount ?? 0);
  if (labelled.length > 0) {
    findings.push({
      code: 'curveball.diagram',
      severity: 'good',
      points: DIAGRAM_POINTS,
      message: `The diagram shows the change: ${labelled.map((component) => `"${component.label}"`).join(', ')}.`,
      refs: labelled.flatMap((component) => component.elementIds),
    });
  } else if (newOfKind) {
    const expected = new Set(expectedKinds);
    const kinds = [...new Set(evidence.ofKind.flatMap((component) => kindsOf(component).filter((kind) => expected.has(kind)).map(kindLabel)))].join(' and ');
    findings.push({ code: 'curveball.diagram-kind', severity: 'good', points: DIAGRAM_POINTS / 2, message: `You added a ${kinds} to the diagram, which the change needs.` });
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS / 2, message: 'Label the part of the diagram that changes for the new requirement, so the interviewer sees where it lands.' });
  } else {
    const kinds = expectedKinds.length > 0 ? ` (for example a ${expectedKinds.map(kindLabel).join(' or ')})` : '';
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS, message: `The diagram does not show where the new requirement lands${kinds}.` });
  }

  const earned = findings.filter((finding) => finding.severity === 'good').reduce((sum, finding) => sum + finding.points, 0);
  return stepResult(earned, TEXT_POINTS + DIAGRAM_POINTS, findings);
}

/** What a step page needs to announce the curveball and take its baseline; the reasoning (`why`) stays for the report. */
export type CurveballForSteps = Pick<Curveball, 'afterMinutes' | 'announcement'> & CurveballCues;

export function curveballForSteps(curveball: Curveball | undefined): CurveballForSteps | undefined {
  if (!curveball) return undefined;
  const { afterMinutes, announcement, keywords, kinds } = curveball;
  return kinds ? { afterMinutes, announcement, keywords, kinds } : { afterMinutes, announcement, keywords };
}
