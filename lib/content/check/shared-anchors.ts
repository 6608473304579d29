import { parse } from 'yaml';
import type { CaseFolder } from './case-folder';
import { filePath, RUBRIC_FILE_NAMES } from './case-folder';
import type { ContentProblem } from './content-problem';

type Anchor = { path: string; text: string };

const LEVELS = ['1', '2', '3', '4'] as const;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The level texts of a rubric's `anchors` (steps and dimensions), with their paths; none when the rubric does not parse. */
function anchorsOf(folder: CaseFolder): { file: string; source: string; anchors: Anchor[] } | undefined {
  const name = RUBRIC_FILE_NAMES.find((candidate) => folder.files[candidate] !== undefined);
  const source = name === undefined ? undefined : folder.files[name];
  if (name === undefined || source === undefined) return undefined;
  let data: unknown;
  try {
    data = parse(source);
  } catch {
    return undefined;
  }
  const anchors: Anchor[] = [];
  const levelsAt = (levels: unknown, path: string) => {
    if (!levels || typeof levels !== 'object') return;
    for (const level of LEVELS) {
      const text = (levels as Record<string, unknown>)[level];
      if (typeof text === 'string' && text.trim() !== '') anchors.push({ path: `${path}.${level}`, text });
    }
  };
  const root = (data ?? {}) as { anchors?: { steps?: Record<string, unknown>; dimensions?: unknown } };
  for (const [step, levels] of Object.entries(root.anchors?.steps ?? {})) levelsAt(levels, `anchors.steps.${step}`);
  if (Array.isArray(root.anchors?.dimensions)) {
    root.anchors.dimensions.forEach((dimension: unknown, index: number) => levelsAt((dimension as { levels?: unknown } | null)?.levels, `anchors.dimensions[${index}].levels`));
  }
  return { file: filePath(folder, name), source, anchors };
}

/** The 1-based line where `text` starts in `source` (by its first words), or undefined. */
function lineOf(source: string, text: string): number | undefined {
  const start = text.trim().split(/\s+/).slice(0, 6).join(' ');
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.replace(/\s+/g, ' ').includes(start));
  return index === -1 ? undefined : index + 1;
}

/**
 * Anchors copied word for word between cases (whitespace and case aside): level texts are written for
 * their own case ("quote the case's own numbers and traps", AUTHORING.md 8b), so an anchor of a case in
 * `checked` that another case of `folders` also has is an error at its line, naming the other case.
 * Needs every case folder, so content:check runs it beside checkCase (which sees one case).
 */
export function sharedAnchorProblems(folders: readonly CaseFolder[], checked: readonly string[]): ContentProblem[] {
  const read = folders.map((folder) => ({ folder, rubric: anchorsOf(folder) }));
  // Normalised anchor text -> the cases that have it.
  const cases = new Map<string, Set<string>>();
  for (const { folder, rubric } of read) {
    for (const anchor of rubric?.anchors ?? []) {
      const key = normalise(anchor.text);
      cases.set(key, (cases.get(key) ?? new Set()).add(folder.slug));
    }
  }
  const problems: ContentProblem[] = [];
  for (const { folder, rubric } of read) {
    if (!rubric || !checked.includes(folder.slug)) continue;
    for (const anchor of rubric.anchors) {
      const others = [...(cases.get(normalise(anchor.text)) ?? [])].filter((slug) => slug !== folder.slug);
      if (others.length === 0) continue;
      const line = lineOf(rubric.source, anchor.text);
      problems.push({
        file: rubric.file,
        ...(line === undefined ? {} : { line, column: 1 }),
        path: anchor.path,
        severity: 'error',
        code: 'copied-anchor',
        message: `this anchor is copied word for word from ${others.join(', ')}; an anchor says what this level looks like in this case`,
        fix: 'rewrite it with this case\'s own numbers and traps',
      });
    }
  }
  return problems;
}
