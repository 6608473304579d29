import type { DiagramGraph } from '../canvas/diagram-graph';
import type { Curveball } from '../content/rubric-schema';
import type { DesignAnswer } from '../design/design-answer-schema';
import { kindLabel } from '../diagram/kind-info';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { buildPhraseMatcher } from '../text/phrase-matcher';

/** Where the learner could have answered the changed requirement. */
export type CurveballAnswer = {
  design: DesignAnswer;
  /** Notes by where they were written, e.g. "notes of step 4". */
  notes: readonly { where: string; text: string }[];
  diagram: DiagramGraph;
};

/** Saying what changes (design or notes) weighs more than drawing it; both together earn full marks. */
const TEXT_POINTS = 70;
const DIAGRAM_POINTS = 30;
/** Two distinct keywords show the requirement was worked through, not name-dropped once. */
const KEYWORDS_FOR_FULL_TEXT = 2;

function keywordMatcher(keywords: readonly string[]) {
  return buildPhraseMatcher(keywords.map((phrase, index) => ({ id: String(index), phrases: [phrase] })));
}

function designTexts(design: DesignAnswer): { where: string; text: string }[] {
  return [
    { where: 'the use case', text: design.useCase },
    { where: 'the SLA', text: design.sla },
    { where: 'the processing reason', text: design.reason },
    { where: 'the inputs', text: design.inputs.map((input) => `${input.name} ${input.format} ${input.rate}`).join('. ') },
    { where: 'the outputs', text: design.outputs.map((output) => `${output.consumer} ${output.store}`).join('. ') },
  ];
}

/**
 * Scores whether the learner addressed the requirement the interviewer changed mid-interview: the
 * case's keywords in the design or notes, and a labelled component (or one of the expected kinds)
 * in the diagram. Deterministic and explained, like every other step.
 */
export function scoreCurveball(answer: CurveballAnswer, curveball: Curveball): StepResult {
  const matcher = keywordMatcher(curveball.keywords);
  const findings: Finding[] = [];

  const hitsByKeyword = new Map<string, Set<string>>();
  for (const { where, text } of [...designTexts(answer.design), ...answer.notes]) {
    if (text.trim() === '') continue;
    for (const match of matcher.matchAll(text)) {
      const keyword = curveball.keywords[Number(match.id)] ?? match.matched;
      hitsByKeyword.set(keyword, (hitsByKeyword.get(keyword) ?? new Set()).add(where));
    }
  }
  const needed = Math.min(KEYWORDS_FOR_FULL_TEXT, curveball.keywords.length);
  const textEarned = hitsByKeyword.size >= needed ? TEXT_POINTS : hitsByKeyword.size > 0 ? TEXT_POINTS / 2 : 0;
  const found = [...hitsByKeyword.entries()].map(([keyword, places]) => `"${keyword}" (${[...places].join(', ')})`).join(', ');
  if (textEarned === TEXT_POINTS) {
    findings.push({ code: 'curveball.text', severity: 'good', points: TEXT_POINTS, message: `Your design or notes address the new requirement: ${found}.` });
  } else if (textEarned > 0) {
    findings.push({ code: 'curveball.text-thin', severity: 'good', points: textEarned, message: `Your design or notes touch the new requirement once: ${found}.` });
    findings.push({ code: 'curveball.text', severity: 'missing', points: TEXT_POINTS - textEarned, message: `Say what changes and why: ${curveball.why}` });
  } else {
    findings.push({ code: 'curveball.text', severity: 'missing', points: TEXT_POINTS, message: `Neither the design nor the notes address the new requirement. ${curveball.why}` });
  }

  const labelled = answer.diagram.components.filter((component) => component.label !== '' && matcher.matchAll(component.label).length > 0);
  const expectedKinds = curveball.kinds ?? [];
  const ofKind = answer.diagram.components.filter((component) => expectedKinds.includes(component.kind));
  if (labelled.length > 0) {
    findings.push({
      code: 'curveball.diagram',
      severity: 'good',
      points: DIAGRAM_POINTS,
      message: `The diagram shows the change: ${labelled.map((component) => `"${component.label}"`).join(', ')}.`,
      refs: labelled.flatMap((component) => component.elementIds),
    });
  } else if (ofKind.length > 0) {
    findings.push({ code: 'curveball.diagram-kind', severity: 'good', points: DIAGRAM_POINTS / 2, message: `The diagram has the ${[...new Set(ofKind.map((component) => kindLabel(component.kind)))].join(' and ')} the change needs.` });
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS / 2, message: 'Label the part of the diagram that changes for the new requirement, so the interviewer sees where it lands.' });
  } else {
    const kinds = expectedKinds.length > 0 ? ` (for example a ${expectedKinds.map(kindLabel).join(' or ')})` : '';
    findings.push({ code: 'curveball.diagram', severity: 'missing', points: DIAGRAM_POINTS, message: `The diagram does not show where the new requirement lands${kinds}.` });
  }

  const earned = findings.filter((finding) => finding.severity === 'good').reduce((sum, finding) => sum + finding.points, 0);
  return stepResult(earned, TEXT_POINTS + DIAGRAM_POINTS, findings);
}
