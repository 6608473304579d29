import { z } from 'zod';
import { checkSceneBounds, MAX_FILE_DATA_URL_LENGTH, MAX_SCENE_ELEMENTS, MAX_SCENE_FILES } from './scene-bounds';

import { emptySceneSnapshot } from './empty-scene';

export { emptySceneSnapshot, MAX_FILE_DATA_URL_LENGTH, MAX_SCENE_ELEMENTS, MAX_SCENE_FILES };

/**
 * A canvas as the session stores it: Excalidraw's elements and embedded files, kept opaque. Only
 * lib/canvas interprets elements; the session just keeps what the learner drew, within the bounds of
 * scene-bounds.ts (the same gate as a scene file's import).
 */
export const sceneSnapshotSchema = z
  .object({
    elements: z.array(z.record(z.string(), z.unknown())).max(MAX_SCENE_ELEMENTS),
    files: z
      .record(z.string(), z.object({ id: z.string(), mimeType: z.string(), dataURL: z.string().max(MAX_FILE_DATA_URL_LENGTH) }).loose())
      .refine((files) => Object.keys(files).length <= MAX_SCENE_FILES, `at most ${MAX_SCENE_FILES} embedded images`),
  })
  .superRefine((scene, context) => {
    const bounds = checkSceneBounds(scene.elements, scene.files);
    if (!bounds.ok) context.addIssue({ code: 'custom', message: bounds.error });
  });
export type SceneSnapshot = z.infer<typeof sceneSnapshotSchema>;
