import { describe, expect, it } from 'vitest';
import { MAX_FILE_DATA_URL_LENGTH } from '../../../lib/canvas/scene-bounds';
import { applySessionAction } from '../../../lib/session/apply-action';
import { createSession } from '../../../lib/session/create-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { SESSION_VERSION, sessionSchema } from '../../../lib/session/session-schema';
import type { Session } from '../../../lib/session/session-schema';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { loadSessionRecord, sessionKey } from '../../../lib/storage/session-repository';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');
const fresh = () => createSession(slug, 'ecommerce-data-platform-limits', t0);
const rows = (n: number) => Array.from({ length: n }, (_, index) => ({ id: `r${index}`, name: `q${index}`, expr: `${index} GB` }));
const image = (id: string, dataURL = 'data:image/png;base64,iVBORw0KGgo=') => ({ id, mimeType: 'image/png', dataURL });
const imageElement = (id: string) => ({ id, type: 'image', x: 0, y: 0, width: 10, height: 10, fileId: id });

function expectValidAndRoundTrips(session: Session) {
  expect(sessionSchema.safeParse(session).success).toBe(true);
  expect(importSession(exportSession(session, t0))).toEqual({ ok: true, session });
}

describe('limits enforced where the state changes', () => {
  it('keeps 200 worksheet rows of 204 and says so at once', () => {
    const { session, notes } = applySessionAction(fresh(), { type: 'setWorksheetRows', rows: rows(204) }, t0);
    expect(session.answers.estimate.rows).toHaveLength(200);
    expect(notes).toEqual(['At most 200 worksheet rows can be kept; the 4 past that were not added.']);
    expectValidAndRoundTrips(session);
  });

  it('keeps 50 images of 52 dropped on the canvas, and refuses one over 4 MiB or not an image', () => {
    const files = Object.fromEntries(Array.from({ length: 52 }, (_, index) => [`f${index}`, image(`f${index}`)]));
    const elements = Object.keys(files).map(imageElement);
    const dropped = applySessionAction(fresh(), { type: 'setDiagramScene', scene: { elements, files } }, t0);
    expect(Object.keys(dropped.session.answers.diagram.scene.files)).toHaveLength(50);
    expect(dropped.notes.join(' ')).toContain('At most 50 images');
    expectValidAndRoundTrips(dropped.session);

    const big = image('big', `data:image/png;base64,${'A'.repeat(MAX_FILE_DATA_URL_LENGTH)}`);
    const html = { id: 'h', mimeType: 'text/html', dataURL: 'data:text/html,<b>x</b>' };
    const refused = applySessionAction(fresh(), { type: 'setDiagramScene', scene: { elements: [imageElement('big')], files: { big, h: html } } }, t0);
    expect(refused.session.answers.diagram.scene.files).toEqual({});
    expect(refused.notes).toEqual(['An image on the canvas could not be kept: it is over 4 MB.', 'An image on the canvas could not be kept: it is not an image.']);
    expectValidAndRoundTrips(refused.session);
  });

  it('drops a drawing element out of bounds and keeps the rest', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 200; level += 1) deep = { child: deep };
    const elements = [{ id: 'ok', type: 'rectangle', x: 0, y: 0 }, { id: 'deep', type: 'rectangle', x: 0, y: 0, customData: deep }, { id: 'inf', type: 'rectangle', x: Number.POSITIVE_INFINITY }];
    const { session, notes } = applySessionAction(fresh(), { type: 'setDiagramScene', scene: { elements, files: {} } }, t0);
    expect(session.answers.diagram.scene.elements.map((element) => element.id)).toEqual(['ok']);
    expect(notes).toEqual(['2 drawing elements could not be kept (it is nested more than 32 levels deep).']);
    expectValidAndRoundTrips(session);
  });

  it('refuses the 201st question, and cuts long questions, entities and deep-dive answers with a sentence each', () => {
    let session = fresh();
    for (let index = 0; index < 200; index += 1) session = applySessionAction(session, { type: 'ask', question: `Question ${index}?` }, t0).session;
    const refused = applySessionAction(session, { type: 'ask', question: 'One more?' }, t0);
    expect(refused.session.answers.clarify.questions).toHaveLength(200);
    expect(refused.notes).toEqual(['At most 200 clarifying questions can be kept; the 1 past that were not added.']);
    const long = applySessionAction(fresh(), { type: 'setEntities', entities: 'order, '.repeat(400) }, t0);
    expect(long.notes[0]).toMatch(/^The list of entities: capped at 2,000 characters/);
    const answer = applySessionAction(fresh(), { type: 'setDeepDiveAnswer', promptId: 'kafka-durability', answer: 'acks=all '.repeat(1200) }, t0);
    expect(answer.session.answers.deepDive['kafka-durability']).toHaveLength(10_000);
    const badId = applySessionAction(fresh(), { type: 'setDeepDiveAnswer', promptId: 'p'.repeat(81), answer: 'x' }, t0);
    expect(badId.session.answers.deepDive).toEqual({});
    expect(badId.notes[0]).toContain('over-long question id');
    const protoId = applySessionAction(fresh(), { type: 'setDeepDiveAnswer', promptId: '__proto__', answer: 'x' }, t0);
    expect(Object.keys(protoId.session.answers.deepDive)).toEqual([]);
    expect(protoId.notes[0]).toContain('"__proto__" could not be kept');
    const memberId = applySessionAction(fresh(), { type: 'setDeepDiveAnswer', promptId: 'constructor', answer: 'x' }, t0);
    expect(memberId.session.answers.deepDive).toEqual({ constructor: 'x' });
    for (const result of [refused, long, answer, badId, protoId, memberId]) expectValidAndRoundTrips(result.session);
  });

  it('returns the same session, with no sentence, when nothing is over a limit', () => {
    const session = applySessionAction(fresh(), { type: 'setWorksheetRows', rows: rows(3) }, t0).session;
    const again = applySessionAction(session, { type: 'setNotes', step: 'estimate', notes: 'assume 1.5x growth' }, t0);
    expect(again.notes).toEqual([]);
    expect(again.session.answers).toBe(session.answers);
  });
});

