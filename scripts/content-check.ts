// Validates every case under content/cases/ (rubric, brief and reference files) and every lesson under content/lessons/. Exit 0 when
// all are valid, 2 on the first broken file with one line `file: path: message`, 1 on a bug in the
// checker itself.
import { compileMdx } from '../lib/content/compile-mdx';
import { ContentError } from '../lib/content/content-error';
import { listCaseSlugs, loadCase } from '../lib/content/load-cases';
import { compileLesson, loadAllLessons } from '../lib/practice/load-lessons';
import { checkReferenceFiles } from '../lib/content/reference-files';
import { estimateContentErrors } from '../lib/estimate/prepare-estimate';
import { missingProbes } from '../lib/content/check-probes';

async function main(): Promise<number> {
  // `content:check <file.json>...` checks case packs (as the app's import does) instead of the folders.
  const packFiles = process.argv.slice(2).filter((arg) => arg.endsWith('.json'));
  // Loaded only then: the pack checker pulls in the engines, which this check of folders does not need.
  if (packFiles.length > 0) {
    const { checkPackFile } = await import('./content-check-pack');
    return packFiles.map(checkPackFile).reduce((worst, code) => Math.max(worst, code), 0);
  }
  const slugs = listCaseSlugs();
  if (slugs.length === 0) {
    process.stderr.write('content/cases: no case found; add content/cases/<slug>/case.mdx and rubric.yaml\n');
    return 2;
  }
  for (const slug of slugs) {
    const content = loadCase(slug);
    const [probeIssue] = missingProbes(content.rubric);
    if (probeIssue !== undefined) throw new ContentError(`content/cases/${slug}/rubric.yaml`, probeIssue);
    await compileMdx(content.body, `content/cases/${slug}/case.mdx`, content.bodyLineOffset);
    // The reference layout, generated diagram, worksheet and write-up, whichever the case has.
    await checkReferenceFiles(slug);
    // What each estimate quantity is built from (facts, factors), so the grade can read the working.
    const [estimateError] = estimateContentErrors(content.rubric);
    if (estimateError !== undefined) throw new ContentError(`content/cases/${slug}/rubric.yaml`, estimateError);
  }
  // Lessons are checked after every case, so a broken case is reported first as before.
  const lessons = loadAllLessons();
  for (const lesson of lessons) await compileLesson(lesson);
  const questions = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
  process.stdout.write(`content:check: ${slugs.length} case${slugs.length === 1 ? '' : 's'} valid (${slugs.join(', ')})\n`);
  process.stdout.write(`content:check: ${lessons.length} lesson${lessons.length === 1 ? '' : 's'} valid with ${questions} question${questions === 1 ? '' : 's'} (${lessons.map((lesson) => lesson.topic).join(', ')})\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ContentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`content:check failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
