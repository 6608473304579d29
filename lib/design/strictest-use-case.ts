import type { DesignRubric } from './design-index';

type UseCase = NonNullable<DesignRubric['useCases']>[number];

/** A use case with a freshness need (`freshnessSeconds`, seconds from event to its user). */
export type GradedUseCase = UseCase & { freshnessSeconds: number };

/** The case's use cases that state a freshness need, in rubric order. Pure. */
export const gradedUseCases = (design: DesignRubric): GradedUseCase[] =>
  (design.useCases ?? []).filter((useCase): useCase is GradedUseCase => useCase.freshnessSeconds !== undefined);

/**
 * The use case whose need sets the case's freshness: the one with the smallest `freshnessSeconds` (the first in
 * rubric order on a tie), or undefined when no use case states a need. Its outputs are the rubric outputs whose
 * `useCase` is its id. Pure.
 */
export function strictestUseCase(design: DesignRubric): GradedUseCase | undefined {
  return gradedUseCases(design).reduce<GradedUseCase | undefined>((best, next) => (best === undefined || next.freshnessSeconds < best.freshnessSeconds ? next : best), undefined);
}
