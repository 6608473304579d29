import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../lib/session/create-session';
import { exportSession } from '../../lib/session/session-export';
import { revealDeepDiveAnswer, showStepAnswer } from '../../lib/session/session-actions';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'sdt-grade-shown-'));
const slug = 'card-payments';
const t0 = new Date('2026-04-01T10:00:00.000Z');
const t1 = new Date('2026-04-01T10:05:00.000Z');

type Graded = { steps: { step: string; score: number; answerShown: boolean; answerShownAt?: string }[] };

describe('grade session --json says per step whether "Show the answer" was used', () => {
  it('marks the steps whose answer was shown, with when, and the deep dive when a prompt\'s was', () => {
    let session = showStepAnswer(createSession(slug, `${slug}-shown`, t0), 'estimate', t1);
    session = showStepAnswer(session, 'diagram', t1);
    session = revealDeepDiveAnswer(session, 'exactly-once-authorisations', [], t1);
    const file = path.join(dir, 'shown.json');
    writeFileSync(file, exportSession(session, t1));
    const run = spawnSync(tsx, ['scripts/grade.ts', 'session', file, '--json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const graded = JSON.parse(run.stdout) as Graded;
    const byStep = Object.fromEntries(graded.steps.map((step) => [step.step, step]));
    expect(byStep.estimate).toMatchObject({ answerShown: true, answerShownAt: t1.toISOString() });
    expect(byStep.diagram).toMatchObject({ answerShown: true });
    expect(byStep.clarify).toMatchObject({ answerShown: false });
    expect(byStep.clarify?.answerShownAt).toBeUndefined();
    expect(byStep.design).toMatchObject({ answerShown: false });
    expect(byStep['deep-dive']).toMatchObject({ answerShown: true });
    // The old fields stay.
    for (const step of graded.steps) expect(typeof step.score).toBe('number');
    const human = spawnSync(tsx, ['scripts/grade.ts', 'session', file], { encoding: 'utf8' });
    expect(human.stdout).toMatch(/Estimate[^\n]*\(answer shown\)/);
    expect(human.stdout).not.toMatch(/Clarify[^\n]*\(answer shown\)/);
  });

  it('says no step was shown for a session without any', () => {
    const file = path.join(dir, 'none.json');
    writeFileSync(file, exportSession(createSession(slug, `${slug}-none`, t0), t0));
    const graded = JSON.parse(spawnSync(tsx, ['scripts/grade.ts', 'session', file, '--json'], { encoding: 'utf8' }).stdout) as Graded;
    expect(graded.steps.every((step) => step.answerShown === false)).toBe(true);
  });
});
