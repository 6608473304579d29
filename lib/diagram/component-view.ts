import type { DiagramComponent } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';

/** Every kind a component is (the reader's `kinds`, or its single `kind` for graphs built by hand). */
export function kindsOf(component: DiagramComponent): readonly ComponentKind[] {
  return component.kinds && component.kinds.length > 0 ? component.kinds : [component.kind];
}

/** True when the component is any of the accepted kinds. */
export function isAnyOf(component: DiagramComponent, accepted: ReadonlySet<ComponentKind>): boolean {
  // No array or closure per call: every rule asks this of every box.
  const kinds = component.kinds;
  if (!kinds || kinds.length === 0) return accepted.has(component.kind);
  for (const kind of kinds) if (accepted.has(kind)) return true;
  return false;
}
