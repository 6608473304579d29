import { dimensionLabel, unitHasDimension } from '../units/dimensions';
import type { Dimension } from '../units/dimensions';
import { nameError } from '../estimate/names';
import { evaluateUnits, unitMath } from '../units/math';
import { COMMON_UNIT_WORDS } from '../units/define-units';
import { closestNames } from './check/did-you-mean';

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

type FactValues = { values: Record<string, string> };
type QuantityReference = { id: string; reference: string; dimension: Dimension };
/** A problem in a fact value or a reference, at its data path, with what to do about it. */
export type ReferenceIssue = { path: (string | number)[]; message: string; fix?: string };

function unitOf(value: unknown): string {
  const math = unitMath();
  if (!math.isUnit(value)) return '';
  return value.formatUnits();
}

/** Value names close to `name`: by spelling, else sharing a word (`peak_multiplier` -> `peak_factor`). */
function closeValueNames(name: string, known: readonly string[]): string[] {
  const close = closestNames(name, known);
  if (close.length > 0) return close;
  const parts = new Set(name.split('_').filter((part) => part.length >= 3));
  return known.filter((candidate) => candidate.split('_').some((part) => parts.has(part))).slice(0, 2);
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(' or ');

/** True when the letters of `short` appear in `long` in order (`evt` in `event`): an abbreviation. */
function abbreviates(short: string, long: string): boolean {
  let at = 0;
  for (const char of long.toLowerCase()) if (char === short[at]?.toLowerCase()) at++;
  return at === short.length;
}

/** The unit spellings closest to `unit`, abbreviations of it first (`evt` -> event before bit). */
function closeUnits(unit: string): string[] {
  const close = closestNames(unit, COMMON_UNIT_WORDS, 6);
  return [...close.filter((name) => abbreviates(unit, name)), ...close.filter((name) => !abbreviates(unit, name))].slice(0, 2);
}

function unknownUnit(expression: string, unit: string): Omit<ReferenceIssue, 'path'> {
  const close = closeUnits(unit);
  const [best] = close;
  const rewritten = best === undefined ? undefined : expression.replace(new RegExp(`(?<![\\w])${unit.replace(/\W/g, '')}(?![\\w])`), best);
  return {
    message: `"${expression}" uses the unknown unit "${unit}"${close.length > 0 ? ` (did you mean ${quoted(close)}?)` : ''}`,
    fix: rewritten === undefined ? 'use a unit from "Dimensions and their units" in AUTHORING.md ("Allowed values")' : `write ${rewritten}`,
  };
}

/**
 * mathjs's error for `expression` in words a mentor acts on: an unknown unit with the closest unit
 * spelling and the expression rewritten with it, or (in a reference, where `known` fact value names
 * may be used) an unknown name with the closest names. A fact value has no names to use, so whatever
 * it does not know is a unit. Undefined when the error is neither (the caller shows mathjs's text).
 */
export function explainExpressionError(expression: string, error: string, known: readonly string[], usesNames: boolean): Omit<ReferenceIssue, 'path'> | undefined {
  const unit = /Unit "([^"]+)" not found/.exec(error)?.[1];
  if (unit !== undefined) return unknownUnit(expression, unit);
  const symbol = /Undefined symbol (\w+)/.exec(error)?.[1];
  if (symbol === undefined) return undefined;
  const close = usesNames ? closeValueNames(symbol, known) : [];
  if (close.length === 0 && (!usesNames || closeUnits(symbol).length > 0)) return unknownUnit(expression, symbol);
  return {
    message: `"${expression}" uses the unknown name "${symbol}"${close.length > 0 ? ` (did you mean ${quoted(close)}?)` : ''}`,
    fix: known.length > 0 ? `use the name of a fact value (steps.clarify.facts[].values): ${known.join(', ')}` : 'give a fact a value with this name (steps.clarify.facts[].values)',
  };
}

/**
 * Evaluates every fact value and every quantity's reference expression (trusted mentor content),
 * so a typo in a rubric fails `content:check` instead of grading every learner against garbage. An
 * unknown name or unit gets "did you mean" and a fix; a reference that fails only because a fact value
 * it uses is broken is not reported again (the value's own problem is).
 */
export function checkQuantityReferences(facts: readonly FactValues[], quantities: readonly QuantityReference[]): ReferenceIssue[] {
  const math = unitMath();
  const scope = new Map<string, unknown>();
  const broken = new Set<string>();
  const known = facts.flatMap((fact) => Object.keys(fact.values));
  const issues: ReferenceIssue[] = [];
  const explain = (path: (string | number)[], expression: string, error: unknown, usesNames: boolean) => {
    const text = (error as Error).message;
    issues.push({ path, ...(explainExpressionError(expression, text, known, usesNames) ?? { message: `cannot evaluate "${expression}": ${text}` }) });
  };
  facts.forEach((fact, factIndex) => {
    for (const [name, expression] of Object.entries(fact.values)) {
      const path = ['steps', 'clarify', 'facts', factIndex, 'values', name];
      const invalidName = nameError(name);
      if (invalidName) {
        broken.add(name);
        issues.push({ path, message: invalidName });
        continue;
      }
      try {
        scope.set(name, evaluateUnits(expression));
      } catch (error) {
        broken.add(name);
        explain(path, expression, error, false);
      }
    }
  });
  quantities.forEach((quantity, index) => {
    const path = ['steps', 'estimate', 'quantities', index, 'reference'];
    let value: unknown;
    try {
      value = evaluateUnits(quantity.reference, new Map(scope));
    } catch (error) {
      const symbol = /Undefined symbol (\w+)/.exec((error as Error).message)?.[1];
      if (symbol === undefined || !broken.has(symbol)) explain(path, quantity.reference, error, true);
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
