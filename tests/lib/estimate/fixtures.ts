import { loadCase } from '../../../lib/content/load-cases';
import { gradeEstimate } from '../../../lib/estimate/grade-estimate';

type Result = ReturnType<typeof gradeEstimate>;

/** A worksheet of `name = expression` rows from [name, expression] pairs. */
export const sheet = (...pairs: [string, string][]) => ({ rows: pairs.map(([name, expr]) => ({ name, expr })) });

/** A worksheet of [name, expression] rows graded against a case's rubric (content/cases/<slug>). */
export const gradeRows = (slug: string, rows: [string, string][]) => gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })) }, loadCase(slug).rubric);

/** How a graded worksheet fared on one of the rubric's quantities (`id`), if the rubric has it. */
export const quantityOf = (result: Result, id: string) => result.quantities.find((item) => item.id === id);

/** The points one quantity (`id`) earned, if the rubric has it. */
export const pointsOf = (result: Result, id: string) => result.quantities.find((item) => item.id === id)?.points;

/** The first finding with a code, if any. */
export const findingOf = (result: Result, code: string) => result.findings.find((item) => item.code === code);

/** Every finding code of a graded worksheet, in order. */
export const codesOf = (result: Result) => result.findings.map((item) => item.code);
