import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_DRAFT_CHARS, MAX_DESIGN_FIELD_CHARS, MAX_USE_CASE_CHARS } from '../../../lib/design/design-bounds';
import { designAnswerSchema, emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import { applySessionAction } from '../../../lib/session/apply-action';
import { createSession } from '../../../lib/session/create-session';
import { designFieldsOverLimit, designFieldTooLong } from '../../../lib/session/design-over-limit';
import { scoreSession } from '../../../lib/session/score-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { SESSION_VERSION, sessionSchema } from '../../../lib/session/session-schema';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { loadSessionRecord, sessionKey } from '../../../lib/storage/session-repository';
import { seedRubric } from '../clarify/seed-case';

// A design field pasted past its graded limit is kept whole (a browser's maxLength used to cut it without a word):
// stored, valid on reload and through export, and named with how much to cut until it fits.

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-04-02T09:30:00.000Z');
const fresh = () => createSession(slug, 'ecommerce-data-platform-long-design', t0);

/** A run-on paragraph of `length` characters, as a learner pasting a whole freshness policy would. */
function paragraph(length: number, sentence: string): string {
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

const longRate = paragraph(MAX_DESIGN_FIELD_CHARS + 37, 'peaks of 12k clicks per second during flash sales, 800/s overnight; ');
const longUseCase = paragraph(MAX_USE_CASE_CHARS + 1, 'Merchandisers watch basket abandonment per campaign hour by hour. ');

describe('design fields past their graded limit', () => {
  it('names each field over its limit, in form order, with its length and limit', () => {
    const design = {
      ...emptyDesignAnswer(),
      inputs: [{ name: 'Click events from the web shop', mode: 'stream' as const, format: 'JSON', rate: longRate }],
      useCase: longUseCase,
      outputs: [{ consumer: 'Campaign dashboard', store: paragraph(MAX_DESIGN_FIELD_CHARS + 1, 'Druid ') }],
    };
    const over = designFieldsOverLimit(design);
    expect(over.map((item) => [item.label, item.length, item.max])).toEqual([
      ["Source 1's rate", MAX_DESIGN_FIELD_CHARS + 37, MAX_DESIGN_FIELD_CHARS],
      ['The use case', MAX_USE_CASE_CHARS + 1, MAX_USE_CASE_CHARS],
      ["Consumer 1's serving store", MAX_DESIGN_FIELD_CHARS + 1, MAX_DESIGN_FIELD_CHARS],
    ]);
    expect(designFieldTooLong(over[0]!)).toBe("Source 1's rate is 537 characters, 37 over the 500 limit: shorten it to submit the design for grading.");
    expect(designFieldTooLong(over[1]!)).toBe('The use case is 1,001 characters, 1 over the 1,000 limit: shorten it to submit the design for grading.');
  });

  it('finds nothing at exactly the limit', () => {
    const design = { ...emptyDesignAnswer(), sla: 'x'.repeat(MAX_DESIGN_FIELD_CHARS), useCase: 'y'.repeat(MAX_USE_CASE_CHARS), reason: '' };
    expect(designFieldsOverLimit(design)).toEqual([]);
  });

  it('the stored design accepts a paste past the graded limit, up to the draft cap', () => {
    expect(designAnswerSchema.safeParse({ reason: paragraph(MAX_DESIGN_FIELD_CHARS + 250, 'late events need the streaming path; ') }).success).toBe(true);
    expect(designAnswerSchema.safeParse({ reason: 'z'.repeat(MAX_DESIGN_DRAFT_CHARS + 1) }).success).toBe(false);
  });

  it('keeps an over-long SLA in the session through the store, export and import, with no note', () => {
    const sla = paragraph(MAX_DESIGN_FIELD_CHARS + 112, 'settlement totals final by 07:30 Lisbon time on business days; ');
    const { session, notes } = applySessionAction(fresh(), { type: 'setDesign', design: { ...emptyDesignAnswer(), sla } }, t0);
    expect(notes).toEqual([]);
    expect(session.answers.design.sla).toBe(sla);
    expect(sessionSchema.safeParse(session).success).toBe(true);
    expect(importSession(exportSession(session, t0))).toEqual({ ok: true, session });
  });

  it('cuts only a pasted document past the draft cap, and says so at once', () => {
    const essay = paragraph(MAX_DESIGN_DRAFT_CHARS + 40, 'the warehouse team owns the nightly load. ');
    const { session, notes } = applySessionAction(fresh(), { type: 'setDesign', design: { ...emptyDesignAnswer(), reason: essay } }, t0);
    expect(session.answers.design.reason).toHaveLength(MAX_DESIGN_DRAFT_CHARS);
    expect(notes).toEqual(["The design's reason: capped at 10,000 characters; the 40 after that were not kept."]);
  });

  it('a stored session with an over-long design field opens as it was: nothing set aside', async () => {
    const base = fresh();
    const stored = { ...base, answers: { ...base.answers, design: { ...emptyDesignAnswer(), inputs: [{ name: 'POS terminals', mode: 'batch' as const, format: 'CSV', rate: longRate }] } } };
    const raw = { version: SESSION_VERSION, state: { session: stored } };
    const store = createMemoryStore([[sessionKey(stored.id), raw]]);
    const loaded = await loadSessionRecord(store, stored.id, slug, t0);
    if (loaded.status !== 'ok') throw new Error(`expected ok, got ${loaded.status}`);
    expect(loaded.trimmed).toBeUndefined();
    expect(loaded.session.answers.design.inputs[0]?.rate).toBe(longRate);
  });
});

describe.runIf(seedRubric())('the report on a design with a field over its limit', () => {
  it('says which field was graded only in part, and grades the rest as before', () => {
    const rubric = seedRubric()!;
    const base = fresh();
    const within = { ...emptyDesignAnswer(), sla: 'within 5 minutes', processingStyle: 'streaming' as const };
    const over = { ...within, reason: paragraph(MAX_DESIGN_FIELD_CHARS + 9, 'fraud flags must reach the checkout quickly, ') };
    const scoredWithin = scoreSession({ ...base, answers: { ...base.answers, design: within } }, rubric).steps.find((step) => step.step === 'design')!;
    const scoredOver = scoreSession({ ...base, answers: { ...base.answers, design: over } }, rubric).steps.find((step) => step.step === 'design')!;
    const flagged = scoredOver.findings.filter((finding) => finding.code === 'design.over-limit');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ severity: 'hint', points: 0 });
    expect(flagged[0]!.message).toMatch(/^The reason for the processing style is 509 characters, 9 over the 500 limit: .* Only its first 500 characters were graded\.$/);
    expect(scoredWithin.findings.some((finding) => finding.code === 'design.over-limit')).toBe(false);
  });
});
