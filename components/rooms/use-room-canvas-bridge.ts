'use client';

import { useEffect, useLayoutEffect, useState } from 'react';
import type { CanvasPointer } from '@/components/diagram/canvas-bridge';
import type { RoomPointerMessage } from '@/lib/rooms/room-messages';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { createRelay } from './relay';
import { createRoomCanvasBridge } from './room-canvas-bridge';
import type { PointerSender, RoomCanvasBridge, SceneSender } from './room-canvas-bridge';

const ROLE_LABEL: Record<RoomRole, string> = { interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' };

/** Other participants' pointers (only the candidate's, or everyone's), as the canvas draws them. */
export function canvasPointers(pointers: Readonly<Record<string, RoomPointerMessage>>, only?: RoomRole): CanvasPointer[] {
  return Object.entries(pointers)
    .filter(([, pointer]) => !only || pointer.role === only)
    .map(([id, pointer]) => ({ id, x: pointer.x, y: pointer.y, label: ROLE_LABEL[pointer.role], button: pointer.button }));
}

/**
 * The canvas bridge of one room view (see room-canvas-bridge.ts): the room's elements and the
 * pointers flow in as they change; the candidate's edits and pointer go out through the senders.
 */
export function useRoomCanvasBridge(options: {
  readOnly: boolean;
  follow: boolean;
  elements: RoomState['scene']['elements'];
  pointers: readonly CanvasPointer[];
  sendScene?: SceneSender;
  sendPointer?: PointerSender;
}): RoomCanvasBridge {
  const [scene] = useState(() => createRelay<Parameters<SceneSender>>());
  const [pointer] = useState(() => createRelay<Parameters<PointerSender>>());
  useLayoutEffect(() => {
    scene.point(options.sendScene);
    pointer.point(options.sendPointer);
  }, [scene, pointer, options.sendScene, options.sendPointer]);
  const [bridge] = useState(() =>
    createRoomCanvasBridge({
      readOnly: options.readOnly,
      follow: options.follow,
      sendScene: options.readOnly ? undefined : scene.call,
      sendPointer: options.readOnly ? undefined : pointer.call,
    }),
  );
  useEffect(() => bridge.pushElements(options.elements as unknown as Record<string, unknown>[]), [bridge, options.elements]);
  useEffect(() => bridge.pushPointers(options.pointers), [bridge, options.pointers]);
  useEffect(() => () => bridge.dispose(), [bridge]);
  return bridge;
}
