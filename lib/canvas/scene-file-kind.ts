import { assertNever } from '@/lib/util/assert-never';

/** How an imported file is read: a JSON scene, or a PNG/SVG export that may carry one embedded. */
export type SceneFileKind = 'json' | 'png' | 'svg';

/** The MIME type Excalidraw's blob loader expects for each kind. */
export const SCENE_FILE_MIME: Record<SceneFileKind, string> = { json: 'application/json', png: 'image/png', svg: 'image/svg+xml' };

/** The file types the import button offers (Excalidraw's own save and export formats). */
export const SCENE_FILE_ACCEPT = '.excalidraw,.json,.png,.svg,application/json,image/png,image/svg+xml';

/**
 * Reads a file's kind from its name (`.excalidraw.png`, `.svg`, ...) or, when the name says
 * nothing, its MIME type; anything else is tried as a JSON scene, which says clearly if it is not.
 */
export function sceneFileKind(name: string, mimeType = ''): SceneFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.excalidraw') || lower.endsWith('.json')) return 'json';
  if (mimeType === 'image/png') return 'png';
  if (mimeType === 'image/svg+xml') return 'svg';
  return 'json';
}

/** "PNG" / "SVG" / "file", for sentences about the import. */
export function sceneFileNoun(kind: SceneFileKind): string {
  switch (kind) {
    case 'png':
      return 'PNG';
    case 'svg':
      return 'SVG';
    case 'json':
      return 'file';
    default:
      return assertNever(kind, 'scene file kind');
  }
}
