import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { createSession } from '../../../lib/session/create-session';
import { askQuestion, setWorksheetRows } from '../../../lib/session/session-actions';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { scoreSession } from '../../../lib/session/score-session';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');
const { rubric } = loadCase(slug);

function workedSession() {
  let session = createSession(slug, 'ecommerce-data-platform-export', t0);
  session = askQuestion(session, 'How much data do we ingest daily?', t0);
  session = setWorksheetRows(session, [{ id: 'r1', name: 'storage_per_year', expr: 'daily_ingest * 365 day' }], t0);
  return session;
}

describe('session export and import', () => {
  it('round-trips a session and scores it the same', () => {
    const session = workedSession();
    const imported = importSession(exportSession(session, t0));
    expect(imported).toEqual({ ok: true, session });
    const scored = scoreSession(session, rubric);
    expect(scored.steps.map((step) => step.step)).toEqual(['clarify', 'estimate', 'design', 'diagram', 'deep-dive']);
    expect(scored.steps.find((step) => step.step === 'estimate')?.findings.some((finding) => finding.code.includes('storage_per_year') || finding.message.includes('storage_per_year'))).toBe(true);
    expect(scored.total).toBe(Math.round(scored.steps.reduce((sum, step) => sum + step.score, 0) / 5));
  });

  it('refuses truncated, wrong-shaped, newer and oversized files with one sentence', () => {
    const text = exportSession(workedSession(), t0);
    expect(importSession(text.slice(0, 100))).toEqual({ ok: false, error: 'The file is not valid JSON (it may be truncated).' });
    expect(importSession('{"hello":"world"}')).toEqual({ ok: false, error: 'This is not a System Design Trainer session export.' });
    const newer = JSON.parse(text) as Record<string, unknown>;
    newer.sessionVersion = 99;
    expect(importSession(JSON.stringify(newer))).toMatchObject({ ok: false, error: expect.stringContaining('newer version of the app') });
    expect(importSession('{}', 30 * 1024 * 1024)).toMatchObject({ ok: false, error: expect.stringContaining('20 MB') });
    const hostile = JSON.parse(text) as { session: Record<string, unknown> };
    hostile.session.steps = '<script>alert(1)</script>';
    expect(importSession(JSON.stringify(hostile))).toMatchObject({ ok: false, error: expect.stringContaining('cannot be read') });
  });
});
