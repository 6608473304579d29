import { caseFrontmatterSchema } from '../case-frontmatter-schema';
import { referenceSceneText } from '../../canvas/draw-layout';
import { arrowCrossings } from '../../canvas/arrow-crossings';
import { sceneSnapshotSchema } from '../../canvas/scene-snapshot';
import type { SceneSnapshot } from '../../canvas/scene-snapshot';
import { worksheetSchema } from '../../estimate/worksheet-schema';
import { CASE_SLUG_PATTERN } from '../parse-case-files';
import { referenceLayoutSchema } from '../reference-layout-schema';
import { rubricSchema } from '../rubric-schema';
import { writeUpFrontmatterSchema } from '../write-up-schema';
import type { CaseFolder } from './case-folder';
import { CASE_FILE_NAMES, RUBRIC_FILE_NAMES, filePath } from './case-folder';
import { rubricConsistencyProblems } from './check-rubric-consistency';
import type { ContentProblem } from './content-problem';
import { sortProblems } from './content-problem';
import { parseChecked, parseFrontmatter } from './parse-checked';
import { referenceGradeProblems, worksheetRowProblems } from './reference-grades';
import { compileProblems, unknownComponentProblems } from './mdx-problems';
import type { MdxBody, MdxCompiler } from './mdx-problems';
import { scaffoldLeftovers } from './scaffold-leftovers';
import { rawRubricProblems } from './raw-rubric';

export type { MdxCompiler } from './mdx-problems';

export type CheckCaseOptions = {
  /**
   * Compiles the brief and the write-up (server-side: lib/content/compile-mdx.ts). Without it the MDX is
   * still checked for unknown components, but not compiled (a browser has no esbuild).
   */
  compileMdx?: MdxCompiler;
};

/** Every fact value of a rubric (valid or only parsed), name -> expression. */
function factValues(rubric: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const facts = (rubric as { steps?: { clarify?: { facts?: unknown } } } | undefined)?.steps?.clarify?.facts;
  if (!Array.isArray(facts)) return values;
  for (const fact of facts) {
    const own = (fact as { values?: unknown } | null)?.values;
    if (own && typeof own === 'object') for (const [name, value] of Object.entries(own)) if (typeof value === 'string' || typeof value === 'number') values[name] = String(value);
  }
  return values;
}

const problem = (file: string, code: string, message: string, fix?: string, severity: 'error' | 'warning' = 'error'): ContentProblem => ({ file, path: '', severity, code, message, ...(fix ? { fix } : {}) });

/** What checkCaseSync finds, and what it read on the way that a case pack keeps. */
export type CaseCheck = {
  /** Every problem but what the MDX compiler would refuse, in file order. */
  problems: ContentProblem[];
  /** The brief and write-up bodies that use only known components: what checkCase compiles. */
  mdx: MdxBody[];
  /** The reference diagram, parsed, when it is what content:draw makes of the layout. */
  scene?: SceneSnapshot;
  /** The write-up's title, when its frontmatter is valid. */
  writeUpTitle?: string;
};

/**
 * Every check a case must pass before it ships, all at once: each file parses (YAML errors explained),
 * matches its schema (each problem at its line and column, with a fix and "did you mean"), the rubric
 * keeps its rules (a fact per clarify topic, probes, estimate references, curveball timing), the
 * reference diagram is what content:draw makes of the layout, the case's own reference answers get
 * full marks while empty and weak ones do not, and the MDX compiles (when `options.compileMdx` is
 * given). Leftover scaffold text and arrows that cross boxes are warnings. Pure: `folder` holds the
 * files' text; never throws on bad content. The one set of case rules: content:check, /author and a
 * case pack's import (lib/content/pack-check.ts) all judge a case by it.
 */
export async function checkCase(folder: CaseFolder, options: CheckCaseOptions = {}): Promise<ContentProblem[]> {
  const checked = checkCaseSync(folder);
  const { compileMdx } = options;
  if (!compileMdx) return checked.problems;
  const compiled = await Promise.all(checked.mdx.map((body) => compileProblems(body, compileMdx)));
  return sortProblems([...checked.problems, ...compiled.flat()]);
}

