import { readScene } from '../canvas/read-scene';
import { sceneSnapshotSchema } from '../canvas/scene-snapshot';
import type { SceneSnapshot } from '../canvas/scene-snapshot';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import { worksheetSchema } from '../estimate/worksheet-schema';
import type { StepResult } from '../scoring/finding';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { readCaseFolderFiles } from './pack-build';
import { checkCaseFiles } from './pack-check';
import { parseCaseFiles } from './parse-case-files';
import type { CaseContent } from './parse-case-files';
import { parseJson, splitFrontmatter } from './parse-source';
import { rubricHash } from './rubric-hash';

/** What /author shows of one case folder: the learner's view, its reference answers graded, every problem. */
export type AuthorPreview = {
  slug: string;
  /** content:check's problems, all at once (`file: message`); empty when the case passes. */
  problems: string[];
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
 * Reads a case folder fresh from disk and builds its preview (Node only; /author). Never throws for
 * a broken case: what cannot be built is left out and its reason is among `problems`.
 */
export async function buildAuthorPreview(slug: string, root = process.cwd()): Promise<AuthorPreview> {
  let files: ReturnType<typeof readCaseFolderFiles>;
  try {
    files = readCaseFolderFiles(slug, root);
  } catch (error) {
    return { slug, problems: [messageOf(error)] };
  }
  const checked = checkCaseFiles(slug, files);
  const problems = checked.ok ? [] : [...checked.problems];
  const preview: AuthorPreview = { slug, problems };
  const rubricSource = files['rubric.yaml'] ?? files['rubric.json'] ?? '';
  try {
    preview.content = parseCaseFiles({ slug, mdxPath: `${slug}/case.mdx`, mdxSource: files['case.mdx'], rubricPath: `${slug}/${files['rubric.json'] ? 'rubric.json' : 'rubric.yaml'}`, rubricSource });
  } catch {
    // Already among the problems: checkCaseFiles parses the same files.
    return preview;
  }
  const { content } = preview;
  preview.rubricHash = rubricHash(content.rubric);
  try {
    preview.briefCode = await compileMdx(content.body, `${slug}/case.mdx`, content.bodyLineOffset);
  } catch (error) {
    problems.push(messageOf(error));
  }
  const writeUp = files['write-up.mdx'];
  if (writeUp !== undefined) {
    try {
      const mdx = splitFrontmatter(writeUp, `${slug}/write-up.mdx`, 'a title');
      preview.writeUpCode = await compileMdx(mdx.body, `${slug}/write-up.mdx`, mdx.bodyLineOffset);
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
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
