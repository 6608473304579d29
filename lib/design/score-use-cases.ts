import type { DesignAnswer } from './design-answer-schema';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import { isKeywordRun } from '../text/keyword-run';
import { earn, earnFromKeywords, hint, lose } from './tally';
import type { Tally } from './tally';

/** Points per business use case of the case named in the use case (or SLA) text. */
export const USE_CASE_POINTS = 5;

/** The business use cases stated; learners often name them next to their SLA, so both fields count. */
export function scoreUseCases(tally: Tally, answer: DesignAnswer, rubric: DesignCase): void {
  const useCases = rubric.steps.design.useCases ?? [];
  if (useCases.length === 0) {
    if (answer.useCase === '') {
      hint(tally, { code: 'design.use-case-empty', message: 'State the business use case the design serves: it is what the SLA and every choice after it are measured against.' });
    }
    return;
  }
  const matcher = getDesignIndex(rubric).useCases;
  const fromUseCase = new Set(namedIds(matcher, answer.useCase));
  const fromSla = new Set(namedIds(matcher, answer.sla));
  const useCaseRun = isKeywordRun(answer.useCase);
  for (const useCase of useCases) {
    if (fromUseCase.has(useCase.id) || fromSla.has(useCase.id)) {
      const detail = { code: 'design.use-case-named', message: `Stated the use case: ${useCase.label}.`, refs: [useCase.id] };
      if (useCaseRun && !fromSla.has(useCase.id)) earnFromKeywords(tally, USE_CASE_POINTS, detail, answer.useCase);
      else earn(tally, USE_CASE_POINTS, detail);
    } else {
      lose(tally, 'missing', USE_CASE_POINTS, {
        code: 'design.use-case-missing',
        message: `Did not state the use case ${useCase.label}; the business asked for it, and it sets one of the SLAs.`,
        neutral: 'Your use case does not state one of the things the business asked for yet.',
        refs: [useCase.id],
      });
    }
  }
}
