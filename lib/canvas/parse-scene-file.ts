import { decodePngScene, decodeSvgScene, isPng, isSvgText } from './decode-embedded-scene';
import { checkSceneBounds } from './scene-bounds';
import type { SceneSnapshot } from './scene-snapshot';

/** Real hand-drawn scenes with logos are a few MB; anything far bigger is refused before parsing. */
export const MAX_SCENE_FILE_BYTES = 20 * 1024 * 1024;

export type SceneFileResult = { ok: true; scene: SceneSnapshot } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The scene text inside a file's bytes: JSON as is, or the scene embedded in a PNG / SVG export. */
function sceneText(input: string | Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (isPng(input)) {
      const png = decodePngScene(input);
      return png.ok ? { ok: true, text: png.json } : png;
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, error: 'This is not an Excalidraw file: it is a binary file, not a scene (.excalidraw, .json, or a .png / .svg exported with the scene embedded).' };
    }
  }
  if (isSvgText(text)) {
    const svg = decodeSvgScene(text);
    return svg.ok ? { ok: true, text: svg.json } : svg;
  }
  if (text.includes('\u0000')) return { ok: false, error: 'This is not an Excalidraw file: it is a binary file, not a scene.' };
  return { ok: true, text };
}

/**
 * Checks an imported scene before anything on the canvas changes: size, format, JSON, shape, element
 * count and embedded files. Takes the file's bytes (or its text): `.excalidraw` / `.json` text, or an
 * `.excalidraw.png` / `.excalidraw.svg` with the scene embedded (decoded the way Excalidraw does).
 * One clear sentence when it is refused; never throws.
 */
export function parseSceneFile(input: string | Uint8Array, byteLength = typeof input === 'string' ? input.length : input.byteLength): SceneFileResult {
  if (byteLength > MAX_SCENE_FILE_BYTES) {
    return { ok: false, error: `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; scenes up to ${MAX_SCENE_FILE_BYTES / 1024 / 1024} MB can be imported.` };
  }
  const extracted = sceneText(input);
  if (!extracted.ok) return extracted;
  let data: unknown;
  try {
    data = JSON.parse(extracted.text);
  } catch {
    return { ok: false, error: 'This is not an Excalidraw file: it is not valid JSON (it may be truncated).' };
  }
  const source = Array.isArray(data) ? { elements: data } : data;
  if (!isRecord(source)) return { ok: false, error: 'This is not an Excalidraw file: expected a scene with an "elements" list.' };
  if (typeof source.type === 'string' && source.type !== 'excalidraw') {
    return { ok: false, error: `This is an "${source.type.slice(0, 40)}" file, not an Excalidraw scene.` };
  }
  if (!Array.isArray(source.elements)) return { ok: false, error: 'This is not an Excalidraw file: it has no "elements" list.' };
  const files = source.files === undefined || source.files === null ? {} : source.files;
  // The same bounds as a session import and a stored record (depth, size, finite coordinates, images only).
  const bounds = checkSceneBounds(source.elements, files);
  if (!bounds.ok) return bounds;
  return { ok: true, scene: { elements: source.elements as Record<string, unknown>[], files: files as SceneSnapshot['files'] } };
}

/** The `.excalidraw` file a learner downloads: Excalidraw opens it as is. */
export function sceneFileText(scene: SceneSnapshot): string {
  return JSON.stringify({ type: 'excalidraw', version: 2, source: 'system-design-trainer', elements: scene.elements, appState: { viewBackgroundColor: '#ffffff' }, files: scene.files }, null, 2);
}
