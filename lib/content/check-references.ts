import { dimensionLabel, unitHasDimension } from '../units/dimensions';
import type { Dimension } from '../units/dimensions';
import { nameError } from '../estimate/names';
import { unitMath } from '../units/math';
import { countRatesAsEvents } from '../units/count-units';

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

type FactValues = { values: Record<string, string> };
type QuantityReference = { id: string; reference: string; dimension: Dimension };
type ReferenceIssue = { path: (string | number)[]; message: string };

function unitOf(value: unknown): string {
  const math = unitMath();
  if (!math.isUnit(value)) return '';
  return value.formatUnits();
}

/**
 * Evaluates every fact value and every quantity's reference expression (trusted mentor content),
 * so a typo in a rubric fails `content:check` instead of grading every learner against garbage.
 */
export function checkQuantityReferences(facts: readonly FactValues[], quantities: readonly QuantityReference[]): ReferenceIssue[] {
  const math = unitMath();
  const scope = new Map<string, unknown>();
  const issues: ReferenceIssue[] = [];
  facts.forEach((fact, factIndex) => {
    for (const [name, expression] of Object.entries(fact.values)) {
      const invalidName = nameError(name);
      if (invalidName) {
        issues.push({ path: ['steps', 'clarify', 'facts', factIndex, 'values', name], message: invalidName });
        continue;
      }
      try {
        scope.set(name, math.evaluate(countRatesAsEvents(expression).text));
      } catch (error) {
        issues.push({ path: ['steps', 'clarify', 'facts', factIndex, 'values', name], message: `cannot evaluate "${expression}": ${(error as Error).message}` });
      }
    }
  });
  quantities.forEach((quantity, index) => {
    const path = ['steps', 'estimate', 'quantities', index, 'reference'];
    let value: unknown;
    try {
      value = math.evaluate(countRatesAsEvents(quantity.reference).text, new Map(scope));
    } catch (error) {
      issues.push({ path, message: `cannot evaluate "${quantity.reference}": ${(error as Error).message}` });
      return;
    }
    const isNumber = typeof value === 'number' && Number.isFinite(value);
    if (!isNumber && !math.isUnit(value)) {
      issues.push({ path, message: `"${quantity.reference}" does not evaluate to a number or a quantity` });
      return;
    }
    if (!unitHasDimension(unitOf(value), quantity.dimension)) {
      issues.push({ path, message: `evaluates to ${unitOf(value) || 'a plain number'}, expected ${withArticle(dimensionLabel(quantity.dimension))}` });
    }
  });
  return issues;
}
