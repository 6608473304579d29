import { assertNever } from '../util/assert-never';
import type { DesignAnswer } from './design-answer-schema';
import { briefOf, getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import { isKeywordRun } from '../text/keyword-run';
import { earn, earnFromKeywords, hint, lose, quote } from './tally';
import type { Tally } from './tally';
import { unearnedMentions } from './unearned-mentions';
import type { UnearnedMention } from './unearned-mentions';

/** Points per business use case of the case named in the use case (or SLA) text. */
export const USE_CASE_POINTS = 5;

function unearnedMessage(label: string, why: UnearnedMention): string {
  switch (why.kind) {
    case 'dismissed':
      return `You name ${label} only to rule out the freshness it needs (${quote(why.clause)}): that states no use case, it argues one away. Say what the business needs it for and how fresh.`;
    case 'brief-echo':
      return `You name ${label} only in words read back from the brief (${quote(why.clause)}): say in your own words what the business needs from it and how fresh.`;
    default:
      return assertNever(why.kind, 'unearned mention');
  }
}

/**
 * The business use cases stated; learners often name them next to their SLA, so both fields count. A
 * use case named only to rule out the freshness it needs ("inventory doesn't need to be within
 * minutes"), or only in a sentence read back from the brief, is not stated (see unearned-mentions.ts).
 */
export function scoreUseCases(tally: Tally, answer: DesignAnswer, rubric: DesignCase): void {
  const useCases = rubric.steps.design.useCases ?? [];
  if (useCases.length === 0) {
    if (answer.useCase === '') {
      hint(tally, { code: 'design.use-case-empty', message: 'State the business use case the design serves: it is what the SLA and every choice after it are measured against.' });
    }
    return;
  }
  const matcher = getDesignIndex(rubric).useCases;
  const needOf = (id: string) => useCases.find((useCase) => useCase.id === id)?.freshnessSeconds;
  const brief = briefOf(rubric);
  const unearnedInUseCase = unearnedMentions(matcher, answer.useCase, needOf, brief);
  const unearnedInSla = unearnedMentions(matcher, answer.sla, needOf, brief);
  const fromUseCase = new Set(namedIds(matcher, answer.useCase).filter((id) => !unearnedInUseCase.has(id)));
  const fromSla = new Set(namedIds(matcher, answer.sla).filter((id) => !unearnedInSla.has(id)));
  const useCaseRun = isKeywordRun(answer.useCase);
  for (const useCase of useCases) {
    if (fromUseCase.has(useCase.id) || fromSla.has(useCase.id)) {
      const detail = { code: 'design.use-case-named', message: `Stated the use case: ${useCase.label}.`, refs: [useCase.id] };
      if (useCaseRun && !fromSla.has(useCase.id)) earnFromKeywords(tally, USE_CASE_POINTS, detail, answer.useCase);
      else earn(tally, USE_CASE_POINTS, detail);
      continue;
    }
    const unearned = unearnedInSla.get(useCase.id) ?? unearnedInUseCase.get(useCase.id);
    if (unearned) {
      lose(tally, 'wrong', USE_CASE_POINTS, {
        code: unearned.kind === 'dismissed' ? 'design.use-case-dismissed' : 'design.use-case-brief-echo',
        message: unearnedMessage(useCase.label, unearned),
        neutral: `You name one of the use cases only in ${quote(unearned.clause)}: say what the business needs from it and how fresh.`,
        refs: [useCase.id],
      });
      continue;
    }
    lose(tally, 'missing', USE_CASE_POINTS, {
      code: 'design.use-case-missing',
      message: `Did not state the use case ${useCase.label}; the business asked for it, and it sets one of the SLAs.`,
      neutral: 'Your use case does not state one of the things the business asked for yet.',
      refs: [useCase.id],
    });
  }
}
