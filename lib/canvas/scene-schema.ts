import { z } from 'zod';

/*
 * The only description of Excalidraw's JSON in the project. Lenient on purpose: every field we read
 * is optional and a malformed field is dropped (`.catch`) rather than failing the element, unknown
 * fields pass through, and only an element without an id or a type is skipped.
 */

const num = z.number().optional().catch(undefined);
const str = z.string().optional().catch(undefined);
const nullableStr = z.string().nullable().optional().catch(undefined);
const bool = z.boolean().optional().catch(undefined);

const bindingSchema = z.looseObject({ elementId: z.string() }).nullable().optional().catch(undefined);

export const sceneElementSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  x: num,
  y: num,
  width: num,
  height: num,
  angle: num,
  isDeleted: bool,
  text: str,
  originalText: str,
  fontSize: num,
  containerId: nullableStr,
  boundElements: z
    .array(z.looseObject({ id: z.string(), type: z.string() }))
    .nullable()
    .optional()
    .catch(undefined),
  startBinding: bindingSchema,
  endBinding: bindingSchema,
  points: z.array(z.array(z.number())).optional().catch(undefined),
  startArrowhead: nullableStr,
  endArrowhead: nullableStr,
  groupIds: z.array(z.string()).optional().catch(undefined),
  frameId: nullableStr,
  /** Frames carry their title here. */
  name: nullableStr,
  /** Closed polylines in newer Excalidraw versions. */
  polygon: bool,
  customData: z.record(z.string(), z.unknown()).nullable().optional().catch(undefined),
  /** Element-skeleton API shapes may carry their label inline instead of as a bound text element. */
  label: z.looseObject({ text: z.string() }).optional().catch(undefined),
  /** Images: the key of their data in the scene's `files`. */
  fileId: nullableStr,
  /** The element's hyperlink (Excalidraw's "link" field), e.g. a logo linking to its product's site. */
  link: nullableStr,
});
export type SceneElement = z.infer<typeof sceneElementSchema>;

const isNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
const isStr = (v: unknown) => v === undefined || typeof v === 'string';
const isNullableStr = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const isBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBinding = (v: unknown) => v === undefined || v === null || (isObj(v) && typeof v.elementId === 'string');

function isPoints(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const p of v) {
    if (!Array.isArray(p)) return false;
    for (const c of p) if (typeof c !== 'number' || !Number.isFinite(c)) return false;
  }
  return true;
}

function isBoundElements(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  return Array.isArray(v) && v.every((b) => isObj(b) && typeof b.id === 'string' && typeof b.type === 'string');
}

/**
 * Fast path: true when `sceneElementSchema` would accept the value unchanged. Real scenes are
 * well-formed, and zod's per-field work (~20 us per element) would eat the frame budget on a
 * 500-element scene; anything this check rejects still goes through the schema, which repairs it.
 */
export function isWellFormedElement(v: unknown): v is SceneElement {
  if (!isObj(v)) return false;
  return (
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    typeof v.type === 'string' &&
    v.type.length > 0 &&
    isNum(v.x) &&
    isNum(v.y) &&
    isNum(v.width) &&
    isNum(v.height) &&
    isNum(v.angle) &&
    isBool(v.isDeleted) &&
    isStr(v.text) &&
    isStr(v.originalText) &&
    isNum(v.fontSize) &&
    isNullableStr(v.containerId) &&
    isBoundElements(v.boundElements) &&
    isBinding(v.startBinding) &&
    isBinding(v.endBinding) &&
    isPoints(v.points) &&
    isNullableStr(v.startArrowhead) &&
    isNullableStr(v.endArrowhead) &&
    (v.groupIds === undefined || (Array.isArray(v.groupIds) && v.groupIds.every((g) => typeof g === 'string'))) &&
    isNullableStr(v.frameId) &&
    isNullableStr(v.name) &&
    isBool(v.polygon) &&
    isNullableStr(v.fileId) &&
    isNullableStr(v.link) &&
    (v.customData === undefined || v.customData === null || isObj(v.customData)) &&
    (v.label === undefined || (isObj(v.label) && typeof v.label.text === 'string'))
  );
}

/**
 * Objects found well-formed before, with the `version` they had: Excalidraw bumps `version` on every edit
 * and the live checklist's worker keeps unchanged element objects between scenes, so those are not
 * checked again. Objects without a numeric `version` are checked every time.
 */
const WELL_FORMED = new WeakMap<object, number>();

/** `isWellFormedElement`, remembered per object and version. */
function isKnownWellFormed(v: unknown): v is SceneElement {
  if (typeof v !== 'object' || v === null) return false;
  const version = (v as { version?: unknown }).version;
  if (typeof version !== 'number') return isWellFormedElement(v);
  if (WELL_FORMED.get(v) === version) return true;
  if (!isWellFormedElement(v)) return false;
  WELL_FORMED.set(v, version);
  return true;
}

export interface ParsedScene {
  elements: SceneElement[];
  notes: string[];
  /** The scene file's `files` (image data by file id), when it has them; unchecked. */
  files?: Record<string, unknown>;
}

/** Accepts a scene file object, `{ elements }`, a bare element array, or the JSON text of any of those. */
export function parseScene(input: unknown): ParsedScene {
  const notes: string[] = [];
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { elements: [], notes: ['scene is not valid JSON'] };
    }
  }
  let raw: unknown[] | null = null;
  if (Array.isArray(value)) raw = value;
  else if (value !== null && typeof value === 'object' && Array.isArray((value as { elements?: unknown }).elements)) {
    raw = (value as { elements: unknown[] }).elements;
  }
  if (raw === null) return { elements: [], notes: ['scene has no elements array'] };

  const elements: SceneElement[] = [];
  let skipped = 0;
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    if (isKnownWellFormed(item)) {
      elements.push(item);
      continue;
    }
    const parsed = sceneElementSchema.safeParse(item);
    if (parsed.success) elements.push(parsed.data);
    else {
      skipped++;
      if (skipped <= 5) notes.push(`skipped element #${i}: no id or type`);
    }
  }
  if (skipped > 5) notes.push(`skipped ${skipped - 5} more malformed elements`);
  const files = !Array.isArray(value) && value !== null && typeof value === 'object' ? (value as { files?: unknown }).files : undefined;
  return files !== null && typeof files === 'object' && !Array.isArray(files) ? { elements, notes, files: files as Record<string, unknown> } : { elements, notes };
}
