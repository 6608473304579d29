import type { Box } from './geometry';

/** The parts of Excalidraw's view state that say what the learner sees (viewport pixels, zoom factor). */
export interface ViewState {
  scrollX: number;
  scrollY: number;
  zoom: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

/**
 * Screen pixels along each edge where Excalidraw draws over the canvas on a desktop layout: the
 * tool bar at the top, the style panel on the left (about 200 px wide once a shape is selected),
 * the zoom and undo buttons at the bottom. Measured on @excalidraw/excalidraw 0.18.1.
 */
export const DESKTOP_OVERLAYS = { top: 72, left: 232, right: 16, bottom: 64 } as const;
/** Below this canvas width Excalidraw switches to its phone layout, whose panels sit below the canvas. */
export const PHONE_LAYOUT_MAX_WIDTH = 730;

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

/**
 * The scene rectangle a new box may land in: the visible canvas minus the strips Excalidraw's own
 * panels cover, converted to scene coordinates (scene = screen / zoom - scroll). When the canvas is
 * too small to spare the strips, or is in the phone layout, the whole visible canvas is used.
 */
export function placementView(view: ViewState): Box {
  const zoom = finiteOr(view.zoom, 1) > 0 ? finiteOr(view.zoom, 1) : 1;
  const width = Math.max(0, finiteOr(view.width, 0));
  const height = Math.max(0, finiteOr(view.height, 0));
  const scrollX = finiteOr(view.scrollX, 0);
  const scrollY = finiteOr(view.scrollY, 0);
  const desktop = width > PHONE_LAYOUT_MAX_WIDTH;
  const insets = desktop ? DESKTOP_OVERLAYS : { top: 0, left: 0, right: 0, bottom: 0 };
  const usableX = width - insets.left - insets.right > 0 ? insets : { ...insets, left: 0, right: 0 };
  const usableY = height - insets.top - insets.bottom > 0 ? insets : { ...insets, top: 0, bottom: 0 };
  return {
    minX: usableX.left / zoom - scrollX,
    minY: usableY.top / zoom - scrollY,
    maxX: (width - usableX.right) / zoom - scrollX,
    maxY: (height - usableY.bottom) / zoom - scrollY,
  };
}
