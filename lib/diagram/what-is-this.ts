import type { DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { COMPONENT_KINDS } from './component-kinds';
import type { KindCategory } from './kind-info';
import { KIND_INFO } from './kind-info';

/** A box the reader could not place, for the checklist's "What is this?" question. */
export interface UnrecognisedBox {
  /** The component id (its main Excalidraw element id): store the answer on this element's customData. */
  componentId: string;
  /** Every element folded into the box (shape, texts, icon parts), for highlighting it. */
  elementIds: string[];
  /** The box's label as drawn ('' for an unlabelled box). */
  label: string;
  /** The palette item it was dropped as, when its label named nothing we know. */
  paletteKind?: ComponentKind;
}

/** One answer to "What is this?". */
export interface KindChoice {
  kind: ComponentKind;
  /** Human title, as findings name the kind ("real-time OLAP store (e.g. Druid, Pinot, ClickHouse)"). */
  title: string;
  category: Exclude<KindCategory, 'unknown'>;
}

/** Every kind a learner can choose for a box, in the order of the pipeline (sources first). */
export const KIND_CHOICES: readonly KindChoice[] = COMPONENT_KINDS.filter((kind): kind is Exclude<ComponentKind, 'unknown'> => kind !== 'unknown').map((kind) => ({
  kind,
  title: KIND_INFO[kind].label,
  category: KIND_INFO[kind].category as Exclude<KindCategory, 'unknown'>,
}));

/**
 * The boxes of a read diagram whose kind is unknown, in reading order (top to bottom, left to right).
 * The UI asks "What is this?" for each and stores the answer on the element as
 * `customData: { kind, kindSource: 'learner' }`, which the reader then takes over the label.
 */
export function unrecognisedBoxes(graph: DiagramGraph): UnrecognisedBox[] {
  return graph.components
    .filter((component) => component.kind === 'unknown')
    .map((component) => {
      const box: UnrecognisedBox = { componentId: component.id, elementIds: [...component.elementIds], label: component.label };
      if (component.paletteKind !== undefined) box.paletteKind = component.paletteKind;
      return box;
    });
}
