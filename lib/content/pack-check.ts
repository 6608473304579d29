import { z } from 'zod';
import { referenceSceneText } from '../canvas/draw-layout';
import { readScene } from '../canvas/read-scene';
import { sceneSnapshotSchema } from '../canvas/scene-snapshot';
import type { SceneSnapshot } from '../canvas/scene-snapshot';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import { estimateContentErrors } from '../estimate/prepare-estimate';
import { worksheetSchema } from '../estimate/worksheet-schema';
import { missingProbes } from './check-probes';
import { ContentError, describeFirstIssue } from './content-error';
import { unknownMdxComponents } from './mdx-component-names';
import type { PackedCase, PackedFiles } from './pack-schema';
import { parseCaseFiles } from './parse-case-files';
import type { CaseContent } from './parse-case-files';
import { parseJson, parseYaml, splitFrontmatter } from './parse-source';
import { referenceLayoutSchema } from './reference-layout-schema';

/** The least a case's own reference diagram must score on its own rubric (tests/content/cases.test.ts). */
export const REFERENCE_DIAGRAM_MIN_SCORE = 95;

/** A packed case after every check: what the app plays, with the reference answers it shows. */
export type CheckedPackedCase = {
  content: CaseContent;
  referenceScene?: SceneSnapshot;
  writeUpTitle?: string;
};

export type PackedCaseCheck = { ok: true; checked: CheckedPackedCase } | { ok: false; problems: string[] };

const writeUpFrontmatterSchema = z.object({ title: z.string().trim().min(3, 'expected a title of at least 3 characters').max(120) });

function problemOf(error: unknown): string {
  if (error instanceof ContentError) return error.message;
  throw error;
}

/**
 * Checks one packed case with content:check's rules (see checkCaseFiles), and that the pack carries
 * the compiled write-up the report shows.
 */
export function checkPackedCase(packed: PackedCase): PackedCaseCheck {
  const result = checkCaseFiles(packed.slug, packed.files);
  if (packed.files['write-up.mdx'] === undefined || packed.compiled.writeUp !== undefined) return result;
  const missing = `${packed.slug}/write-up.mdx: the pack has no compiled write-up; pack it again with npm run content:pack`;
  return { ok: false, problems: [...(result.ok ? [] : result.problems), missing] };
}

/**
 * Checks one case's files with content:check's rules, in memory (browser and Node alike): the brief
 * and rubric parse, every deep-dive key point has a probe, the estimate content evaluates, the
 * reference diagram is the one its layout generates (with no embedded files) and scores at least
 * 95, the reference worksheet scores 100, the write-up has its title, and the MDX uses only the
 * shared components. Every problem is returned, as `file: message` lines naming `<slug>/<file>`.
 */
