import { checkQuantityReferences } from '../check-references';
import { formatIssuePath } from '../content-error';
import { curveballTimingError } from '../curveball-timing';
import { dimensionSchema } from '../../units/dimensions';
import type { ContentProblem } from './content-problem';
import type { SourceMap } from './source-map';

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The fact values of a raw rubric, each fact's readable `name: expression` pairs (others left out). */
function rawFacts(data: Raw): { values: Record<string, string> }[] {
  const clarify = isRecord(data.steps) && isRecord(data.steps.clarify) ? data.steps.clarify : {};
  return list(clarify.facts).map((fact) => {
    const values: Record<string, string> = {};
    const own = isRecord(fact) ? fact.values : undefined;
    if (isRecord(own)) for (const [name, value] of Object.entries(own)) if (typeof value === 'string' || typeof value === 'number') values[name] = String(value);
    return { values };
  });
}

/** The quantities of a raw rubric whose reference and dimension are readable, with their index. */
function rawQuantities(data: Raw) {
  const estimate = isRecord(data.steps) && isRecord(data.steps.estimate) ? data.steps.estimate : {};
  return list(estimate.quantities).flatMap((quantity, index) => {
    if (!isRecord(quantity) || typeof quantity.reference !== 'string') return [];
    const dimension = dimensionSchema.safeParse(quantity.dimension);
    return dimension.success ? [{ index, quantity: { id: String(quantity.id), reference: quantity.reference, dimension: dimension.data } }] : [];
  });
}

/**
 * The rubric rules that do not need a valid rubric, run on the parsed YAML of one that fails its
 * schema, so a mentor sees them in the same run as the schema problems: fact values and reference
 * expressions evaluate (unknown units and names with "did you mean"), and the curveball leaves time.
 * Problems already reported (`reported`, same path) are not repeated. Pure.
 */
export function rawRubricProblems(map: SourceMap, file: string, durationMinutes: number | undefined, reported: readonly ContentProblem[]): ContentProblem[] {
  if (!isRecord(map.data)) return [];
  const data = map.data;
  const problems: ContentProblem[] = [];
  const seen = new Set(reported.map((item) => item.path));
  const add = (path: (string | number)[], message: string, fix?: string) => {
    const shown = formatIssuePath(path);
    if (seen.has(shown)) return;
    seen.add(shown);
    const at = map.locate(path);
    problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), path: shown, severity: 'error', code: 'rubric', message, ...(fix ? { fix } : {}) });
  };

  const quantities = rawQuantities(data);
  for (const issue of checkQuantityReferences(rawFacts(data), quantities.map((item) => item.quantity))) {
    // checkQuantityReferences numbers the quantities it was given; map back to the rubric's own index.
    const [, , , at, ...rest] = issue.path;
    const path = issue.path[1] === 'estimate' && typeof at === 'number' ? ['steps', 'estimate', 'quantities', quantities[at]?.index ?? at, ...rest] : issue.path;
    add(path, issue.message, issue.fix);
  }

  const afterMinutes = isRecord(data.curveball) ? data.curveball.afterMinutes : undefined;
  const timing = typeof afterMinutes === 'number' && durationMinutes !== undefined ? curveballTimingError(afterMinutes, durationMinutes) : undefined;
  if (timing) add(['curveball', 'afterMinutes'], timing);
  return problems;
}
