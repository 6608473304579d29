import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileElements, winningElements } from '@/lib/rooms/reconcile-elements';
import type { RoomElement } from '@/lib/rooms/room-state-schema';

const el = (id: string, version: number, versionNonce: number, index: string | null = null, extra: Record<string, unknown> = {}): RoomElement => ({ id, version, versionNonce, index, ...extra });

describe('reconcileElements (Excalidraw merge rule)', () => {
  it('keeps the higher version, whichever side it is on', () => {
    const local = [el('a', 3, 5, 'a0', { x: 1 })];
    expect(reconcileElements(local, [el('a', 2, 1, 'a0', { x: 9 })]).elements).toEqual(local);
    expect(reconcileElements(local, [el('a', 4, 9, 'a0', { x: 9 })]).elements[0]).toMatchObject({ x: 9 });
  });

  it('breaks a version tie by the lower versionNonce, the same on every replica', () => {
    const low = el('a', 2, 10, 'a0', { who: 'low' });
    const high = el('a', 2, 20, 'a0', { who: 'high' });
    expect(reconcileElements([low], [high]).elements[0]).toMatchObject({ who: 'low' });
    expect(reconcileElements([high], [low]).elements[0]).toMatchObject({ who: 'low' });
  });

  it('keeps both tabs\' edits to different elements', () => {
    const base = [el('a', 1, 1, 'a0'), el('b', 1, 1, 'a1')];
    const tabOne = [el('a', 2, 7, 'a0', { x: 10 })];
    const tabTwo = [el('b', 2, 3, 'a1', { x: 20 })];
    const afterOne = reconcileElements(base, tabOne).elements;
    const merged = reconcileElements(afterOne, tabTwo).elements;
    expect(merged).toEqual([el('a', 2, 7, 'a0', { x: 10 }), el('b', 2, 3, 'a1', { x: 20 })]);
  });

  it('orders by fractional index, ties by id', () => {
    const merged = reconcileElements([el('z', 1, 1, 'a2'), el('b', 1, 1, 'a0')], [el('c', 1, 1, 'a1'), el('a', 1, 1, 'a1')]).elements;
    expect(merged.map((element) => element.id)).toEqual(['b', 'a', 'c', 'z']);
  });

  it('reports only the remote elements that changed something', () => {
    const local = [el('a', 2, 5, 'a0'), el('b', 1, 1, 'a1')];
    const { accepted } = reconcileElements(local, [el('a', 2, 5, 'a0'), el('b', 0, 1, 'a1'), el('c', 1, 1, 'a2')]);
    expect(accepted.map((element) => element.id)).toEqual(['c']);
  });

  it('finds the same winners without merging as the full merge does', () => {
    const element = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), version: fc.integer({ min: 1, max: 4 }), versionNonce: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.uniqueArray(element, { selector: (item) => item.id }), fc.array(element, { maxLength: 6 }), (local, remote) => {
        const full = reconcileElements(local.map((item) => el(item.id, item.version, item.versionNonce)), remote.map((item) => el(item.id, item.version, item.versionNonce)));
        const quick = winningElements(local.map((item) => el(item.id, item.version, item.versionNonce)), remote.map((item) => el(item.id, item.version, item.versionNonce)));
        expect(quick.accepted).toEqual(full.accepted);
        expect(quick.total).toBe(full.elements.length);
      }),
    );
  });

  it('converges whatever order two replicas receive the same updates in', () => {
    const update = fc.record({ id: fc.constantFrom('a', 'b', 'c'), version: fc.integer({ min: 1, max: 5 }), versionNonce: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(update, { maxLength: 12 }), (updates) => {
        // Each (id, version, nonce) names one edit, so it carries the same content (here its index) everywhere.
        const edits = updates.map((u) => el(u.id, u.version, u.versionNonce, `a${(u.version * 7 + u.versionNonce) % 5}${u.id}`));
        const forward = edits.reduce<RoomElement[]>((scene, edit) => reconcileElements(scene, [edit]).elements, []);
        const backward = [...edits].reverse().reduce<RoomElement[]>((scene, edit) => reconcileElements(scene, [edit]).elements, []);
        expect(backward).toEqual(forward);
      }),
    );
  });
});
