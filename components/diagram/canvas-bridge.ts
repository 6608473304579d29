'use client';

import { createContext } from 'react';

/** Another participant's pointer, in scene coordinates, drawn on the canvas with their name. */
export type CanvasPointer = { id: string; x: number; y: number; label: string; button?: 'up' | 'down' };

/** An Excalidraw element as it travels: opaque here, as in scene snapshots. */
export type BridgeElement = Record<string, unknown>;

/**
 * Connects the canvas to a live room (components/rooms): elements drawn elsewhere are merged in with
 * Excalidraw's own reconcileElements, every local change (deleted elements included, so deletions
 * travel) goes out, and pointers travel both ways. Absent on the case pages, where the canvas is
 * the learner's alone.
 */
export type CanvasBridge = {
  /** View mode: the interviewer and the observer watch, they do not draw. */
  readOnly: boolean;
  /** Scroll to fit the drawing whenever remote elements arrive (an interviewer following the candidate). */
  follow: boolean;
  /** Calls `listener` with the room's elements now and whenever they change; returns the unsubscribe. */
  subscribeElements: (listener: (elements: readonly BridgeElement[]) => void) => () => void;
  /** Calls `listener` with the other participants' pointers whenever they move; returns the unsubscribe. */
  subscribePointers: (listener: (pointers: readonly CanvasPointer[]) => void) => () => void;
  /** Every change on this canvas: all elements, deleted ones included, and the image files. */
  onLocalChange?: (elements: readonly BridgeElement[], files: Record<string, unknown>) => void;
  /** This participant's pointer, in scene coordinates. */
  onPointer?: (pointer: { x: number; y: number; button: 'up' | 'down' }) => void;
};

export const CanvasBridgeContext = createContext<CanvasBridge | undefined>(undefined);
