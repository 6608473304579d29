import {
  absDependencies,
  addDependencies,
  cbrtDependencies,
  ceilDependencies,
  createUnitDependencies,
  divideDependencies,
  eDependencies,
  evaluateDependencies,
  expDependencies,
  floorDependencies,
  log10Dependencies,
  log2Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  sqrtDependencies,
  subtractDependencies,
  toDependencies,
  typeOfDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
} from 'mathjs';
import type { FactoryFunctionMap } from 'mathjs';

/**
 * The part of mathjs our instances are built from (its `create` with chosen factories, the
 * "custom bundling" of the mathjs docs), instead of `all`: the expression parser and evaluator, units
 * and `createUnit`, the operators a worksheet row may use (+ - * / ^ mod `to`, unary +/-), the
 * functions it may call (lib/estimate/compile-expression.ts ALLOWED_FUNCTIONS), `pi`, `e` and
 * `typeOf`. Each `...Dependencies` brings in what its function needs. Leaves out matrices, statistics,
 * algebra and the rest, about two thirds of mathjs, from every page that reads a unit.
 */
export const UNIT_MATH_FACTORIES: FactoryFunctionMap = {
  ...evaluateDependencies,
  ...unitDependencies,
  ...createUnitDependencies,
  ...typeOfDependencies,
  ...addDependencies,
  ...subtractDependencies,
  ...multiplyDependencies,
  ...divideDependencies,
  ...unaryMinusDependencies,
  ...unaryPlusDependencies,
  ...powDependencies,
  ...modDependencies,
  ...toDependencies,
  ...absDependencies,
  ...ceilDependencies,
  ...floorDependencies,
  ...roundDependencies,
  ...minDependencies,
  ...maxDependencies,
  ...sqrtDependencies,
  ...cbrtDependencies,
  ...expDependencies,
  ...logDependencies,
  ...log10Dependencies,
  ...log2Dependencies,
  ...piDependencies,
  ...eDependencies,
};

/**
 * Functions of full mathjs that our instances leave out, so a worksheet can still say "cos() is not
 * available" rather than treat `cos(1)` as a name times a bracket. The common ones by mathjs category
 * (https://mathjs.org/docs/reference/functions.html): trigonometry, matrices, statistics, arithmetic,
 * probability, relational, logic and utilities.
 */
export const OTHER_MATHJS_FUNCTIONS: ReadonlySet<string> = new Set([
  ...['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'],
  ...['ones', 'zeros', 'range', 'identity', 'matrix', 'sparse', 'size', 'transpose', 'det', 'inv', 'pinv', 'concat', 'reshape', 'resize', 'squeeze', 'diag', 'dot', 'cross', 'kron', 'flatten', 'subset', 'sort', 'filter', 'map', 'forEach', 'count', 'trace', 'eigs', 'expm', 'sqrtm', 'lusolve', 'lup', 'qr', 'slu', 'usolve', 'lsolve'],
  ...['mean', 'median', 'mode', 'std', 'variance', 'sum', 'prod', 'quantileSeq', 'mad', 'cumsum', 'corr'],
  ...['gcd', 'lcm', 'sign', 'fix', 'hypot', 'norm', 'nthRoot', 'nthRoots', 'square', 'cube', 'log1p', 'expm1', 'xgcd', 'invmod', 'dotMultiply', 'dotDivide', 'dotPow'],
  ...['random', 'randomInt', 'pickRandom', 'combinations', 'combinationsWithRep', 'permutations', 'factorial', 'gamma', 'lgamma', 'multinomial', 'kldivergence'],
  ...['equal', 'unequal', 'larger', 'largerEq', 'smaller', 'smallerEq', 'compare', 'compareNatural', 'compareText', 'deepEqual', 'equalText'],
  ...['and', 'or', 'not', 'xor', 'bitAnd', 'bitOr', 'bitXor', 'bitNot', 'leftShift', 'rightArithShift', 'rightLogShift'],
  ...['format', 'print', 'bin', 'oct', 'hex', 'string', 'number', 'bignumber', 'fraction', 'complex', 'boolean', 'clone', 'numeric', 'isPrime', 'isInteger', 'isNaN', 'isNegative', 'isPositive', 'isZero', 'hasNumericValue', 'apply', 'distance', 'intersect', 're', 'im', 'arg', 'conj'],
]);
