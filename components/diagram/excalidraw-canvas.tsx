'use client';

import '@excalidraw/excalidraw/index.css';
import { convertToExcalidrawElements, Excalidraw, exportToSvg, restoreElements } from '@excalidraw/excalidraw';
import type { ExcalidrawElement, NonDeleted } from '@excalidraw/excalidraw/element/types';
import type { BinaryFiles, ExcalidrawImperativeAPI, LibraryItems } from '@excalidraw/excalidraw/types';
import { useMemo } from 'react';
import type { ExportableScene } from '@/lib/canvas/highlight-scene';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import { PALETTE } from '@/lib/diagram/palette';
import type { PaletteItem } from '@/lib/diagram/palette';

// Fonts are served from our own origin (scripts/copy-excalidraw-assets.mjs), never from a CDN.
if (typeof window !== 'undefined') {
  (window as unknown as { EXCALIDRAW_ASSET_PATH: string }).EXCALIDRAW_ASSET_PATH = '/excalidraw-assets/';
}

const EXPORT_PADDING = 16;

/**
 * A static SVG of a scene (the report's diagrams). Here, beside the canvas, so this module stays the
 * one place that talks to Excalidraw; callers import it lazily.
 */
export function exportSceneToSvg(scene: ExportableScene): Promise<SVGSVGElement> {
  return exportToSvg({
    elements: scene.elements as unknown as NonDeleted<ExcalidrawElement>[],
    appState: scene.appState,
    files: scene.files as unknown as BinaryFiles,
    exportPadding: EXPORT_PADDING,
  });
}

export type CanvasApi = {
  insert: (item: PaletteItem) => void;
  select: (elementIds: readonly string[]) => void;
  replaceScene: (scene: SceneSnapshot) => void;
  snapshot: () => SceneSnapshot;
};

const BOX = { width: 180, height: 64 };

/** A palette item as Excalidraw elements: a rounded box with its label bound inside, kind in customData. */
function paletteElements(item: PaletteItem, x: number, y: number): ExcalidrawElement[] {
  return convertToExcalidrawElements([
    {
      type: 'rectangle',
      x,
      y,
      ...BOX,
      roundness: { type: 3 },
      backgroundColor: '#e7f0fd',
      fillStyle: 'solid',
      customData: { kind: item.kind },
      label: { text: item.label, fontSize: 16 },
    },
  ]) as ExcalidrawElement[];
}

function libraryItems(): LibraryItems {
  return PALETTE.map((item) => ({ id: `sdt-${item.kind}`, status: 'published' as const, created: 1, name: item.label, elements: paletteElements(item, 0, 0) }));
}

export function snapshotOf(elements: readonly ExcalidrawElement[], files: BinaryFiles): SceneSnapshot {
  const live = elements.filter((element) => !element.isDeleted);
  const used = new Set<string>(live.flatMap((element) => ('fileId' in element && element.fileId ? [element.fileId] : [])));
  const keptFiles = Object.fromEntries(Object.entries(files).filter(([id]) => used.has(id)));
  return { elements: live as unknown as Record<string, unknown>[], files: keptFiles as unknown as SceneSnapshot['files'] };
}

type ExcalidrawCanvasProps = {
  initialScene: SceneSnapshot;
  onChange: (elements: readonly ExcalidrawElement[], files: BinaryFiles) => void;
  onReady: (api: CanvasApi) => void;
};

/** The only component that talks to Excalidraw; the rest of the app sees scene snapshots. */
export function ExcalidrawCanvas({ initialScene, onChange, onReady }: ExcalidrawCanvasProps) {
  const initialData = useMemo(
    () => ({
      elements: restoreElements(initialScene.elements as unknown as ExcalidrawElement[], null),
      files: initialScene.files as unknown as BinaryFiles,
      appState: { viewBackgroundColor: '#ffffff' },
      libraryItems: libraryItems(),
      scrollToContent: true,
    }),
    // Only the scene at mount: later edits flow out of the canvas, never back into it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  function wire(api: ExcalidrawImperativeAPI) {
    let inserted = 0;
    onReady({
      insert: (item) => {
        const { scrollX, scrollY, zoom, width, height } = api.getAppState();
        // Drop new boxes in a loose grid around the middle of the view, so successive ones do not overlap.
        const slot = inserted++ % 12;
        const x = -scrollX + width / 2 / zoom.value + ((slot % 4) - 2) * (BOX.width + 30);
        const y = -scrollY + height / 2 / zoom.value + (Math.floor(slot / 4) - 1) * (BOX.height + 40);
        const added = paletteElements(item, x, y);
        api.updateScene({
          elements: [...api.getSceneElementsIncludingDeleted(), ...added],
          appState: { selectedElementIds: { [added[0]?.id ?? '']: true } },
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
        api.updateScene({ elements: restoreElements(scene.elements as unknown as ExcalidrawElement[], null) });
        api.scrollToContent(undefined, { fitToContent: true });
      },
      snapshot: () => snapshotOf(api.getSceneElements(), api.getFiles()),
    });
  }

  return (
    <Excalidraw
      initialData={initialData}
      excalidrawAPI={wire}
      onChange={(elements, _appState, files) => onChange(elements, files)}
      UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false, toggleTheme: false } }}
      aiEnabled={false}
    />
  );
}
