import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = process.cwd();
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const script = path.join(repo, 'scripts', 'content-check.ts');
let scratch: string | undefined;

/** A copy of the content folder to break on purpose, checked by the real command. */
function scratchCopy(): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdt-content-'));
  cpSync(path.join(repo, 'content'), path.join(scratch, 'content'), { recursive: true });
  return scratch;
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

const check = (cwd: string) => spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), script], { cwd, encoding: 'utf8' });

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('npm run content:check on lessons', () => {
  it('prints a line for cases and one for lessons', () => {
    const out = execFileSync(tsx, [script], { cwd: repo, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^content:check: \d+ cases? valid/);
    expect(lines[1]).toMatch(/^content:check: 6 lessons valid with \d+ questions \(kafka, spark-streaming, databases, object-storage, airflow, modelling\)$/);
  });

  it('exits 2 naming the question file, line, column and path of every problem at once', () => {
    const dir = scratchCopy();
    let questions = '';
    edit(dir, 'content/lessons/databases/questions.yaml', (text) => (questions = text.replace('      text: A non-repeatable read\n      correct: true', '      text: A non-repeatable read')));
    let kafka = '';
    edit(dir, 'content/lessons/kafka/lesson.mdx', (text) => (kafka = text.replace('minutes:', 'minuts:')));
    const result = check(dir);
    expect(result.status).toBe(2);
    const options = questions.slice(0, questions.lastIndexOf('options:', questions.indexOf('- id: non-repeatable'))).split('\n').length;
    expect(result.stderr).toMatch(new RegExp(`^content/lessons/databases/questions\\.yaml:${options}:3: \\[2\\]\\.options: no option is marked correct: set correct: true on at least one\n`));
    expect(result.stderr).toContain(`content/lessons/kafka/lesson.mdx:${kafka.slice(0, kafka.indexOf('minuts:')).split('\n').length}:1: minuts: "minuts" is not a field here\n  fix: did you mean "minutes"?\n`);
    expect(result.stdout).toBe('content:check: 3 errors in content/lessons/databases, content/lessons/kafka\n');
  });

  it('exits 2 on lesson MDX that does not compile', () => {
    const dir = scratchCopy();
    edit(dir, 'content/lessons/airflow/lesson.mdx', (text) => `${text}\n<Callout title="x">\nunclosed\n`);
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^content\/lessons\/airflow\/lesson\.mdx:\d+:1: MDX does not compile/);
  });
});
