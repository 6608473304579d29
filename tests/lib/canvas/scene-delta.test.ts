import { describe, expect, it } from 'vitest';
import { createSceneDeltaReceiver, createSceneDeltaSender } from '@/lib/canvas/scene-delta';
import type { SceneDelta } from '@/lib/canvas/scene-delta';
import { busyScene } from './busy-scene';

type El = { id: string; version: number; x?: number };
const el = (id: string, version = 1, x = 0): El => ({ id, version, x });
/** What a worker receives: a structured copy, never the page's objects. */
const across = (delta: SceneDelta): SceneDelta => structuredClone(delta);

describe('scene delta', () => {
  it('sends the first scene whole, then only new and changed elements with the order', () => {
    const sender = createSceneDeltaSender();
    const a = el('a');
    const b = el('b');
    expect(sender.next([a, b])).toEqual({ kind: 'full', elements: [a, b] });
    const c = el('c');
    expect(sender.next([a, b, c])).toEqual({ kind: 'delta', order: ['a', 'b', 'c'], changed: [c] });
    // Excalidraw edits in place and bumps the version.
    b.version = 2;
    expect(sender.next([a, b, c])).toEqual({ kind: 'delta', order: ['a', 'b', 'c'], changed: [b] });
    // Deleting sends nothing but the shorter order; reordering too.
    expect(sender.next([c, a])).toEqual({ kind: 'delta', order: ['c', 'a'], changed: [] });
  });

  it('counts a new object with the same id and version as changed (an imported scene)', () => {
    const sender = createSceneDeltaSender();
    sender.next([el('a', 3, 0)]);
    const imported = el('a', 3, 500);
    expect(sender.next([imported])).toEqual({ kind: 'delta', order: ['a'], changed: [imported] });
  });

  it('sends whole scenes while ids are missing or repeated, and after a reset', () => {
    const sender = createSceneDeltaSender();
    const noId = { type: 'rectangle' };
    expect(sender.next([el('a'), noId])).toMatchObject({ kind: 'full' });
    expect(sender.next([el('a'), noId])).toMatchObject({ kind: 'full' });
    expect(sender.next([el('a'), el('a')])).toMatchObject({ kind: 'full' });
    const a = el('a');
    expect(sender.next([a])).toMatchObject({ kind: 'full' });
    expect(sender.next([a])).toMatchObject({ kind: 'delta', changed: [] });
    sender.reset();
    expect(sender.next([a])).toMatchObject({ kind: 'full' });
  });

  it('rebuilds every scene of an edit sequence exactly, across a structured copy', () => {
    const sender = createSceneDeltaSender();
    const receiver = createSceneDeltaReceiver();
    const elements = (busyScene() as { elements: El[] }).elements;
    let scene: El[] = [...elements];
    const check = () => expect(receiver.apply(across(sender.next(scene)))).toEqual(scene);
    check();
    // Delete every box of one column, restore them (undo), move one in place, add one, reorder.
    scene = elements.filter((element) => !element.id.startsWith('b1'));
    check();
    scene = [...elements];
    check();
    const moved = scene[40] as El;
    moved.x = (moved.x ?? 0) + 25;
    moved.version += 1;
    check();
    scene = [...scene, el('new-box')];
    check();
    scene = [...scene].reverse();
    check();
    scene = [];
    check();
  });

  it('refuses a delta naming an element it never received, so the sender can start again', () => {
    const receiver = createSceneDeltaReceiver();
    receiver.apply({ kind: 'full', elements: [el('a')] });
    expect(() => receiver.apply({ kind: 'delta', order: ['a', 'ghost'], changed: [] })).toThrow(/ghost/);
    expect(receiver.apply({ kind: 'full', elements: [el('b')] })).toEqual([el('b')]);
  });
});
