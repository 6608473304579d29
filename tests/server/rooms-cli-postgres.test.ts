import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { agreementFromStore } from '@/lib/rooms/agreement-report';
import type { RoomStore } from '@/lib/rooms/room-store';
import { openRoomStore } from '@/scripts/rooms/open-room-store';
import { generateRoomHistory } from '../lib/rooms/replay-log';
import { createTestDatabase, describePostgres } from './test-postgres';
import type { TestDatabase } from './test-postgres';

describePostgres('the rooms CLI on Postgres (DATABASE_URL)', () => {
  let database: TestDatabase;
  let store: RoomStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    const opened = await openRoomStore({ DATABASE_URL: database.url });
    expect(opened.where).toMatch(/^Postgres /);
    expect(opened.where).not.toContain('password');
    store = opened.store;
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('imports room exports and reports agreement over them, as on SQLite', async () => {
    const rate = (level: 1 | 2 | 3 | 4) => ({ steps: { clarify: level, diagram: level }, dimensions: {}, comments: '' });
    const histories = [
      generateRoomHistory({ roomId: 'pgagreeroom00000000001', edits: 40, minutes: 10, ratings: rate(1) }),
      generateRoomHistory({ roomId: 'pgagreeroom00000000002', edits: 300, minutes: 25, ratings: rate(4) }),
    ];
    for (const history of histories) await store.importRoom(history, []);
    expect((await store.loadHistory('pgagreeroom00000000002'))?.events.length).toBe(histories[1]!.events.length);
    const { rubric } = loadCase('ecommerce-data-platform');
    const { report } = await agreementFromStore(store, (slug) => (slug === 'ecommerce-data-platform' ? rubric : undefined));
    expect(report.interviews).toBe(2);
    expect(report.steps.find((step) => step.step === 'diagram')?.n).toBe(2);
  });

  it('says in one line when DATABASE_URL is not a postgres URL', async () => {
    await expect(openRoomStore({ DATABASE_URL: 'mysql://root@localhost/rooms' })).rejects.toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });
});
