import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoomCanvasBridge } from '../../../components/rooms/room-canvas-bridge';

const box = (id: string, version: number, extra: Record<string, unknown> = {}) => ({ id, version, versionNonce: version * 7, type: 'rectangle', ...extra });

describe('room canvas bridge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a local edit once, batched, and not the elements the room already has', () => {
    const sendScene = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendScene });
    bridge.pushElements([box('a', 3)]);
    bridge.onLocalChange?.([box('a', 3), box('b', 1)], {});
    bridge.onLocalChange?.([box('a', 3), box('b', 2)], {});
    expect(sendScene).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(sendScene).toHaveBeenCalledTimes(1);
    expect(sendScene).toHaveBeenCalledWith([box('b', 2)], undefined);
    bridge.onLocalChange?.([box('a', 3), box('b', 2)], {});
    vi.advanceTimersByTime(100);
    expect(sendScene).toHaveBeenCalledTimes(1);
  });

  it('does not echo a remote edit merged into the canvas, and skips stale local copies', () => {
    const sendScene = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendScene });
    const seen: unknown[] = [];
    bridge.subscribeElements((elements) => seen.push(elements));
    bridge.pushElements([box('a', 5)]);
    expect(seen).toHaveLength(1);
    bridge.onLocalChange?.([box('a', 5)], {});
    bridge.onLocalChange?.([box('a', 4)], {});
    vi.advanceTimersByTime(100);
    expect(sendScene).not.toHaveBeenCalled();
  });

  it('sends deletions (a deleted element with a newer version) so they reach the others', () => {
    const sendScene = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendScene });
    bridge.pushElements([box('a', 2)]);
    bridge.onLocalChange?.([box('a', 3, { isDeleted: true })], {});
    vi.advanceTimersByTime(100);
    expect(sendScene).toHaveBeenCalledWith([box('a', 3, { isDeleted: true })], undefined);
  });

  it('sends an image file with the first update that uses it, and only once', () => {
    const sendScene = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendScene });
    const file = { id: 'f1', mimeType: 'image/png', dataURL: 'data:image/png;base64,AAAA' };
    bridge.onLocalChange?.([box('img', 1, { type: 'image', fileId: 'f1' })], { f1: file });
    vi.advanceTimersByTime(100);
    bridge.onLocalChange?.([box('img', 2, { type: 'image', fileId: 'f1' })], { f1: file });
    vi.advanceTimersByTime(100);
    expect(sendScene.mock.calls[0]?.[1]).toEqual({ f1: file });
    expect(sendScene.mock.calls[1]?.[1]).toBeUndefined();
  });

  it('is view-only for the interviewer and the observer: nothing goes out', () => {
    const bridge = createRoomCanvasBridge({ readOnly: true, follow: true });
    expect(bridge.onLocalChange).toBeUndefined();
    expect(bridge.onPointer).toBeUndefined();
    expect(bridge.follow).toBe(true);
  });

  it('throttles pointer moves but always passes a press', () => {
    const sendPointer = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendPointer });
    bridge.onPointer?.({ x: 1, y: 1, button: 'up' });
    bridge.onPointer?.({ x: 2, y: 2, button: 'up' });
    bridge.onPointer?.({ x: 3, y: 3, button: 'down' });
    vi.advanceTimersByTime(60);
    bridge.onPointer?.({ x: 4, y: 4, button: 'up' });
    expect(sendPointer.mock.calls.map(([pointer]) => pointer.x)).toEqual([1, 3, 4]);
  });

  it('gives a new subscriber the room elements and pointers at once, and flushes on dispose', () => {
    const sendScene = vi.fn();
    const bridge = createRoomCanvasBridge({ readOnly: false, follow: false, sendScene });
    bridge.pushElements([box('a', 1)]);
    bridge.pushPointers([{ id: 's1', x: 5, y: 6, label: 'Candidate' }]);
    const elements = vi.fn();
    const pointers = vi.fn();
    bridge.subscribeElements(elements);
    bridge.subscribePointers(pointers);
    expect(elements).toHaveBeenCalledWith([box('a', 1)]);
    expect(pointers).toHaveBeenCalledWith([{ id: 's1', x: 5, y: 6, label: 'Candidate' }]);
    bridge.onLocalChange?.([box('b', 1)], {});
    bridge.dispose();
    expect(sendScene).toHaveBeenCalledWith([box('b', 1)], undefined);
  });
});
