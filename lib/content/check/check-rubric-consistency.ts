import { CLARIFY_TOPICS } from '../clarify-topics';
import { missingProbes } from '../check-probes';
import { curveballTimingError } from '../curveball-timing';
import type { Rubric } from '../rubric-schema';
import { formatIssuePath } from '../content-error';
import { estimateContentErrors } from '../../estimate/prepare-estimate';
import type { ContentProblem } from './content-problem';
import { didYouMean } from './did-you-mean';
import type { SourceMap } from './source-map';

/**
 * The rules a rubric must keep beyond its schema, each at its line: a fact for every clarify topic,
 * a probe for every key point, estimate references that evaluate and say what they are built from,
 * and a curveball that leaves the candidate time (needs the case's length from case.mdx).
 */
export function rubricConsistencyProblems(rubric: Rubric, map: SourceMap, file: string, durationMinutes: number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: (string | number)[], message: string, fix?: string) => {
    const at = map.locate(path);
    problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), path: formatIssuePath(path), severity: 'error', code: 'rubric', message, ...(fix ? { fix } : {}) });
  };

  const covered = new Set(rubric.steps.clarify.facts.map((fact) => fact.topic));
  for (const topic of CLARIFY_TOPICS.filter((item) => !covered.has(item))) {
    add(['steps', 'clarify', 'facts'], `no fact answers the clarify topic "${topic}", so the interviewer has nothing to say when a learner asks about it`, `add a fact with topic: ${topic} and the answer the interviewer gives`);
  }

  for (const issue of missingProbes(rubric)) add(issue.path, issue.message);

  const quantities = rubric.steps.estimate.quantities;
  const valueNames = rubric.steps.clarify.facts.flatMap((fact) => Object.keys(fact.values));
  for (const message of estimateContentErrors(rubric)) {
    const quantity = /quantity "([^"]+)"/.exec(message)?.[1];
    const value = /value "([^"]+)"/.exec(message)?.[1];
    const index = quantities.findIndex((item) => item.id === quantity);
    const factIndex = rubric.steps.clarify.facts.findIndex((fact) => value !== undefined && Object.hasOwn(fact.values, value));
    const builtFrom = /builtFrom fact "([^"]+)"/.exec(message)?.[1];
    const path: (string | number)[] =
      index >= 0
        ? ['steps', 'estimate', 'quantities', index, ...(builtFrom ? ['builtFrom', 'facts'] : [])]
        : factIndex >= 0 && value !== undefined
          ? ['steps', 'clarify', 'facts', factIndex, 'values', value]
          : ['steps', 'estimate'];
    const detail = message.replace(/^steps\.(estimate quantity|clarify value) "[^"]+": /, '').replace(/^steps\.estimate /, '');
    add(path, builtFrom ? `${detail}${didYouMean(builtFrom, valueNames)}` : detail);
  }

  if (rubric.curveball && durationMinutes !== undefined) {
    const timing = curveballTimingError(rubric.curveball.afterMinutes, durationMinutes);
    if (timing) add(['curveball', 'afterMinutes'], timing);
  }
  return problems;
}
