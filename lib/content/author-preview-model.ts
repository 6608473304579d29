import { readScene } from '../canvas/read-scene';
import { sceneSnapshotSchema } from '../canvas/scene-snapshot';
import type { SceneSnapshot } from '../canvas/scene-snapshot';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import { worksheetSchema } from '../estimate/worksheet-schema';
import type { StepResult } from '../scoring/finding';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { RUBRIC_FILE_NAMES } from './check/case-folder';
import { checkCaseSync } from './check/check-case';
import { formatProblemInline } from './check/content-problem';
import { readCaseFolder } from './read-case-folder';
import { parseCaseFiles } from './parse-case-files';
import type { CaseContent } from './parse-case-files';
import { parseJson } from './parse-source';
import { rubricHash } from './rubric-hash';

/** What /author shows of one case folder: the learner's view, its reference answers graded, every problem. */
export type AuthorPreview = {
  slug: string;
  /** content:check's errors, all at once (`file:line:column: path: message (fix: ...)`); empty when the case passes. */
  problems: string[];
  /** content:check's warnings (leftover scaffold text, arrows that cross boxes), same form: they do not stop the case. */
  warnings: string[];
  content?: CaseContent;
  rubricHash?: string;
  briefCode?: string;
  writeUpCode?: string;
  /** The reference worksheet graded on the case's own rubric (a correct case scores 100). */
  estimate?: StepResult;
  /** The reference diagram graded on the case's own rubric (at least 95), and the scene to draw. */
  diagram?: StepResult & { scene: SceneSnapshot };
};

const messageOf = (error: unknown): string => (error instanceof ContentError ? error.message : error instanceof Error ? error.message : String(error));

/**
 * Reads a case folder fresh from disk and builds its preview (Node only; /author). Its problems are
 * content:check's, by the same rules (checkCase), each `file:line:column: path: message (fix: ...)`,
 * warnings marked. Never throws for a broken case: what cannot be built is left out and its reason is
 * among `problems`.
 */
export async function buildAuthorPreview(slug: string, root = process.cwd()): Promise<AuthorPreview> {
  const folder = readCaseFolder(slug, root);
  const checked = checkCaseSync(folder);
  const problems = checked.problems.filter((problem) => problem.severity === 'error').map(formatProblemInline);
  const warnings = checked.problems.filter((problem) => problem.severity === 'warning').map(formatProblemInline);
  const preview: AuthorPreview = { slug, problems, warnings };
  // Each MDX body compiled once: its code for the preview, its errors among the problems.
  const codes = new Map<string, string>();
  for (const body of checked.mdx) {
    try {
      codes.set(body.file, await compileMdx(body.body, body.file, body.lineOffset));
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
  const files = folder.files;
  const rubricName = RUBRIC_FILE_NAMES.find((name) => files[name] !== undefined);
  try {
    preview.content = parseCaseFiles({ slug, mdxPath: `${folder.dir}/case.mdx`, mdxSource: files['case.mdx'] ?? '', rubricPath: `${folder.dir}/${rubricName ?? 'rubric.yaml'}`, rubricSource: rubricName ? (files[rubricName] ?? '') : '' });
  } catch {
    // Already among the problems: checkCaseSync reads the same files.
    return preview;
  }
  const { content } = preview;
  preview.rubricHash = rubricHash(content.rubric);
  const briefCode = codes.get(`${folder.dir}/case.mdx`);
  if (briefCode !== undefined) preview.briefCode = briefCode;
  const writeUpCode = codes.get(`${folder.dir}/write-up.mdx`);
  if (writeUpCode !== undefined) preview.writeUpCode = writeUpCode;
  // The graders run even when a check failed, so the mentor sees why a reference falls short.
  try {
    const worksheet = files['reference-estimate.json'] !== undefined ? worksheetSchema.safeParse(parseJson(files['reference-estimate.json'], `${slug}/reference-estimate.json`)) : undefined;
    if (worksheet?.success) preview.estimate = gradeEstimate(worksheet.data, content.rubric);
    const scene = files['reference.excalidraw'] !== undefined ? sceneSnapshotSchema.safeParse(parseJson(files['reference.excalidraw'], `${slug}/reference.excalidraw`)) : undefined;
    if (scene?.success) preview.diagram = { ...scoreDiagram(readScene(scene.data), content.rubric), scene: scene.data };
  } catch {
    // A file that does not parse is among the problems.
  }
  return preview;
}
