import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { COMPONENT_KINDS } from './component-kinds';
import type { KindCategory } from './kind-info';
import { KIND_INFO } from './kind-info';
import { PALETTE_CATEGORIES } from './palette';

/** A box the reader could not place, for the checklist's "What is this?" question. */
export interface UnknownComponent {
  /** The component's main element id (where the learner's answer is stored). */
  id: string;
  /** The learner's own words on the box; '' when it has none. */
  label: string;
  /** Every element of the box, so the answer can be stored on each and the box shown on the canvas. */
  elementIds: string[];
}

/** One choice of "What is this?": a kind, how it reads, and the layer it belongs to. */
export interface KindChoice {
  kind: Exclude<ComponentKind, 'unknown'>;
  label: string;
  category: Exclude<KindCategory, 'unknown'>;
}

/** The components whose kind is `unknown`, in the graph's order; a box its own label sets aside ("TBD", "Kafka (removed)") is not asked about. */
export function unknownComponents(graph: DiagramGraph): UnknownComponent[] {
  return graph.components
    .filter((component: DiagramComponent) => component.kind === 'unknown' && component.setAside === undefined)
    .map((component) => ({ id: component.id, label: component.label, elementIds: [...component.elementIds] }));
}

const CATEGORY_ORDER: readonly Exclude<KindCategory, 'unknown'>[] = ['source', 'ingestion', 'processing', 'storage', 'serving', 'orchestration', 'operations', 'control'];
/** Kinds outside the data path (catalogs, access control, coordination) have no palette layer of their own. */
const CONTROL_GROUP_TITLE = 'Outside the data path';

/** Every kind a learner can name a box as, grouped by layer in flow order (sources first), then by label. */
export function kindChoices(): KindChoice[] {
  const choices: KindChoice[] = [];
  for (const kind of COMPONENT_KINDS) {
    if (kind === 'unknown') continue;
    const info = KIND_INFO[kind];
    if (info.category === 'unknown') continue;
    choices.push({ kind, label: info.label, category: info.category });
  }
  return choices.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.label.localeCompare(b.label, 'en'));
}

/** The choices grouped under the palette's layer titles ("Sources", "Ingestion", ...), for a grouped select. */
export function kindChoiceGroups(): { title: string; choices: KindChoice[] }[] {
  const choices = kindChoices();
  const groups = PALETTE_CATEGORIES.map((category) => ({ title: category.title, choices: choices.filter((choice) => choice.category === category.id) }));
  groups.push({ title: CONTROL_GROUP_TITLE, choices: choices.filter((choice) => choice.category === 'control') });
  return groups.filter((group) => group.choices.length > 0);
}

/** Whether `value` names a kind a learner may choose (guards the select's value before it is stored). */
export function isChoosableKind(value: string): value is KindChoice['kind'] {
  return value !== 'unknown' && (COMPONENT_KINDS as readonly string[]).includes(value);
}

/**
 * An element's customData once the learner has said what the box is: everything it held, plus
 * `kind` and `kindSource: 'learner'` (the reader trusts a learner's answer over the label).
 */
export function withLearnerKind(customData: Readonly<Record<string, unknown>> | null | undefined, kind: KindChoice['kind']): Record<string, unknown> {
  return { ...(customData ?? {}), kind, kindSource: 'learner' };
}
