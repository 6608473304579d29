/*
 * The one set of bounds every scene crosses on its way in: a scene file imported on the canvas, a
 * session file imported on the report, a record read back from storage and the canvas's own
 * snapshots. A value nested thousands of levels deep, a huge customData, a non-finite coordinate or
 * a file entry that is not an image would otherwise be stored and then break every later save,
 * export or report.
 */

/**
 * Far more elements than an interview diagram has (the reference scenes have under 100; a busy
 * whiteboard a few hundred). It was 20,000, and importing a scene that big froze the tab for 5-6 s
 * (Excalidraw's restore and render plus reading the graph, all on the main thread); reading alone
 * (parse, bounds, readScene, score) measured about 3x faster at 5,000 than at 20,000 in Node. A
 * stored attempt with more loads with the excess set aside (session-limits.ts).
 */
export const MAX_SCENE_ELEMENTS = 5_000;
/** Embedded images (logos, screenshots) as data URLs. */
export const MAX_SCENE_FILES = 50;
/** Excalidraw accepts images up to 4 MiB (its MAX_ALLOWED_FILE_BYTES); we keep the same limit. */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
/** A 4 MiB image as a base64 data URL, plus room for its `data:image/...;base64,` header. */
export const MAX_FILE_DATA_URL_LENGTH = Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 100;
/** Excalidraw's elements nest four or five levels (element, boundElements, binding, points); 32 leaves room for plugins. */
export const MAX_VALUE_DEPTH = 32;
/** customData is for small tags a tool attaches; 64 K characters of it is already far past that. */
export const MAX_CUSTOM_DATA_CHARS = 64 * 1024;
/** Values (numbers, strings, keys) in one element; a 10,000-point freehand stroke is about 20,000. */
export const MAX_ELEMENT_VALUES = 200_000;

/** The numeric fields Excalidraw positions an element with; each must be a finite number when present. */
const COORDINATE_FIELDS = ['x', 'y', 'width', 'height', 'angle'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Measure = { depth: number; values: number; chars: number; nonFinite: boolean };

/**
 * Walks a JSON-like value without recursion (so a 100,000-deep value cannot overflow the stack) and
 * stops as soon as it passes `maxDepth` or `maxValues`. `chars` counts string and key characters.
 */
export function measureValue(value: unknown, maxDepth = MAX_VALUE_DEPTH, maxValues = MAX_ELEMENT_VALUES): Measure {
  const result: Measure = { depth: 0, values: 0, chars: 0, nonFinite: false };
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    result.values += 1;
    if (depth > result.depth) result.depth = depth;
    if (result.depth > maxDepth || result.values > maxValues) return result;
    if (typeof current === 'string') result.chars += current.length;
    else if (typeof current === 'number') {
      if (!Number.isFinite(current)) result.nonFinite = true;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1]);
    } else if (isRecord(current)) {
      for (const key of Object.keys(current)) {
        result.chars += key.length;
        stack.push([current[key], depth + 1]);
      }
    }
  }
  return result;
}

/**
 * Why one element cannot be kept, in a phrase ("its customData is nested 5,001 levels deep"), or
 * undefined when it is within bounds. Elements are opaque records; only these bounds are checked here.
 */
export function elementProblem(element: unknown): string | undefined {
  if (!isRecord(element) || typeof element.id !== 'string' || typeof element.type !== 'string') return 'it needs an id and a type';
  for (const field of COORDINATE_FIELDS) {
    const value = element[field];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) return `its ${field} is not a finite number`;
  }
  const measured = measureValue(element);
  if (measured.depth > MAX_VALUE_DEPTH) return `it is nested more than ${MAX_VALUE_DEPTH} levels deep`;
  if (measured.values > MAX_ELEMENT_VALUES) return `it holds more than ${MAX_ELEMENT_VALUES.toLocaleString('en')} values`;
  if (measured.nonFinite) return 'it holds a number that is not finite';
  if (element.customData !== undefined && element.customData !== null) {
    if (!isRecord(element.customData)) return 'its customData is not an object';
    if (measureValue(element.customData).chars > MAX_CUSTOM_DATA_CHARS) return `its customData is over ${MAX_CUSTOM_DATA_CHARS / 1024} K characters`;
  }
  return undefined;
}

/** Only inline images may be embedded: `data:image/...`; `javascript:`, `data:text/html` and links are refused. */
export function isImageDataUrl(url: string): boolean {
  return /^data:image\/[a-z0-9.+-]+[;,]/i.test(url);
}

/** Why one embedded file cannot be kept, or undefined when it is an image within bounds. */
export function fileProblem(file: unknown): string | undefined {
  if (!isRecord(file) || typeof file.id !== 'string' || typeof file.mimeType !== 'string' || typeof file.dataURL !== 'string') return 'it is damaged';
  if (file.dataURL.length > MAX_FILE_DATA_URL_LENGTH) return `it is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  if (!isImageDataUrl(file.dataURL) || !file.mimeType.startsWith('image/')) return 'it is not an image';
  const { dataURL: _dataURL, ...rest } = file;
  const measured = measureValue(rest);
  if (measured.depth > MAX_VALUE_DEPTH || measured.values > 1_000 || measured.chars > MAX_CUSTOM_DATA_CHARS) return 'its details are too large';
  return undefined;
}

export type SceneBoundsResult = { ok: true } | { ok: false; error: string };

/**
 * Checks a scene's elements and files against every bound above, first problem first, as one
 * sentence for the learner ("Element 3 of the scene cannot be imported: its x is not a finite
 * number."). Takes unknown values: it is the gate in front of anything stored. Never throws.
 */
export function checkSceneBounds(elements: unknown, files: unknown): SceneBoundsResult {
  if (!Array.isArray(elements)) return { ok: false, error: 'The scene has no "elements" list.' };
  if (elements.length > MAX_SCENE_ELEMENTS) {
    return { ok: false, error: `The scene has ${elements.length.toLocaleString('en')} elements; up to ${MAX_SCENE_ELEMENTS.toLocaleString('en')} can be imported.` };
  }
  for (let index = 0; index < elements.length; index += 1) {
    const problem = elementProblem(elements[index]);
    if (problem === 'it needs an id and a type') return { ok: false, error: `Element ${index + 1} of the scene is damaged (it needs an id and a type).` };
    if (problem) return { ok: false, error: `Element ${index + 1} of the scene cannot be imported: ${problem}.` };
  }
  const fileMap = files === undefined || files === null ? {} : files;
  if (!isRecord(fileMap)) return { ok: false, error: "The scene's embedded images are damaged." };
  const entries = Object.entries(fileMap);
  if (entries.length > MAX_SCENE_FILES) return { ok: false, error: `The scene embeds ${entries.length} images; up to ${MAX_SCENE_FILES} can be imported.` };
  for (const [, file] of entries) {
    const problem = fileProblem(file);
    if (problem === 'it is damaged') return { ok: false, error: "The scene's embedded images are damaged." };
    if (problem === 'it is not an image') return { ok: false, error: 'The scene embeds a file that is not an image.' };
    if (problem) return { ok: false, error: `One embedded image cannot be imported: ${problem}.` };
  }
  return { ok: true };
}
