import { decodePngScene, decodeSvgScene, isPng, isSvgText } from './decode-embedded-scene';
import { MAX_FILE_DATA_URL_LENGTH, MAX_SCENE_ELEMENTS, MAX_SCENE_FILES } from './scene-snapshot';
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
  if (source.elements.length > MAX_SCENE_ELEMENTS) {
    return { ok: false, error: `The scene has ${source.elements.length.toLocaleString('en')} elements; up to ${MAX_SCENE_ELEMENTS.toLocaleString('en')} can be imported.` };
  }
  const badIndex = source.elements.findIndex((element) => !isRecord(element) || typeof element.id !== 'string' || typeof element.type !== 'string');
  if (badIndex >= 0) return { ok: false, error: `Element ${badIndex + 1} of the scene is damaged (it needs an id and a type).` };
  const files = source.files === undefined || source.files === null ? {} : source.files;
  if (!isRecord(files)) return { ok: false, error: 'The scene\'s embedded images are damaged.' };
  const fileEntries = Object.entries(files);
  if (fileEntries.length > MAX_SCENE_FILES) return { ok: false, error: `The scene embeds ${fileEntries.length} images; up to ${MAX_SCENE_FILES} can be imported.` };
  for (const [, file] of fileEntries) {
    if (!isRecord(file) || typeof file.id !== 'string' || typeof file.mimeType !== 'string' || typeof file.dataURL !== 'string') {
      return { ok: false, error: 'The scene\'s embedded images are damaged.' };
    }
    if (file.dataURL.length > MAX_FILE_DATA_URL_LENGTH) return { ok: false, error: 'One embedded image is over 4 MB.' };
    if (!file.dataURL.startsWith('data:image/')) return { ok: false, error: 'The scene embeds a file that is not an image.' };
  }
  return { ok: true, scene: { elements: source.elements as Record<string, unknown>[], files: files as SceneSnapshot['files'] } };
}

/** The `.excalidraw` file a learner downloads: Excalidraw opens it as is. */
export function sceneFileText(scene: SceneSnapshot): string {
  return JSON.stringify({ type: 'excalidraw', version: 2, source: 'system-design-trainer', elements: scene.elements, appState: { viewBackgroundColor: '#ffffff' }, files: scene.files }, null, 2);
}