/**
 * checkCase without compiling the MDX (a browser has no esbuild; unknown components are still
 * refused), synchronously, with the parsed diagram and write-up title a case pack keeps.
 */
export function checkCaseSync(folder: CaseFolder): CaseCheck {
  const problems: ContentProblem[] = [];
  const mdx: MdxBody[] = [];
  const readMdx = (body: MdxBody) => {
    const unknown = unknownComponentProblems(body);
    problems.push(...unknown);
    if (unknown.length === 0) mdx.push(body);
  };
  const path = (name: string) => filePath(folder, name);
  const text = (name: string) => folder.files[name];
  const briefFile = path(CASE_FILE_NAMES.brief);
  if (!CASE_SLUG_PATTERN.test(folder.slug)) problems.push(problem(folder.dir, 'slug', `folder name "${folder.slug}" must be kebab-case (it becomes the URL)`, 'rename the folder to lower-case words joined by -, such as food-delivery'));

  // The brief and its frontmatter.
  const briefSource = text(CASE_FILE_NAMES.brief);
  let durationMinutes: number | undefined;
  if (briefSource === undefined) problems.push(problem(briefFile, 'missing-file', 'file is missing: every case needs a case.mdx', 'run npm run content:new -- <slug> to start from the scaffold'));
  else {
    const brief = parseFrontmatter(briefSource, caseFrontmatterSchema, briefFile, 'title, summary, domain, difficulty, durationMinutes and tags');
    problems.push(...brief.problems);
    durationMinutes = brief.data?.durationMinutes;
    if (brief.body !== undefined) readMdx({ body: brief.body, file: briefFile, lineOffset: brief.bodyLineOffset });
  }

  // The rubric.
  const rubricNames = RUBRIC_FILE_NAMES.filter((name) => text(name) !== undefined);
  const rubricName = rubricNames[0];
  if (rubricNames.length > 1) problems.push(problem(path(rubricNames[0] ?? ''), 'missing-file', `more than one rubric file (${rubricNames.join(', ')})`, 'keep one'));
  const rubricFile = path(rubricName ?? 'rubric.yaml');
  const rubric = rubricName === undefined ? undefined : parseChecked(text(rubricName) ?? '', rubricSchema, rubricFile);
  if (!rubric) problems.push(problem(rubricFile, 'missing-file', 'file is missing: every case needs a rubric.yaml (or rubric.json)'));
  else {
    problems.push(...rubric.problems);
    if (rubric.data && rubric.map) problems.push(...rubricConsistencyProblems(rubric.data, rubric.map, rubricFile, durationMinutes));
    else if (rubric.map) problems.push(...rawRubricProblems(rubric.map, rubricFile, durationMinutes, rubric.problems));
  }

  // The reference layout and the diagram drawn from it.
  const layoutFile = path(CASE_FILE_NAMES.layout);
  const sceneFile = path(CASE_FILE_NAMES.scene);
  const layoutSource = text(CASE_FILE_NAMES.layout);
  const layout = layoutSource === undefined ? undefined : parseChecked(layoutSource, referenceLayoutSchema, layoutFile);
  if (!layout) problems.push(problem(layoutFile, 'missing-file', 'file is missing: describe the reference diagram there (AUTHORING.md, section 7)'));
  else problems.push(...layout.problems);
  const sceneSource = text(CASE_FILE_NAMES.scene);
  const redraw = `run npm run content:draw -- ${folder.slug}`;
  let scene: unknown;
  let snapshot: SceneSnapshot | undefined;
  if (sceneSource === undefined) problems.push(problem(sceneFile, 'missing-file', `file is missing, ${redraw}`));
  else {
    try {
      scene = JSON.parse(sceneSource) as unknown;
    } catch {
      problems.push(problem(sceneFile, 'stale-drawing', `out of date, ${redraw}`));
    }
    const parsed = scene === undefined ? undefined : sceneSnapshotSchema.safeParse(scene);
    if (parsed?.success) snapshot = parsed.data;
    else if (parsed) {
      problems.push(problem(sceneFile, 'stale-drawing', `not an Excalidraw scene, ${redraw}`));
      scene = undefined;
    }
    // Compared as JSON, so an editor's reformatting does not count as a change.
    const current = layout?.data ? referenceSceneText(layout.data) : undefined;
    if (scene !== undefined && current !== undefined && JSON.stringify(scene) !== JSON.stringify(JSON.parse(current))) {
      problems.push(problem(sceneFile, 'stale-drawing', `out of date, ${redraw}`));
    }
    // What content:draw makes of the layout now, so a stale drawing does not hide (or invent) a crossing.
    if (current !== undefined) {
      for (const crossing of arrowCrossings(JSON.parse(current))) {
        problems.push(problem(layoutFile, 'arrow-crosses-box', `the arrow ${crossing.from} -> ${crossing.to} crosses the box "${crossing.box}" in the drawing`, `reorder the boxes in their columns so the arrow's ends are neighbours, then ${redraw}`, 'warning'));
      }
    }
  }

  // The reference worksheet.
  const estimateFile = path(CASE_FILE_NAMES.estimate);
  const estimateSource = text(CASE_FILE_NAMES.estimate);
  const worksheet = estimateSource === undefined ? undefined : parseChecked(estimateSource, worksheetSchema, estimateFile);
  if (!worksheet) problems.push(problem(estimateFile, 'missing-file', 'file is missing: write the model estimate worksheet there (AUTHORING.md, section 4)'));
  else problems.push(...worksheet.problems);

  // The write-up.
  const writeUpFile = path(CASE_FILE_NAMES.writeUp);
  const writeUpSource = text(CASE_FILE_NAMES.writeUp);
  let writeUpTitle: string | undefined;
  if (writeUpSource === undefined) problems.push(problem(writeUpFile, 'missing-file', 'file is missing: write the model answer there (AUTHORING.md, section 9)'));
  else {
    const writeUp = parseFrontmatter(writeUpSource, writeUpFrontmatterSchema, writeUpFile, 'a title');
    problems.push(...writeUp.problems);
    writeUpTitle = writeUp.data?.title;
    if (writeUp.body !== undefined) readMdx({ body: writeUp.body, file: writeUpFile, lineOffset: writeUp.bodyLineOffset });
  }

  // Every reference row evaluates with the case's values (read from the raw rubric if it does not validate).
  const rawRubric = rubric?.data ?? rubric?.map?.data;
  if (worksheet?.data && rawRubric !== undefined) problems.push(...worksheetRowProblems(worksheet.data, factValues(rawRubric), worksheet.map, estimateFile));

  // The case's own answers, graded by its own rubric; a drawing is judged only once its layout is valid.
  const layoutBroken = layout !== undefined && layout.data === undefined;
  const sceneIsCurrent = !layoutBroken && !problems.some((item) => item.file === sceneFile);
  if (layoutBroken && scene !== undefined) {
    problems.push(problem(sceneFile, 'not-checked', `the drawing cannot be checked until ${CASE_FILE_NAMES.layout} is fixed`, `fix the problems in ${CASE_FILE_NAMES.layout}, then ${redraw}`, 'warning'));
  }
  if (rubric?.data === undefined && rubric?.map !== undefined) {
    problems.push(problem(rubricFile, 'not-checked', "the case's reference answers (diagram and worksheet) are graded by the rubric only once it is valid", 'fix the errors in this file, then check again', 'warning'));
  }
  if (rubric?.data) {
    problems.push(
      ...referenceGradeProblems({
        rubric: rubric.data,
        ...(sceneIsCurrent && scene !== undefined ? { scene } : {}),
        ...(layout?.data ? { layout: layout.data } : {}),
        ...(worksheet?.data ? { worksheet: worksheet.data } : {}),
        files: { scene: sceneFile, layout: layoutFile, estimate: estimateFile },
      }),
    );
  }

  for (const name of [CASE_FILE_NAMES.brief, ...RUBRIC_FILE_NAMES, CASE_FILE_NAMES.layout, CASE_FILE_NAMES.estimate, CASE_FILE_NAMES.writeUp]) {
    const source = text(name);
    if (source !== undefined) problems.push(...scaffoldLeftovers(source, path(name)));
  }
  return { problems: sortProblems(problems), mdx, ...(sceneIsCurrent && snapshot ? { scene: snapshot } : {}), ...(writeUpTitle ? { writeUpTitle } : {}) };
}
