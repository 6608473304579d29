import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { agreementFromStore, agreementSample, buildAgreementReport } from '@/lib/rooms/agreement-report';
import type { AgreementSample } from '@/lib/rooms/agreement-report';
import { formatAgreementReport } from '@/lib/rooms/agreement-text';
import { finalRoomState, lastEventAt } from '@/lib/rooms/room-export';
import type { RatingLevel } from '@/lib/rooms/rating-schema';
import type { StepId } from '@/lib/steps/steps';
import { SqliteRoomStore } from '@/server/storage/sqlite-room-store';
import { generateRoomHistory } from '../lib/rooms/replay-log';

const sample = (roomId: string, rating: RatingLevel, score: number, step: StepId = 'design'): AgreementSample => ({
  roomId,
  caseSlug: 'ecommerce-data-platform',
  endedAt: '2026-11-30T10:00:00.000Z',
  ratings: { [step]: rating },
  engine: { clarify: 0, estimate: 0, design: 0, diagram: 0, 'deep-dive': 0, [step]: score },
});
const design = (report: ReturnType<typeof buildAgreementReport>) => report.steps.find((step) => step.step === 'design');

describe('agreement report', () => {
  it('is perfect when the engine bands follow the ratings, and reversed when they run opposite', () => {
    const perfect = buildAgreementReport([sample('r1', 1, 10), sample('r2', 2, 45), sample('r3', 3, 70), sample('r4', 4, 95)]);
    expect(design(perfect)).toMatchObject({ n: 4, spearman: 1, kappa: 1, status: 'ok', disagreements: [] });
    const reversed = buildAgreementReport([sample('r1', 4, 10), sample('r2', 3, 45), sample('r3', 2, 70), sample('r4', 1, 95)]);
    expect(design(reversed)?.spearman).toBe(-1);
    expect(design(reversed)?.kappa).toBe(-1);
    expect(design(reversed)?.disagreements.map((item) => [item.roomId, item.levelGap])).toEqual([['r1', 3], ['r4', 3], ['r2', 1], ['r3', 1]]);
    expect(design(reversed)?.disagreements[0]?.replay).toBe('/rooms/r1/replay');
  });

  it('says "not enough interviews" below two, and "no-spread" when one side never varies', () => {
    const one = buildAgreementReport([sample('r1', 3, 70)]);
    expect(design(one)).toMatchObject({ n: 1, spearman: null, kappa: null, status: 'not-enough-interviews' });
    expect(one.steps.find((step) => step.step === 'clarify')).toMatchObject({ n: 0, status: 'not-enough-interviews' });
    expect(formatAgreementReport(one)).toMatch(/not enough interviews/);
    const flat = buildAgreementReport([sample('r1', 3, 20), sample('r2', 3, 70), sample('r3', 3, 90)]);
    expect(design(flat)).toMatchObject({ n: 3, spearman: null, kappa: null, status: 'no-spread' });
  });

  it('handles ties with midranks and lists the worst disagreements first, at most five', () => {
    const samples = [sample('a', 2, 50), sample('b', 2, 50), sample('c', 3, 65), sample('d', 3, 50), sample('e', 4, 10), sample('f', 1, 99), sample('g', 1, 85), sample('h', 4, 20)];
    const report = design(buildAgreementReport(samples));
    expect(report?.n).toBe(8);
    expect(report?.disagreements).toHaveLength(5);
    expect(report?.disagreements.slice(0, 2).map((item) => item.roomId).sort()).toEqual(['e', 'f']);
    expect(report?.disagreements.every((item, index, list) => index === 0 || (list[index - 1]?.levelGap ?? 0) >= item.levelGap)).toBe(true);
  });
});

describe('agreement over a store seeded with rooms', () => {
  let dir: string;
  let store: SqliteRoomStore;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rooms-agreement-'));
    store = new SqliteRoomStore(dir);
    const rate = (level: RatingLevel) => ({ steps: { clarify: level, diagram: level }, dimensions: {}, comments: '' });
    const rooms = [
      generateRoomHistory({ roomId: 'agreeroom0000000000001', edits: 40, minutes: 10, ratings: rate(1) }),
      generateRoomHistory({ roomId: 'agreeroom0000000000002', edits: 200, minutes: 20, ratings: rate(2) }),
      generateRoomHistory({ roomId: 'agreeroom0000000000003', edits: 600, minutes: 30, ratings: rate(4) }),
      // Not counted: unrated, still running, and a case this installation does not have.
      generateRoomHistory({ roomId: 'agreeroom0000000000004', edits: 40, minutes: 10, ratings: null }),
      generateRoomHistory({ roomId: 'agreeroom0000000000005', edits: 40, minutes: 10, ended: false }),
    ];
    const unknown = generateRoomHistory({ roomId: 'agreeroom0000000000006', edits: 40, minutes: 10 });
    rooms.push({ ...unknown, initial: { ...unknown.initial, caseSlug: 'retired-case' }, latest: { ...unknown.latest, state: { ...unknown.latest.state, caseSlug: 'retired-case' } } });
    for (const history of rooms) await store.importRoom(history, []);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the finished, rated rooms, scores them as the end report does, and links their replays', async () => {
    const { rubric } = loadCase('ecommerce-data-platform');
    const { report, skipped } = await agreementFromStore(store, (slug) => (slug === 'ecommerce-data-platform' ? rubric : undefined));
    expect(skipped).toEqual(['agreeroom0000000000006']);
    expect(report.interviews).toBe(3);
    const expected: AgreementSample[] = [];
    for (const id of ['agreeroom0000000000001', 'agreeroom0000000000002', 'agreeroom0000000000003']) {
      const history = await store.loadHistory(id);
      const found = history && agreementSample(finalRoomState(history), rubric, lastEventAt(history));
      if (found) expected.push(found);
    }
    expect(report).toEqual(buildAgreementReport(expected));
    const diagram = report.steps.find((step) => step.step === 'diagram');
    expect(diagram?.n).toBe(3);
    expect(diagram?.status).toBe('ok');
    expect(diagram?.spearman).toBeGreaterThan(0);
    expect(Math.abs(diagram?.kappa ?? 2)).toBeLessThanOrEqual(1);
    expect(report.steps.find((step) => step.step === 'design')).toMatchObject({ n: 0, status: 'not-enough-interviews' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