export function checkCaseFiles(slug: string, files: PackedFiles): PackedCaseCheck {
  const at = (file: string) => `${slug}/${file}`;
  const rubricName = files['rubric.yaml'] !== undefined ? 'rubric.yaml' : 'rubric.json';
  const rubricSource = files['rubric.yaml'] ?? files['rubric.json'];
  if (rubricSource === undefined) return { ok: false, problems: [`${at('rubric.yaml')}: file is missing: every case needs a rubric.yaml (or rubric.json)`] };
  if (files['rubric.yaml'] !== undefined && files['rubric.json'] !== undefined) return { ok: false, problems: [`${at('rubric.yaml')}: more than one rubric file (rubric.yaml, rubric.json): keep one`] };

  let content: CaseContent;
  try {
    content = parseCaseFiles({ slug, mdxPath: at('case.mdx'), mdxSource: files['case.mdx'], rubricPath: at(rubricName), rubricSource });
  } catch (error) {
    return { ok: false, problems: [problemOf(error)] };
  }
  const problems: string[] = [];
  for (const issue of missingProbes(content.rubric)) problems.push(`${at(rubricName)}: ${issue}`);
  for (const issue of estimateContentErrors(content.rubric)) problems.push(`${at(rubricName)}: ${issue}`);
  const unknownInBrief = unknownMdxComponents(content.body);
  if (unknownInBrief.length > 0) problems.push(`${at('case.mdx')}: unknown components ${unknownInBrief.map((name) => `<${name}>`).join(', ')}`);

  let referenceScene: SceneSnapshot | undefined;
  const layoutSource = files['reference-layout.yaml'];
  const sceneSource = files['reference.excalidraw'];
  try {
    if (sceneSource !== undefined && layoutSource === undefined) {
      problems.push(`${at('reference.excalidraw')}: a packed diagram must come with the reference-layout.yaml it is generated from`);
    }
    if (layoutSource !== undefined) {
      const layout = referenceLayoutSchema.safeParse(parseYaml(layoutSource, at('reference-layout.yaml')));
      if (!layout.success) problems.push(`${at('reference-layout.yaml')}: ${describeFirstIssue(layout.error)}`);
      else if (sceneSource === undefined) problems.push(`${at('reference.excalidraw')}: file is missing, run npm run content:draw -- ${slug}`);
      else {
        const expected = referenceSceneText(layout.data);
        const scene = sceneSnapshotSchema.safeParse(parseJson(sceneSource, at('reference.excalidraw')));
        if (!scene.success) problems.push(`${at('reference.excalidraw')}: ${describeFirstIssue(scene.error)}`);
        else if (JSON.stringify(parseJson(sceneSource, at('reference.excalidraw'))) !== JSON.stringify(JSON.parse(expected))) {
          problems.push(`${at('reference.excalidraw')}: out of date, run npm run content:draw -- ${slug}`);
        } else if (Object.keys(scene.data.files).length > 0) {
          problems.push(`${at('reference.excalidraw')}: a packed diagram may not embed files`);
        } else {
          const result = scoreDiagram(readScene(scene.data), content.rubric);
          if (result.score < REFERENCE_DIAGRAM_MIN_SCORE) problems.push(`${at('reference.excalidraw')}: the reference diagram scores ${result.score} on its own rubric (at least ${REFERENCE_DIAGRAM_MIN_SCORE} expected)`);
          else referenceScene = scene.data;
        }
      }
    }
    const estimateSource = files['reference-estimate.json'];
    if (estimateSource !== undefined) {
      const worksheet = worksheetSchema.safeParse(parseJson(estimateSource, at('reference-estimate.json')));
      if (!worksheet.success) problems.push(`${at('reference-estimate.json')}: ${describeFirstIssue(worksheet.error)}`);
      else {
        const graded = gradeEstimate(worksheet.data, content.rubric);
        if (graded.score !== 100) problems.push(`${at('reference-estimate.json')}: the reference worksheet scores ${graded.score} on its own rubric (100 expected)`);
      }
    }
  } catch (error) {
    problems.push(problemOf(error));
  }

  let writeUpTitle: string | undefined;
  const writeUpSource = files['write-up.mdx'];
  if (writeUpSource !== undefined) {
    try {
      const mdx = splitFrontmatter(writeUpSource, at('write-up.mdx'), 'a title');
      const frontmatter = writeUpFrontmatterSchema.safeParse(mdx.frontmatter);
      if (!frontmatter.success) problems.push(`${at('write-up.mdx')}: ${describeFirstIssue(frontmatter.error)}`);
      else writeUpTitle = frontmatter.data.title;
      const unknown = unknownMdxComponents(mdx.body);
      if (unknown.length > 0) problems.push(`${at('write-up.mdx')}: unknown components ${unknown.map((name) => `<${name}>`).join(', ')}`);
    } catch (error) {
      problems.push(problemOf(error));
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, checked: { content, ...(referenceScene ? { referenceScene } : {}), ...(writeUpTitle ? { writeUpTitle } : {}) } };
}
