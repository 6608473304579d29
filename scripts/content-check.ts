// `npm run -s content:check [-- <slug>...] [--json]`: checks every case under content/cases/ (or the
// named ones) with lib/content/check/check-case.ts, and, for a full run, every lesson under
// content/lessons/. Prints every problem at once on stderr, `file:line:column: path: message` with a
// `fix:` line when there is one (warnings marked `warning:`), and a summary on stdout. `--json` prints
// `{ ok, cases, lessons, problems }` on stdout instead. Exit 0 when there is no error (warnings allowed),
// 2 when there is one, 1 on a bug in the checker itself.
import { ContentError } from '../lib/content/content-error';
import { listCaseSlugs } from '../lib/content/load-cases';
import { checkCase } from '../lib/content/check/check-case';
import { formatProblem } from '../lib/content/check/content-problem';
import type { ContentProblem } from '../lib/content/check/content-problem';
import { didYouMean } from '../lib/content/check/did-you-mean';
import { parseCliArgs, runCli } from './cli/run-cli';
import { readCaseFolder } from './cli/read-case-folder';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Compiles MDX with the real compiler, loaded only when a file is compiled (it is the slowest part). */
async function compileMdx(body: string, file: string, lineOffset: number): Promise<unknown> {
  const { compileMdx: compile } = await import('../lib/content/compile-mdx');
  return compile(body, file, lineOffset);
}

/** Every lesson and its questions; lessons stop at their first problem (they have no positions yet). */
async function checkLessons(): Promise<{ problems: ContentProblem[]; summary?: string }> {
  const { compileLesson, loadAllLessons } = await import('../lib/practice/load-lessons');
  try {
    const lessons = loadAllLessons();
    for (const lesson of lessons) await compileLesson(lesson);
    const questions = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
    return { problems: [], summary: `content:check: ${plural(lessons.length, 'lesson')} valid with ${plural(questions, 'question')} (${lessons.map((lesson) => lesson.topic).join(', ')})` };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { problems: [{ file: error.file, path: '', severity: 'error', code: 'lesson', message: error.detail }] };
  }
}

async function main(): Promise<number> {
  // `content:check <file.json>...` checks case packs (as the app's import does) instead of the folders.
  const packFiles = process.argv.slice(2).filter((arg) => arg.endsWith('.json'));
  // Loaded only then: the pack checker pulls in the engines, which this check of folders does not need.
  if (packFiles.length > 0) {
    const { checkPackFile } = await import('./content-check-pack');
    return packFiles.map(checkPackFile).reduce((worst, code) => Math.max(worst, code), 0);
  }
  const { values, positionals } = parseCliArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const known = listCaseSlugs();
  if (known.length === 0) {
    process.stderr.write('content/cases: no case found; add content/cases/<slug>/case.mdx and rubric.yaml\n');
    return 2;
  }
  for (const slug of positionals) {
    if (!known.includes(slug)) {
      process.stderr.write(`content/cases/${slug}: no such case${didYouMean(slug, known)} (known: ${known.join(', ')})\n`);
      return 2;
    }
  }
  const slugs = positionals.length > 0 ? positionals : known;
  const problems: ContentProblem[] = [];
  for (const slug of slugs) problems.push(...(await checkCase(readCaseFolder(slug), { compileMdx })));
  const lessons = positionals.length > 0 ? undefined : await checkLessons();
  problems.push(...(lessons?.problems ?? []));

  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ok: errors.length === 0, cases: slugs, lessons: lessons !== undefined, problems }, null, 2)}\n`);
    return errors.length === 0 ? 0 : 2;
  }
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (errors.length > 0) {
    const broken = new Set(errors.map((problem) => problem.file.split('/').slice(0, 3).join('/')));
    process.stdout.write(`content:check: ${plural(errors.length, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''} in ${[...broken].join(', ')}\n`);
    return 2;
  }
  process.stdout.write(`content:check: ${plural(slugs.length, 'case')} valid (${slugs.join(', ')})${warnings > 0 ? ` with ${plural(warnings, 'warning')}` : ''}\n`);
  if (lessons?.summary) process.stdout.write(`${lessons.summary}\n`);
  return 0;
}

runCli('content:check', main);
