import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySessionAction } from '../../../lib/session/apply-action';
import type { SessionAction } from '../../../lib/session/apply-action';
import { createMockSession, createSession } from '../../../lib/session/create-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { ANSWER_STEPS, sessionSchema } from '../../../lib/session/session-schema';
import { STEP_IDS } from '../../../lib/steps/steps';

const slug = 'ecommerce-data-platform';
const t0 = Date.parse('2026-03-01T10:00:00.000Z');

/** Texts around every cap: short, at the cap, past it. */
const text = (max: number) => fc.oneof(fc.string({ maxLength: 20 }), fc.integer({ min: max - 2, max: max + 50 }).map((n) => 'x'.repeat(n)));
const step = fc.constantFrom(...STEP_IDS);
const row = fc.record({ id: text(40), name: text(200), expr: text(500) });
const field = text(500);
const design = fc.record({
  inputs: fc.array(fc.record({ name: field, mode: fc.constantFrom('batch', 'stream', '') as fc.Arbitrary<'batch' | 'stream' | ''>, format: field, rate: field }), { maxLength: 33 }),
  useCase: text(1000),
  sla: field,
  outputs: fc.array(fc.record({ consumer: field, store: field }), { maxLength: 33 }),
  processingStyle: fc.constantFrom('batch', 'streaming', 'both', '') as fc.Arbitrary<'batch' | 'streaming' | 'both' | ''>,
  reason: field,
});
const coordinate = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.constant(Number.POSITIVE_INFINITY), fc.constant(Number.NaN));
let nestedDepth = 0;
const element = fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), type: fc.constantFrom('rectangle', 'arrow', 'text', 'image'), x: coordinate, y: coordinate, deep: fc.integer({ min: 0, max: 40 }) }).map(({ deep, ...rest }) => {
  let customData: Record<string, unknown> = { tag: 'k' };
  for (nestedDepth = 0; nestedDepth < deep; nestedDepth += 1) customData = { child: customData };
  return { ...rest, customData };
});
const file = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  mimeType: fc.constantFrom('image/png', 'text/html'),
  dataURL: fc.constantFrom('data:image/png;base64,iVBORw0KGgo=', 'data:text/html,<b>x</b>', 'javascript:alert(1)'),
});
const scene = fc.record({ elements: fc.array(element, { maxLength: 12 }), files: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), file, { maxKeys: 55 }) });

/** Prompt and key-point ids: the real ones, and hostile ones past the 80-character bound. */
const followUpId = fc.oneof(fc.constantFrom('a', 'b', 'kafka-durability'), fc.string({ maxLength: 90 }));

const action: fc.Arbitrary<SessionAction> = fc.oneof(
  fc.record({ type: fc.constant('setNotes' as const), step, notes: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('n'.repeat(100_010))) }),
  fc.record({ type: fc.constant('visit' as const), step }),
  fc.record({ type: fc.constant('ask' as const), question: text(500) }),
  fc.record({ type: fc.constant('setEntities' as const), entities: text(2000) }),
  fc.record({ type: fc.constant('setWorksheetRows' as const), rows: fc.oneof(fc.array(row, { maxLength: 5 }), fc.integer({ min: 198, max: 205 }).map((n) => Array.from({ length: n }, (_, index) => ({ id: `r${index}`, name: '', expr: '1' })))) }),
  fc.record({ type: fc.constant('setDesign' as const), design }),
  fc.record({ type: fc.constant('setDiagramScene' as const), scene }),
  fc.record({ type: fc.constant('setDeepDiveAnswer' as const), promptId: fc.oneof(fc.constantFrom('a', 'b', 'kafka-durability'), fc.string({ maxLength: 90 })), answer: text(4000) }),
  fc.constant({ type: 'pauseInterview' as const }),
  fc.constant({ type: 'resumeInterview' as const }),
  fc.constant({ type: 'finishInterview' as const }),
  fc.record({
    type: fc.constant('announceCurveball' as const),
    baseline: fc.record({ textKeywords: fc.array(text(60), { maxLength: 45 }), diagramKeywords: fc.array(text(60), { maxLength: 45 }), kindCount: fc.integer({ min: 0, max: 100_000 }) }),
  }),
  fc.record({ type: fc.constant('submitDeepDiveAnswer' as const), promptId: followUpId }),
  fc.record({
    type: fc.constant('answerDeepDiveProbe' as const),
    promptId: followUpId,
    pointId: followUpId,
    answer: fc.oneof(fc.record({ selected: fc.array(followUpId, { maxLength: 8 }) }), fc.record({ number: fc.oneof(fc.double(), fc.constant(Number.NaN)) })),
  }),
  fc.record({ type: fc.constant('revealDeepDiveAnswer' as const), promptId: followUpId, openPointIds: fc.array(followUpId, { maxLength: 25 }) }),
  fc.record({ type: fc.constant('showStepAnswer' as const), step: fc.constantFrom(...ANSWER_STEPS) }),
  fc.constant({ type: 'submitCurveball' as const }),
  fc.record({
    type: fc.constant('answerCurveballProbe' as const),
    claimId: fc.oneof(fc.constantFrom('table-format-delete', 'pseudonymise'), fc.string({ maxLength: 90 })),
    answer: fc.oneof(fc.record({ selected: fc.array(followUpId, { maxLength: 8 }) }), fc.record({ number: fc.oneof(fc.double(), fc.constant(Number.NaN)) })),
  }),
  fc.record({ type: fc.constant('addStepTime' as const), step, ms: fc.oneof(fc.integer({ min: -10, max: 100_000_000 }), fc.constant(Number.NaN)) }),
);

describe('any sequence of store actions', () => {
  it('leaves a session that validates and round-trips through export and import', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 25 }), (mock, actions) => {
        let session = mock ? createMockSession(slug, 'ecommerce-data-platform-prop', new Date(t0), 45) : createSession(slug, 'ecommerce-data-platform-prop', new Date(t0));
        actions.forEach((next, index) => {
          session = applySessionAction(session, next, new Date(t0 + (index + 1) * 1000)).session;
          const parsed = sessionSchema.safeParse(session);
          expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
        });
        expect(importSession(exportSession(session, new Date(t0)))).toEqual({ ok: true, session });
      }),
      { numRuns: 150 },
    );
  });

  it('fills the questions past the cap, one action at a time, and stays valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: fc.constant<SessionAction>({ type: 'ask', question: 'Who reads the dashboards?' }), weight: 9 }, { arbitrary: fc.constant<SessionAction>({ type: 'visit', step: 'estimate' }), weight: 1 }), { minLength: 250, maxLength: 300 }), (actions) => {
        let session = createSession(slug, 'ecommerce-data-platform-many', new Date(t0));
        for (const next of actions) session = applySessionAction(session, next, new Date(t0)).session;
        expect(session.answers.clarify.questions).toHaveLength(200);
        expect(sessionSchema.safeParse(session).success).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
