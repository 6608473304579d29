import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { Rubric } from '../content/rubric-schema';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { assertNever } from '../util/assert-never';
import type { ComponentKind } from './component-kinds';
import { findPath } from './find-path';
import { kindLabel, placementHint } from './kind-info';

export type DiagramRubric = Rubric['steps']['diagram'];
type Antipattern = DiagramRubric['antipatterns'][number];
type KindRequirement = DiagramRubric['requiredKinds'][number];

const SINGLE_BROKER = /\b(single|one|1)[\s-]*(kafka[\s-]*)?broker\b/i;

function elementsOf(components: readonly DiagramComponent[]): string[] {
  return [...new Set(components.flatMap((component) => component.elementIds))].sort();
}

function listLabels(components: readonly DiagramComponent[]): string {
  const labels = components.map((component) => (component.label ? `"${component.label}"` : component.kind === 'unknown' ? 'an unlabelled box' : `a ${kindLabel(component.kind)}`));
  return labels.length <= 3 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
}

function scoreKindRequirement(graph: DiagramGraph, requirement: KindRequirement, code: string): { earned: number; finding: Finding } {
  const matches = graph.components.filter((component) => requirement.anyOf.includes(component.kind));
  if (matches.length > 0) {
    return {
      earned: requirement.points,
      finding: { code, severity: 'good', points: requirement.points, message: `${requirement.label}: ${listLabels(matches)}.`, refs: elementsOf(matches) },
    };
  }
  const first = requirement.anyOf[0] as ComponentKind;
  const options = requirement.anyOf.map(kindLabel).join(' or ');
  return {
    earned: 0,
    finding: {
      code,
      severity: 'missing',
      points: requirement.points,
      message: `Missing: ${requirement.label.toLowerCase()} (${options}). ${requirement.why} It would go ${placementHint(first)}.`,
    },
  };
}

function antipatternFinding(graph: DiagramGraph, antipattern: Antipattern): Finding | undefined {
  const base = { code: `diagram.antipattern.${antipattern.id}`, severity: 'wrong' as const, points: antipattern.penalty };
  switch (antipattern.rule) {
    case 'dashboard-reads-oltp': {
      const byId = new Map(graph.components.map((component) => [component.id, component]));
      const direct = graph.edges.filter((edge) => {
        const kinds = [byId.get(edge.from)?.kind, byId.get(edge.to)?.kind];
        return kinds.includes('bi_dashboard') && kinds.includes('oltp_database');
      });
      if (direct.length === 0) return undefined;
      const involved = direct.flatMap((edge) => [byId.get(edge.from), byId.get(edge.to)]).filter((component) => component !== undefined);
      return { ...base, message: `Dashboards read the OLTP database directly. ${antipattern.why}`, refs: [...elementsOf(involved), ...direct.flatMap((edge) => edge.elementIds)].sort() };
    }
    case 'single-broker': {
      const single = graph.components.filter((component) => component.kind === 'kafka' && SINGLE_BROKER.test(component.label));
      if (single.length === 0) return undefined;
      return { ...base, message: `A single Kafka broker (${listLabels(single)}). ${antipattern.why}`, refs: elementsOf(single) };
    }
    case 'no-schema-management': {
      const streams = graph.components.filter((component) => component.kind === 'kafka');
      const hasRegistry = graph.components.some((component) => component.kind === 'schema_registry');
      if (streams.length === 0 || hasRegistry) return undefined;
      return { ...base, message: `No schema management between producers and consumers of ${listLabels(streams)}. ${antipattern.why}`, refs: elementsOf(streams) };
    }
    default:
      return assertNever(antipattern.rule, 'antipattern rule');
  }
}

/**
 * Scores the learner's diagram (already read into a graph by lib/canvas) against the case: required
 * components, flows from one kind to another through any hops, error handling, and antipatterns that
 * cost points. Every finding names the canvas elements it is about.
 */
export function scoreDiagram(graph: DiagramGraph, rubric: { steps: { diagram: DiagramRubric } }): StepResult {
  const diagram = rubric.steps.diagram;
  const findings: Finding[] = [];
  let earned = 0;
  let available = 0;

  for (const requirement of diagram.requiredKinds) {
    available += requirement.points;
    const scored = scoreKindRequirement(graph, requirement, `diagram.component.${requirement.id}`);
    earned += scored.earned;
    findings.push(scored.finding);
  }
  for (const requirement of diagram.errorHandling) {
    available += requirement.points;
    const scored = scoreKindRequirement(graph, requirement, `diagram.error-handling.${requirement.id}`);
    earned += scored.earned;
    findings.push(scored.finding);
  }
  for (const flow of diagram.flows) {
    available += flow.points;
    const code = `diagram.flow.${flow.id}`;
    const path = findPath(graph, flow.from, flow.to);
    if (path) {
      earned += flow.points;
      const byId = new Map(graph.components.map((component) => [component.id, component]));
      const onPath = path.componentIds.map((id) => byId.get(id)).filter((component) => component !== undefined);
      const route = onPath.map((component) => component.label || kindLabel(component.kind)).join(' → ');
      findings.push({ code, severity: 'good', points: flow.points, message: `${flow.label}: ${route}.`, refs: [...elementsOf(onPath), ...path.edges.flatMap((edge) => edge.elementIds)].sort() });
    } else {
      const from = flow.from.map(kindLabel).join(' or ');
      const to = flow.to.map(kindLabel).join(' or ');
      findings.push({ code, severity: 'missing', points: flow.points, message: `No path of arrows from ${from} to ${to}. ${flow.why}` });
    }
  }

  let penalty = 0;
  for (const antipattern of diagram.antipatterns) {
    const finding = antipatternFinding(graph, antipattern);
    if (finding) {
      penalty += finding.points;
      findings.push(finding);
    }
  }

  const unknown = graph.components.filter((component) => component.kind === 'unknown');
  if (unknown.length > 0) {
    findings.push({
      code: 'diagram.unrecognised',
      severity: 'hint',
      points: 0,
      message: `${unknown.length === 1 ? 'One box is' : `${unknown.length} boxes are`} not recognised (${listLabels(unknown)}): label each box with what it is, such as Kafka, S3 or Airflow, or use the palette.`,
      refs: elementsOf(unknown),
    });
  }
  if (graph.components.length > 1 && graph.edges.length === 0) {
    findings.push({ code: 'diagram.no-arrows', severity: 'hint', points: 0, message: 'Nothing is connected yet: draw arrows in the direction the data flows.' });
  }
  return stepResult(Math.max(0, earned - penalty), available, findings);
}
