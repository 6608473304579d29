import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../lib/content/load-cases';
import { scoreDeepDive, scoreDeepDivePrompt } from '../../lib/deep-dive/score-deep-dive';
import { loadLesson } from '../../lib/practice/load-lessons';
import { scoreQuestion } from '../../lib/practice/score-question';
import { toScore } from '../../lib/scoring/score';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'sdt-grade-dd-'));
const grade = (...args: string[]) => spawnSync(tsx, ['scripts/grade.ts', ...args], { encoding: 'utf8' });
function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

const rides = loadCase('ride-hailing').rubric;
const listed = 'Partitioning: key, partitions, batching, compression.';
const explained =
  'Key the topic by driver_id so every ping of a driver lands in one partition, in order. Use 64 partitions for the peak with headroom, since consumers scale only to the partition count. Keying by zone would make hot partitions downtown. Producers batch with linger.ms and compress with lz4.';

describe('grade deep-dive', () => {
  it('scores one prompt with the app engine and lists the follow-ups a bare list gets', () => {
    const result = grade('deep-dive', '--case', 'ride-hailing', file('one.json', { prompt: 'location-topic-partitioning', text: listed }), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { prompt: string; score: number; probes: { keyPoint: string; status: string }[]; findings: unknown[] };
    const prompt = rides.steps['deep-dive'].prompts.find((item) => item.id === 'location-topic-partitioning');
    if (!prompt) throw new Error('prompt missing');
    const engine = scoreDeepDivePrompt(prompt, listed);
    expect(out.prompt).toBe('location-topic-partitioning');
    expect(out.score).toBe(toScore(engine.earned, engine.available));
    expect(out.probes.map((probe) => probe.keyPoint)).toContain('key-by-driver');
    expect(out.probes.every((probe) => probe.status === 'listed')).toBe(true);
  });

  it('settles a listed point with a right probe answer, and a wrong one earns nothing more', () => {
    const right = grade('deep-dive', '--case', 'ride-hailing', file('right.json', { prompt: 'location-topic-partitioning', text: listed, probes: { 'partition-count': { number: 16 } } }), '--json');
    const wrong = grade('deep-dive', '--case', 'ride-hailing', file('wrong.json', { prompt: 'location-topic-partitioning', text: listed, probes: { 'partition-count': { number: 3 } } }), '--json');
    const bare = grade('deep-dive', '--case', 'ride-hailing', file('bare.json', { prompt: 'location-topic-partitioning', text: listed }), '--json');
    const score = (output: string) => (JSON.parse(output) as { score: number }).score;
    expect(score(right.stdout)).toBeGreaterThan(score(bare.stdout));
    expect(score(wrong.stdout)).toBeLessThanOrEqual(score(bare.stdout));
    expect((JSON.parse(right.stdout) as { probes: { keyPoint: string }[] }).probes.map((probe) => probe.keyPoint)).not.toContain('partition-count');
  });

  it('scores the whole step like the app, unanswered prompts included', () => {
    const answers = { 'location-topic-partitioning': explained };
    const result = grade('deep-dive', '--case', 'ride-hailing', file('step.json', { answers }), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { score: number; probes: unknown[] };
    expect(out.score).toBe(scoreDeepDive(answers, rides).score);
    expect(out.score).toBeLessThan(100);
    const human = grade('deep-dive', '--case', 'ride-hailing', file('step2.json', { answers }));
    expect(human.stdout).toMatch(/^Deep dive, .*: \d+\/100/);
  });

  it('exits 2 with one line on an unknown prompt, a bad shape or a missing case', () => {
    for (const args of [
      ['--case', 'ride-hailing', file('unknown.json', { prompt: 'no-such-prompt', text: 'x' })],
      ['--case', 'ride-hailing', file('bad.json', { prompt: 'location-topic-partitioning' })],
      ['--case', 'ride-hailing', file('bad2.json', { answers: { 'no-such-prompt': 'x' } })],
      [file('nocase.json', { prompt: 'location-topic-partitioning', text: 'x' })],
    ]) {
      const result = grade('deep-dive', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('grade practice', () => {
  const kafka = loadLesson('kafka').questions;
  const short = kafka.find((question) => question.id === 'acks-explained');
  const choice = kafka.find((question) => question.type === 'choice');

  it('scores a short answer from a text file with the app engine', () => {
    if (!short) throw new Error('question missing');
    const text = 'With acks=all the leader waits for every in-sync replica; min.insync.replicas=2 refuses writes when the ISR shrinks to the leader alone.';
    const result = grade('practice', '--question', 'acks-explained', file('answer.txt', text), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { question: string; topic: string; type: string; score: number; correct: boolean };
    expect(out).toMatchObject({ question: 'acks-explained', topic: 'kafka', type: 'short' });
    expect(out.score).toBe(scoreQuestion(short, { text }).score);
  });

  it('takes <topic>/<id>, a JSON short answer with probes, and a choice selection', () => {
    if (!choice || choice.type !== 'choice') throw new Error('choice question missing');
    const json = grade('practice', '--question', 'kafka/acks-explained', file('answer.json', { text: 'acks, min.insync.replicas, ISR' }), '--json');
    expect(json.status, json.stderr).toBe(0);
    const listedOut = JSON.parse(json.stdout) as { score: number; probes: unknown[] };
    expect(listedOut.score).toBeLessThan(60);
    const right = choice.options.filter((option) => option.correct).map((option) => option.id);
    const picked = grade('practice', '--question', `kafka/${choice.id}`, file('choice.json', { selected: right }), '--json');
    expect(picked.status, picked.stderr).toBe(0);
    expect(JSON.parse(picked.stdout)).toMatchObject({ type: 'choice', correct: true, score: 100 });
  });

  it('exits 2 with one line on an unknown question, a missing --question or the wrong kind of answer', () => {
    for (const args of [
      ['--question', 'no-such-question', file('a.txt', 'x')],
      [file('b.txt', 'x')],
      ['--question', `kafka/${choice?.id ?? ''}`, file('c.txt', 'some text')],
      ['--question', 'acks-explained', file('d.json', { selected: ['x'] })],
      ['--question', 'acks-explained', file('e.json', '{not json')],
    ]) {
      const result = grade('practice', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
