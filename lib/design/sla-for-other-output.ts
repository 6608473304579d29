import type { DesignCase } from './design-index';
import { getDesignIndex, namedIds } from './design-index';
import type { StatedSla } from './sla-by-use-case';

/**
 * Whether a requirement speaks for another output than the ones `strict` (the case's strictest use case) is served
 * by: its clause names none of the case's use cases, and names outputs of the case, none of them the strict use
 * case's ("recommendations < 50 ms p99" in a shop's case whose strictest need is inventory within 5 minutes; the
 * recommendations are the data scientists' output). An SLA is credited to the output its sentence names, so such a
 * requirement cannot stand for the strict use case's. Pure.
 */
export function speaksForOtherOutput(stated: StatedSla, rubric: DesignCase, strict: string | undefined): boolean {
  if (strict === undefined) return false;
  const index = getDesignIndex(rubric);
  if (namedIds(index.useCases, stated.clause).length > 0) return false;
  const outputs = namedIds(index.outputs, stated.clause);
  if (outputs.length === 0) return false;
  const own = new Set(rubric.steps.design.outputs.filter((output) => output.useCase === strict).map((output) => output.id));
  return outputs.every((id) => !own.has(id));
}