describe('a stored record over a limit', () => {
  it('loads with the excess set aside, the record as it was kept for download, and the fitted one written back', async () => {
    const over = { ...fresh(), answers: { ...fresh().answers, estimate: { rows: rows(204) } } };
    const raw = { version: SESSION_VERSION, state: { session: over } };
    const store = createMemoryStore([[sessionKey(over.id), raw]]);
    const loaded = await loadSessionRecord(store, over.id, slug, t0);
    if (loaded.status !== 'ok') throw new Error(`expected ok, got ${loaded.status}`);
    expect(loaded.session.answers.estimate.rows).toHaveLength(200);
    expect(loaded.trimmed?.notes).toEqual(['At most 200 worksheet rows can be kept; the 4 past that were not added.']);
    expect(await store.get(loaded.trimmed?.quarantineKey ?? '')).toEqual(raw);
    expect(await store.get(sessionKey(over.id))).toEqual({ version: SESSION_VERSION, state: { session: loaded.session } });
    // Read again: nothing more is cut and no second copy is made.
    const again = await loadSessionRecord(store, over.id, slug, new Date('2026-03-01T11:00:00.000Z'));
    expect(again).toEqual({ status: 'ok', session: loaded.session });
  });

  it('still refuses an import over a limit, with one sentence', () => {
    const over = { ...fresh(), answers: { ...fresh().answers, estimate: { rows: rows(204) } } };
    expect(importSession(exportSession(over as Session, t0))).toEqual({ ok: false, error: expect.stringContaining('answers.estimate.rows') });
  });
});

describe('a stored record over a limit when storage has no room', () => {
  it('still opens, fitted, leaving the stored record as it was', async () => {
    const over = { ...fresh(), answers: { ...fresh().answers, estimate: { rows: rows(201) } } };
    const raw = { version: SESSION_VERSION, state: { session: over } };
    const inner = createMemoryStore([[sessionKey(over.id), raw]]);
    const full = { ...inner, set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const loaded = await loadSessionRecord(full, over.id, slug, t0);
    expect(loaded).toMatchObject({ status: 'ok', trimmed: { notes: ['At most 200 worksheet rows can be kept; the 1 past that were not added.'] } });
    expect(loaded.status === 'ok' && loaded.trimmed?.quarantineKey).toBe(undefined);
    expect(await inner.get(sessionKey(over.id))).toEqual(raw);
  });
});
