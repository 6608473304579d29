import type { RoomElement } from './room-state-schema';

/**
 * Whether the element we hold wins over a remote copy of it. Excalidraw's rule (packages/excalidraw
 * data/reconcile.ts, shouldDiscardRemoteElement, v0.18): the higher `version` wins; on equal versions
 * the lower `versionNonce` wins, so every replica picks the same one. The editing/resizing exceptions
 * of that rule concern a browser's own app state and do not apply on the server.
 */
export function localElementWins(local: RoomElement, remote: RoomElement): boolean {
  return local.version > remote.version || (local.version === remote.version && local.versionNonce < remote.versionNonce);
}

function hasIndex(element: RoomElement): element is RoomElement & { index: string } {
  return typeof element.index === 'string';
}

/**
 * Orders elements by their fractional index, as Excalidraw's orderByFractionalIndex does: by `index`,
 * ties broken by id; an element without an index keeps its place relative to the others (stable sort).
 */
export function orderByFractionalIndex(elements: RoomElement[]): RoomElement[] {
  return elements
    .map((element, position) => ({ element, position }))
    .sort((a, b) => {
      if (hasIndex(a.element) && hasIndex(b.element)) {
        if (a.element.index !== b.element.index) return a.element.index < b.element.index ? -1 : 1;
        if (a.element.id !== b.element.id) return a.element.id < b.element.id ? -1 : 1;
      }
      return a.position - b.position;
    })
    .map((entry) => entry.element);
}

/**
 * Excalidraw's reconcileElements, ported because @excalidraw/excalidraw cannot load in Node (it needs a
 * DOM and imports roughjs without file extensions). Remote elements come first in remote order, each
 * replaced by the local copy when that wins; then local elements the remote did not mention; then
 * ordered by fractional index. Excalidraw also repairs invalid indices in the browser
 * (syncInvalidIndices); the server keeps them as sent. Returns the merged scene and the remote
 * elements that won and differ from ours (what changed, to store and relay).
 */
export function reconcileElements(local: readonly RoomElement[], remote: readonly RoomElement[]): { elements: RoomElement[]; accepted: RoomElement[] } {
  const localById = new Map(local.map((element) => [element.id, element]));
  const merged: RoomElement[] = [];
  const accepted: RoomElement[] = [];
  const added = new Set<string>();
  for (const remoteElement of remote) {
    if (added.has(remoteElement.id)) continue;
    const localElement = localById.get(remoteElement.id);
    if (localElement && localElementWins(localElement, remoteElement)) {
      merged.push(localElement);
    } else {
      merged.push(remoteElement);
      const unchanged = localElement && localElement.version === remoteElement.version && localElement.versionNonce === remoteElement.versionNonce;
      if (!unchanged) accepted.push(remoteElement);
    }
    added.add(remoteElement.id);
  }
  for (const localElement of local) {
    if (!added.has(localElement.id)) {
      merged.push(localElement);
      added.add(localElement.id);
    }
  }
  return { elements: orderByFractionalIndex(merged), accepted };
}

/**
 * The remote elements that would win the merge and change something, without building the merged
 * scene (the server's decision needs only these), and how many elements the scene would then hold.
 */
export function winningElements(local: readonly RoomElement[], remote: readonly RoomElement[]): { accepted: RoomElement[]; total: number } {
  const localById = new Map(local.map((element) => [element.id, element]));
  const accepted: RoomElement[] = [];
  const seen = new Set<string>();
  let added = 0;
  for (const remoteElement of remote) {
    if (seen.has(remoteElement.id)) continue;
    seen.add(remoteElement.id);
    const localElement = localById.get(remoteElement.id);
    if (!localElement) added += 1;
    if (localElement && (localElementWins(localElement, remoteElement) || (localElement.version === remoteElement.version && localElement.versionNonce === remoteElement.versionNonce))) continue;
    accepted.push(remoteElement);
  }
  return { accepted, total: local.length + added };
}
