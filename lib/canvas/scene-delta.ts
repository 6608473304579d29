import { assertNever } from '@/lib/util/assert-never';

/**
 * What changed in a scene since the last one sent to a reader that keeps the scene (the live
 * checklist's worker): the scene's element ids in order, and the elements that are new or changed.
 * Sending the delta instead of every element spares a structured copy of the whole scene on each edit
 * (at 500 elements, milliseconds on the page's main thread and again in the worker), and the worker
 * keeps the objects of unchanged elements.
 */
export type SceneDelta =
  /** Every element, in order: the first scene, or one whose ids cannot be tracked (missing or repeated). */
  | { kind: 'full'; elements: readonly unknown[] }
  /** `order`: every element id of the scene, in scene order; `changed`: the elements the reader lacks or holds an older copy of. */
  | { kind: 'delta'; order: readonly string[]; changed: readonly unknown[] };

type Sent = { element: object; version: unknown };

/** An element's id, when it is an object with a string id. */
function idOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined;
  const id = (element as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The sending side. `next(elements)` gives what to send for this scene and assumes it arrives;
 * `reset()` forgets what was sent (a new reader, or one that lost track), so the next scene goes whole.
 * An element counts as changed when it is another object than the one sent or its `version` differs
 * (Excalidraw edits elements in place and bumps `version`; an import brings new objects).
 */
export function createSceneDeltaSender(): { next: (elements: readonly unknown[]) => SceneDelta; reset: () => void } {
  let sent: Map<string, Sent> | undefined;
  return {
    next(elements) {
      const now = new Map<string, Sent>();
      const order: string[] = [];
      const changed: unknown[] = [];
      let trackable = true;
      for (const element of elements) {
        const id = idOf(element);
        if (id === undefined || now.has(id)) {
          trackable = false;
          break;
        }
        const version = (element as { version?: unknown }).version;
        now.set(id, { element: element as object, version });
        order.push(id);
        const before = sent?.get(id);
        if (!before || before.element !== element || before.version !== version) changed.push(element);
      }
      if (!trackable || !sent) {
        sent = trackable ? now : undefined;
        return { kind: 'full', elements };
      }
      sent = now;
      return { kind: 'delta', order, changed };
    },
    reset() {
      sent = undefined;
    },
  };
}

/**
 * The receiving side: `apply(delta)` gives the whole scene, in order, from the elements it keeps and
 * the delta. Throws when a delta names an element it never received (the sender must then reset).
 */
export function createSceneDeltaReceiver(): { apply: (delta: SceneDelta) => readonly unknown[] } {
  let kept = new Map<string, unknown>();
  return {
    apply(delta) {
      switch (delta.kind) {
        case 'full': {
          kept = new Map();
          for (const element of delta.elements) {
            const id = idOf(element);
            if (id !== undefined) kept.set(id, element);
          }
          return delta.elements;
        }
        case 'delta': {
          for (const element of delta.changed) {
            const id = idOf(element);
            if (id !== undefined) kept.set(id, element);
          }
          const elements = delta.order.map((id) => {
            const element = kept.get(id);
            if (element === undefined) throw new Error(`scene delta names element ${id}, which was never sent`);
            return element;
          });
          if (kept.size > delta.order.length) kept = new Map(delta.order.map((id, index) => [id, elements[index]]));
          return elements;
        }
        default:
          return assertNever(delta, 'scene delta');
      }
    },
  };
}
