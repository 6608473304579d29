import type { DesignCase } from './design-index';
import type { OutputsServed } from './score-outputs';
import { strictestUseCase } from './strictest-use-case';

/**
 * The learner's row (as written) that serves the case's strictest use case from a store or at a
 * freshness that cannot meet its need, when no other row serves that use case's outputs soundly
 * ("Authorisation switch / fraud features queried from Snowflake, refreshed nightly" for fraud
 * scored within seconds); undefined otherwise. Outputs belong to a use case by their rubric `useCase`;
 * the strictest use case is the one with the smallest `freshnessSeconds`. An SLA that promises that
 * use case its freshness while this row feeds it states a requirement the design does not deliver.
 */
export function undeliveredRow(rubric: DesignCase, served: OutputsServed): string | undefined {
  const design = rubric.steps.design;
  const strict = strictestUseCase(design);
  if (!strict) return undefined;
  const outputs = design.outputs.filter((output) => output.useCase === strict.id);
  if (outputs.some((output) => served.sound.has(output.id))) return undefined;
  for (const output of outputs) {
    const row = served.unfed.get(output.id);
    if (row !== undefined) return row;
  }
  return undefined;
}
