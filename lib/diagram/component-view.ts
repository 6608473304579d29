import type { DiagramComponent } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';

/** Every kind a component is (the reader's `kinds`, or its single `kind` for graphs built by hand). */
export function kindsOf(component: DiagramComponent): readonly ComponentKind[] {
  return component.kinds && component.kinds.length > 0 ? component.kinds : [component.kind];
}

/** True when the component is any of the accepted kinds. */
export function isAnyOf(component: DiagramComponent, accepted: ReadonlySet<ComponentKind>): boolean {
  return kindsOf(component).some((kind) => accepted.has(kind));
}
