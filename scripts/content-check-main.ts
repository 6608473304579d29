// The program of `npm run -s content:check [-- <slug>...] [--json]`, started by scripts/content-check.ts:
// checks every case under content/cases/ (or the named ones) with lib/content/check/check-case.ts, and,
// for a full run, every lesson under content/lessons/ with lib/content/check/check-lessons.ts. Prints
// every problem at once on stderr, `file:line:column: path: message` with a `fix:` line when there is
// one (warnings marked `warning:`), and a summary on stdout. `--json` prints
// `{ ok, cases, lessons, problems }` on stdout instead. Exit 0 when there is no error (warnings allowed),
// 2 when there is one, 1 on a bug in the checker itself.
import { checkLessons } from '../lib/content/check/check-lessons';
import { listLessonTopics } from '../lib/practice/load-lessons';
import { listCaseSlugs } from '../lib/content/load-cases';
import { checkCase } from '../lib/content/check/check-case';
import { sharedAnchorProblems } from '../lib/content/check/shared-anchors';
import { formatProblem } from '../lib/content/check/content-problem';
import type { ContentProblem } from '../lib/content/check/content-problem';
import { didYouMean } from '../lib/content/check/did-you-mean';
import { parseCliArgs, runCli } from './cli/run-cli';
import { cachedMdxCompiler } from './cli/cached-mdx-check';
import { readCaseFolder } from '../lib/content/read-case-folder';
import { readLessonFolder } from './cli/read-lesson-folder';
import { checkPackFile } from './content-check-pack';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The real MDX compiler, remembering each body's verdict (the compiler is the slowest part of a check). */
const compileMdx = cachedMdxCompiler(process.env.SDT_CLI_CODE_HASH);

/** Every lesson and its questions, every problem at once (lib/content/check/check-lessons.ts). */
async function checkAllLessons(): Promise<{ problems: ContentProblem[]; summary?: string }> {
  const { problems, lessons } = await checkLessons(listLessonTopics().map((topic) => readLessonFolder(topic)), { compileMdx });
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const questions = lessons.reduce((sum, lesson) => sum + lesson.questions, 0);
  return { problems, summary: `content:check: ${plural(lessons.length, 'lesson')} valid with ${plural(questions, 'question')} (${lessons.map((lesson) => lesson.topic).join(', ')})` };
}

async function main(): Promise<number> {
  // `content:check <file.json>...` checks case packs (as the app's import does) instead of the folders.
  const packFiles = process.argv.slice(2).filter((arg) => arg.endsWith('.json'));
  if (packFiles.length > 0) {
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
  // Anchors are compared across every case, whichever were asked for.
  problems.push(...sharedAnchorProblems(known.map((slug) => readCaseFolder(slug)), slugs));
  const lessons = positionals.length > 0 ? undefined : await checkAllLessons();
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
