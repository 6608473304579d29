import { kindsFromLabel } from '../canvas/classify-kind';
import type { DiagramComponent } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';

/** A parenthetical of a label: `Kafka (RF 3, schema registry)` -> `RF 3, schema registry`. */
const PARENTHETICAL = /\(([^()]*)\)/g;

/**
 * The kinds a box's label names in its parentheticals (`Kafka (RF 3, schema registry)`: schema_registry), each
 * comma-separated part read on its own by lib/canvas kindsFromLabel. The box is not those kinds (the reader keeps
 * a qualifier out of what a box is, so "Kafka (to S3)" is no object store); they are what the box runs with, such
 * as a registry beside its broker. Pure; never throws.
 */
export function qualifierKinds(component: DiagramComponent): Set<ComponentKind> {
  const kinds = new Set<ComponentKind>();
  for (const match of component.label.matchAll(PARENTHETICAL)) {
    for (const part of (match[1] ?? '').split(/[,;]/)) {
      const text = part.trim();
      if (text === '') continue;
      for (const kind of kindsFromLabel(text).kinds) if (kind !== 'unknown') kinds.add(kind);
    }
  }
  return kinds;
}
