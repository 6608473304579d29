import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../lib/session/create-session';
import { exportSession } from '../../lib/session/session-export';
import { answerDeepDiveProbe, revealDeepDiveAnswer, setDeepDiveAnswer, submitDeepDiveAnswer } from '../../lib/session/session-actions';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'sdt-grade-session-'));
const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');

function sessionFile(name: string, probeChoice: string): string {
  let session = setDeepDiveAnswer(createSession(slug, `${slug}-${name}`, t0), 'streaming-restart', 'We use checkpointing.', t0);
  session = submitDeepDiveAnswer(session, 'streaming-restart', t0);
  session = answerDeepDiveProbe(session, 'streaming-restart', 'checkpoint-wins', { selected: [probeChoice] }, t0);
  session = revealDeepDiveAnswer(session, 'kafka-durability', [], t0);
  const target = path.join(dir, `${name}.json`);
  writeFileSync(target, exportSession(session, t0));
  return target;
}

const grade = (...args: string[]) => spawnSync(tsx, ['scripts/grade.ts', ...args], { encoding: 'utf8' });
type Graded = { total: number; steps: { step: string; score: number }[]; followUps: { promptId: string; probes: { pointId: string; correct: boolean; answer: string }[]; answerShown: boolean; answerShownBeforeSettling: boolean }[] };

describe('grade session with follow-ups', () => {
  it('grades the probe answers and lists them, keeping the old fields', () => {
    const right = grade('session', sessionFile('right', 'skipped'), '--json');
    const wrong = grade('session', sessionFile('wrong', 'read'), '--json');
    expect(right.status).toBe(0);
    const rightJson = JSON.parse(right.stdout) as Graded;
    const wrongJson = JSON.parse(wrong.stdout) as Graded;
    expect(Object.keys(rightJson)).toEqual(expect.arrayContaining(['total', 'steps', 'followUps']));
    const deepDive = (graded: Graded) => graded.steps.find((step) => step.step === 'deep-dive')?.score ?? -1;
    expect(deepDive(rightJson)).toBeGreaterThan(deepDive(wrongJson));
    expect(rightJson.followUps.find((item) => item.promptId === 'streaming-restart')?.probes).toEqual([expect.objectContaining({ pointId: 'checkpoint-wins', correct: true })]);
    expect(rightJson.followUps.find((item) => item.promptId === 'kafka-durability')).toMatchObject({ answerShown: true, answerShownBeforeSettling: true });
    const human = grade('session', sessionFile('human', 'skipped'));
    expect(human.stdout).toContain('Follow-up questions:');
    expect(human.stdout).toContain('Answer shown before settling');
  });
});
