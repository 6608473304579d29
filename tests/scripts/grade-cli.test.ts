import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'sdt-grade-'));

function grade(...args: string[]) {
  return spawnSync(tsx, ['scripts/grade.ts', ...args], { encoding: 'utf8' });
}

function gradeWithStdin(input: string, ...args: string[]) {
  return spawnSync(tsx, ['scripts/grade.ts', ...args], { encoding: 'utf8', input });
}

function file(name: string, text: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
}

describe('grade command line', () => {
  it('answers one question as JSON', () => {
    const result = grade('ask', '--case', 'ecommerce-data-platform', 'How much data do we ingest daily?', '--json');
    expect(result.status).toBe(0);
    const [answer] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(answer).toMatchObject({ question: 'How much data do we ingest daily?', topic: 'scale_now', factId: 'daily-volume' });
    expect(Object.keys(answer ?? {}).sort()).toEqual(['answer', 'confidence', 'factId', 'form', 'question', 'topic']);
    expect(answer?.form).toBe('question');
  });

  it('says how a question was put and answers both halves of a compound one', () => {
    const result = grade('ask', '--case', 'ecommerce-data-platform', "Volume doesn't matter here, does it?", 'How much data per day and how long do we keep it?', '--json');
    expect(result.status).toBe(0);
    const [leading, compound] = JSON.parse(result.stdout) as { topic: string; form: string; formCue?: string; second?: { topic: string; factId: string } }[];
    expect(leading).toMatchObject({ topic: 'scale_now', form: 'leading', formCue: 'does it' });
    expect(compound).toMatchObject({ topic: 'scale_now', form: 'question', second: { topic: 'retention', factId: 'retention' } });
  });

  it('answers a file of questions, one per line, with topic null when nothing matches', () => {
    const questions = file('questions.txt', 'Who consumes the dashboards?\n\nI will use Kafka.\n');
    const result = grade('ask', '--case', 'ecommerce-data-platform', '--file', questions, '--json');
    expect(result.status).toBe(0);
    const answers = JSON.parse(result.stdout) as { topic: string | null }[];
    expect(answers.map((answer) => answer.topic)).toEqual(['consumers', null]);
  });

  it('scores a clarify transcript', () => {
    const transcript = file('transcript.json', JSON.stringify({ questions: ['Is this like Amazon?', 'How much data per day?'], entities: ['order'] }));
    const result = grade('clarify', '--case', 'ecommerce-data-platform', transcript, '--json');
    expect(result.status).toBe(0);
    const scored = JSON.parse(result.stdout) as { score: number; findings: unknown[] };
    expect(scored.score).toBeGreaterThan(0);
    expect(scored.score).toBeLessThan(100);
    expect(scored.findings.length).toBeGreaterThan(0);
  });

  it('exits 2 with one line naming the file on bad input', () => {
    const broken = file('broken.json', '{"questions": [');
    const result = grade('clarify', '--case', 'ecommerce-data-platform', broken);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${broken}: not valid JSON`);

    const unknownCase = grade('ask', '--case', 'nope', 'hello?');
    expect(unknownCase.status).toBe(2);
    expect(unknownCase.stderr).toMatch(/^grade: unknown case "nope"/);

    const unknownEngine = grade('telepathy');
    expect(unknownEngine.status).toBe(2);
    expect(unknownEngine.stderr).toMatch(/^grade: unknown engine "telepathy"/);
  });

  it('caps questions per call and reads long input from stdin, saying how', () => {
    const many = file('many.txt', 'How much data per day?\n'.repeat(5_000));
    const refused = grade('ask', '--case', 'ecommerce-data-platform', '--file', many, '--json');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toBe(`grade: ${many} holds 5,000 questions; grade ask answers up to 200 per call (split it into parts of 200)`);

    const longLine = file('long.txt', `Who reads it? ${'very '.repeat(3_000)}\n`);
    expect(grade('ask', '--case', 'ecommerce-data-platform', '--file', longLine).stderr).toMatch(/question 1 is 15,0\d\d characters; questions up to 10,000 characters are read/);
    expect(grade('ask', '--case', 'ecommerce-data-platform', 'x'.repeat(12_000)).stderr).toContain('pass long input with --file <path>, or --file - and stdin');

    const piped = gradeWithStdin('Who consumes the dashboards?\n', 'ask', '--case', 'ecommerce-data-platform', '--file', '-', '--json');
    expect(piped.status, piped.stderr).toBe(0);
    expect((JSON.parse(piped.stdout) as { topic: string | null }[]).map((answer) => answer.topic)).toEqual(['consumers']);
    expect(grade('--help').stdout).toContain('pass --file - and pipe it to stdin');
  }, 600_000);
});
