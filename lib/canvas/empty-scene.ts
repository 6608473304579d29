import type { SceneSnapshot } from './scene-snapshot';

/** A blank canvas as the session stores it (no elements, no files); without zod, for new sessions. */
export function emptySceneSnapshot(): SceneSnapshot {
  return { elements: [], files: {} };
}
