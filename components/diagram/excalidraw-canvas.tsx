'use client';

import '@excalidraw/excalidraw/index.css';
import { CaptureUpdateAction, convertToExcalidrawElements, Excalidraw, exportToSvg, FONT_FAMILY, loadFromBlob, newElementWith, reconcileElements, restoreElements } from '@excalidraw/excalidraw';
import type { ExcalidrawElement, NonDeleted, OrderedExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type { RemoteExcalidrawElement } from '@excalidraw/excalidraw/data/reconcile';
import type { BinaryFiles, Collaborator, ExcalidrawImperativeAPI, LibraryItems, SocketId } from '@excalidraw/excalidraw/types';
import { memo, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { findFreeSpot } from '@/lib/canvas/free-spot';
import type { ExportableScene } from '@/lib/canvas/highlight-scene';
import { fitLabelBox, PALETTE_LABEL_BOX } from '@/lib/canvas/label-box';
import type { MeasureText } from '@/lib/canvas/label-box';
import { placementObstacles } from '@/lib/canvas/placement-obstacles';
import { placementView } from '@/lib/canvas/placement-view';
import { SCENE_FILE_MIME } from '@/lib/canvas/scene-file-kind';
import type { SceneFileKind } from '@/lib/canvas/scene-file-kind';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import { PALETTE } from '@/lib/diagram/palette';
import type { PaletteItem } from '@/lib/diagram/palette';
import type { KindChoice } from '@/lib/diagram/unknown-components';
import { withLearnerKind } from '@/lib/diagram/unknown-components';
import { CanvasBridgeContext } from './canvas-bridge';
import type { CanvasBridge } from './canvas-bridge';
import { installExcalidrawSameOrigin, stampStyleNonce } from './excalidraw-same-origin';

// Fonts and the font-subsetting worker are served from our own origin (scripts/copy-excalidraw-assets.mjs), never from a CDN;
// excalidraw-same-origin.ts keeps Excalidraw from asking for anything else.
if (typeof window !== 'undefined') {
  (window as unknown as { EXCALIDRAW_ASSET_PATH: string }).EXCALIDRAW_ASSET_PATH = '/excalidraw-assets/';
  installExcalidrawSameOrigin();
}

const EXPORT_PADDING = 16;

/**
 * A static SVG of a scene (the report's diagrams). Here, beside the canvas, so this module stays the
 * one place that talks to Excalidraw; callers import it lazily.
 */
export async function exportSceneToSvg(scene: ExportableScene): Promise<SVGSVGElement> {
  const svg = await exportToSvg({
    elements: scene.elements as unknown as NonDeleted<ExcalidrawElement>[],
    appState: scene.appState,
    files: scene.files as unknown as BinaryFiles,
    exportPadding: EXPORT_PADDING,
  });
  // Its embedded-font <style> applies under the page's Content-Security-Policy only with the nonce.
  stampStyleNonce(svg);
  return svg;
}

/** What reading an imported file with Excalidraw's own loader gave: a restored scene, or why not. */
export type LoadedScene = { ok: true; scene: SceneSnapshot } | { ok: false; reason: 'no-scene' | 'unreadable' };

export type CanvasApi = {
  insert: (item: PaletteItem) => Promise<void>;
  select: (elementIds: readonly string[]) => void;
  replaceScene: (scene: SceneSnapshot) => void;
  /** Reads a `.excalidraw`/`.json` scene or an `.excalidraw.png`/`.svg` export; the canvas is not touched. */
  loadFile: (file: Blob, kind: SceneFileKind) => Promise<LoadedScene>;
  /** Stores the learner's answer to "What is this?" on the element; undoable like any edit. */
  setKind: (elementId: string, kind: KindChoice['kind']) => void;
  snapshot: () => SceneSnapshot;
};

const LABEL_FONT = `${PALETTE_LABEL_BOX.fontSize}px Excalifont, Xiaolai, Segoe UI Emoji`;
/** Wider than Excalifont's average glyph, used only when the font could not be measured. */
const FALLBACK_CHAR_WIDTH = 0.62 * PALETTE_LABEL_BOX.fontSize;
const FONT_WAIT_MS = 2000;
const PALETTE_TEXT = PALETTE.map((item) => item.label).join(' ');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function excalifontFaces(): FontFace[] {
  const faces: FontFace[] = [];
  document.fonts.forEach((face) => {
    if (face.family.replace(/["']/g, '') === 'Excalifont') faces.push(face);
  });
  return faces;
}

/**
 * Waits (at most two seconds) for Excalidraw's handwriting font, so labels are measured in the font
 * they are drawn in. Excalidraw adds its font faces once it has mounted; until they are there, a
 * font check would wrongly pass on the fallback font, so the faces themselves are looked for.
 */
async function labelFontReady(): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return false;
  const deadline = Date.now() + FONT_WAIT_MS;
  while (excalifontFaces().length === 0 && Date.now() < deadline) await sleep(50);
  if (excalifontFaces().length === 0) return false;
  await Promise.race([document.fonts.load(`${PALETTE_LABEL_BOX.fontSize}px Excalifont`, PALETTE_TEXT).catch(() => []), sleep(Math.max(0, deadline - Date.now()))]);
  return excalifontFaces().some((face) => face.status === 'loaded');
}

function labelMeasure(fontReady: boolean): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = LABEL_FONT;
  return (text) => {
    const estimate = text.length * FALLBACK_CHAR_WIDTH;
    if (!context) return estimate;
    const measured = context.measureText(text).width;
    return fontReady ? measured : Math.max(measured, estimate);
  };
}

/** A palette item as Excalidraw elements: a rounded box sized to its label, label bound inside, kind in customData. */
function paletteElements(item: PaletteItem, x: number, y: number, measure: MeasureText): ExcalidrawElement[] {
  const { width, height } = fitLabelBox(item.label, measure);
  return convertToExcalidrawElements([
    {
      type: 'rectangle',
      x,
      y,
      width,
      height,
      roundness: { type: 3 },
      backgroundColor: '#e7f0fd',
      fillStyle: 'solid',
      customData: { kind: item.kind },
      label: { text: item.label, fontSize: PALETTE_LABEL_BOX.fontSize, fontFamily: FONT_FAMILY.Excalifont },
    },
  ]) as ExcalidrawElement[];
}

function libraryItems(measure: MeasureText): LibraryItems {
  return PALETTE.map((item) => ({ id: `sdt-${item.kind}`, status: 'published' as const, created: 1, name: item.label, elements: paletteElements(item, 0, 0, measure) }));
}

export function snapshotOf(elements: readonly ExcalidrawElement[], files: BinaryFiles): SceneSnapshot {
  const live = elements.filter((element) => !element.isDeleted);
  const used = new Set<string>(live.flatMap((element) => ('fileId' in element && element.fileId ? [element.fileId] : [])));
  const keptFiles = Object.fromEntries(Object.entries(files).filter(([id]) => used.has(id)));
  return { elements: live as unknown as Record<string, unknown>[], files: keptFiles as unknown as SceneSnapshot['files'] };
}

/** Excalidraw's blob loader, with its "this image has no scene" error told apart from a damaged file. */
async function loadSceneBlob(file: Blob, kind: SceneFileKind): Promise<LoadedScene> {
  const typed = new Blob([file], { type: SCENE_FILE_MIME[kind] });
  try {
    const data = await loadFromBlob(typed, null, null);
    return { ok: true, scene: snapshotOf(data.elements, data.files) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, reason: code === 'IMAGE_NOT_CONTAINS_SCENE_DATA' ? 'no-scene' : 'unreadable' };
  }
}

type ExcalidrawCanvasProps = {
  initialScene: SceneSnapshot;
  /** Every canvas update; `pointerDown` while a drag or stroke is still in progress. */
  onChange: (elements: readonly ExcalidrawElement[], files: BinaryFiles, pointerDown: boolean) => void;
  onReady: (api: CanvasApi) => void;
  /** A locked attempt (a finished mock): the drawing can be looked at, not changed. */
  viewModeEnabled?: boolean;
};

/** Wires a live room's bridge (canvas-bridge.ts) to the canvas: remote elements merged in, pointers drawn. */
function connectBridge(api: ExcalidrawImperativeAPI, bridge: CanvasBridge): () => void {
  const stopElements = bridge.subscribeElements((remote) => {
    const merged = reconcileElements(
      api.getSceneElementsIncludingDeleted() as readonly OrderedExcalidrawElement[],
      remote as unknown as readonly RemoteExcalidrawElement[],
      api.getAppState(),
    );
    api.updateScene({ elements: merged, captureUpdate: CaptureUpdateAction.NEVER });
    if (bridge.follow && merged.some((element) => !element.isDeleted)) api.scrollToContent(undefined, { fitToContent: true });
  });
  const stopPointers = bridge.subscribePointers((pointers) => {
    const collaborators = new Map<SocketId, Collaborator>(
      pointers.map((pointer) => [pointer.id as SocketId, { pointer: { x: pointer.x, y: pointer.y, tool: 'pointer' }, button: pointer.button ?? 'up', username: pointer.label }]),
    );
    api.updateScene({ collaborators });
  });
  return () => {
    stopElements();
    stopPointers();
  };
}

/** Canvas options that never change, one object so Excalidraw's memo sees the same options each render. */
const UI_OPTIONS = { canvasActions: { loadScene: false, saveToActiveFile: false, export: false, toggleTheme: false } } as const;

/**
 * The only component that talks to Excalidraw; the rest of the app sees scene snapshots. Memoised, and
 * every prop it hands Excalidraw is stable: a new checklist grade re-renders the page around the canvas,
 * and a re-rendered Excalidraw redraws its whole UI (and calls onChange again) before that grade reaches
 * the screen, which at 500 elements was most of the edit-to-checklist latency.
 */
export const ExcalidrawCanvas = memo(function ExcalidrawCanvas({ initialScene, onChange, onReady, viewModeEnabled = false }: ExcalidrawCanvasProps) {
  // In a live room the canvas also merges what others draw and shows their pointers; elsewhere this is absent.
  const bridge = useContext(CanvasBridgeContext);
  const disconnect = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => disconnect.current?.(), []);
  const initialData = useMemo(
    () => ({
      elements: restoreElements(initialScene.elements as unknown as ExcalidrawElement[], null),
      files: initialScene.files as unknown as BinaryFiles,
      appState: { viewBackgroundColor: '#ffffff' },
      scrollToContent: true,
    }),
    // Only the scene at mount: later edits flow out of the canvas, never back into it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // The newest callbacks, read when called, so the functions given to Excalidraw never change.
  const latest = useRef({ onChange, onReady, bridge });
  useEffect(() => {
    latest.current = { onChange, onReady, bridge };
  });

  const wire = useCallback((api: ExcalidrawImperativeAPI) => {
    const { bridge, onReady } = latest.current;
    disconnect.current?.();
    if (bridge) disconnect.current = connectBridge(api, bridge);
    // Palette boxes are sized once the handwriting font is in, so their labels are measured as drawn.
    const measure = labelFontReady().then(labelMeasure);
    void measure.then((ready) => api.updateLibrary({ libraryItems: libraryItems(ready), merge: false })).catch(() => undefined);
    onReady({
      insert: async (item) => {
        const measured = await measure;
        const { scrollX, scrollY, zoom, width, height } = api.getAppState();
        const size = fitLabelBox(item.label, measured);
        // In free space nearest the middle of the view, clear of the style panel and of every box.
        const view = placementView({ scrollX, scrollY, zoom: zoom.value, width, height });
        const obstacles = placementObstacles(api.getSceneElements() as unknown as Record<string, unknown>[]);
        const spot = findFreeSpot({ view, size, obstacles });
        const added = paletteElements(item, spot.x, spot.y, measured);
        api.updateScene({
          elements: [...api.getSceneElementsIncludingDeleted(), ...added],
          appState: { selectedElementIds: { [added[0]?.id ?? '']: true } },
          captureUpdate: CaptureUpdateAction.IMMEDIATELY,
        });
      },
      select: (elementIds) => {
        const wanted = new Set(elementIds);
        const elements = api.getSceneElements().filter((element) => wanted.has(element.id));
        api.updateScene({ appState: { selectedElementIds: Object.fromEntries(elements.map((element) => [element.id, true])) } });
        if (elements.length > 0) api.scrollToContent(elements, { fitToViewport: false, animate: true });
      },
      replaceScene: (scene) => {
        const files = Object.values(scene.files) as unknown as Parameters<ExcalidrawImperativeAPI['addFiles']>[0];
        if (files.length > 0) api.addFiles(files);
        api.updateScene({ elements: restoreElements(scene.elements as unknown as ExcalidrawElement[], null), captureUpdate: CaptureUpdateAction.IMMEDIATELY });
        api.scrollToContent(undefined, { fitToContent: true });
      },
      loadFile: loadSceneBlob,
      setKind: (elementId, kind) => {
        const elements = api.getSceneElementsIncludingDeleted().map((element) =>
          element.id === elementId ? newElementWith(element, { customData: withLearnerKind(element.customData, kind) }) : element,
        );
        api.updateScene({ elements, captureUpdate: CaptureUpdateAction.IMMEDIATELY });
      },
      snapshot: () => snapshotOf(api.getSceneElements(), api.getFiles()),
    });
  }, []);

  const onCanvasChange = useCallback((elements: readonly OrderedExcalidrawElement[], appState: { cursorButton: 'up' | 'down' }, files: BinaryFiles) => {
    const { onChange, bridge } = latest.current;
    onChange(elements, files, appState.cursorButton === 'down');
    bridge?.onLocalChange?.(elements as unknown as readonly Record<string, unknown>[], files as unknown as Record<string, unknown>);
  }, []);
  const onPointer = bridge?.onPointer;
  const onPointerUpdate = useMemo(
    () => (onPointer ? ({ pointer, button }: { pointer: { x: number; y: number }; button: 'up' | 'down' }) => onPointer({ x: pointer.x, y: pointer.y, button }) : undefined),
    [onPointer],
  );

  return (
    <Excalidraw
      initialData={initialData}
      excalidrawAPI={wire}
      onChange={onCanvasChange}
      viewModeEnabled={viewModeEnabled || bridge?.readOnly === true}
      isCollaborating={bridge !== undefined}
      onPointerUpdate={onPointerUpdate}
      UIOptions={UI_OPTIONS}
      aiEnabled={false}
    />
  );
});
