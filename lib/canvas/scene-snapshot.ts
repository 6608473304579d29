import { z } from 'zod';

/** More elements than anyone draws by hand; a bigger scene is refused rather than stalling the page. */
export const MAX_SCENE_ELEMENTS = 20_000;
/** Embedded images (logos, screenshots) as data URLs. */
export const MAX_SCENE_FILES = 50;
export const MAX_FILE_DATA_URL_LENGTH = 4 * 1024 * 1024;

/**
 * A canvas as the session stores it: Excalidraw's elements and embedded files, kept opaque. Only
 * lib/canvas interprets elements; the session just keeps what the learner drew.
 */
export const sceneSnapshotSchema = z.object({
  elements: z.array(z.record(z.string(), z.unknown())).max(MAX_SCENE_ELEMENTS),
  files: z
    .record(z.string(), z.object({ id: z.string(), mimeType: z.string(), dataURL: z.string().max(MAX_FILE_DATA_URL_LENGTH) }).loose())
    .refine((files) => Object.keys(files).length <= MAX_SCENE_FILES, `at most ${MAX_SCENE_FILES} embedded images`),
});
export type SceneSnapshot = z.infer<typeof sceneSnapshotSchema>;

export function emptySceneSnapshot(): SceneSnapshot {
  return { elements: [], files: {} };
}
