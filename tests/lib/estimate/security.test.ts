import { describe, expect, it } from 'vitest';
import { compileExpression } from '@/lib/estimate/compile-expression';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { BLOCKED_FUNCTIONS, safeMath } from '@/lib/estimate/safe-math';
import { unitMath } from '@/lib/units/math';

function errorOf(expr: string): string | undefined {
  return evaluateWorksheet([{ name: 'x', expr }])[0]?.error;
}

describe('untrusted expressions', () => {
  it.each(BLOCKED_FUNCTIONS.map((name) => [name]))('blocks %s when called from an expression', (name) => {
    expect(errorOf(`${name}("1 + 1")`)).toMatch(/disabled/);
    expect(errorOf(name)).toMatch(/disabled/);
  });

  it.each(BLOCKED_FUNCTIONS.map((name) => [name]))('disables %s on the worksheet instance itself', (name) => {
    const fn: unknown = (safeMath().math as unknown as Record<string, unknown>)[name];
    expect(typeof fn).toBe('function');
    expect(() => (fn as (...args: unknown[]) => unknown)('1 + 1')).toThrow(/disabled/);
  });

  it('leaves the shared lib/units instance (trusted rubric input) with its parser and the same units', () => {
    safeMath();
    const shared = unitMath();
    expect(shared.evaluate('2 GB * 2').toString()).toBe('4 GB');
    expect(shared.evaluate('1 KB to B').toString()).toBe('1000 B');
    expect(shared.parse('1 + 1').type).toBe('OperatorNode');
  });

  it.each([
    ['ones(1e9)', /ones\(\) is not available/],
    ['zeros(1e9, 1e9)', /not available/],
    ['range(1, 1e9)', /not available/],
    ['[1, 2, 3]', /matrices/],
    ['1:1e9', /matrices, ranges/],
    ['2^1e308', /not a finite number/],
    ['(1 GB)^1e9', /not a finite number|absurd power/],
    ['(1 B)^1e9', /not a finite number|absurd power/],
    ['1e9!', /factorials/],
    ['170!', /factorials/],
    ['x = 3', /assignments/],
    ['f(x) = x', /assignments/],
    ['{a: 1}', /objects/],
    ['"text"', /only numbers, units and names/],
    ['a.b', /objects and property access/],
    ['1; 2', /several expressions/],
    ['1 > 0 ? 1 : 2', /conditions/],
    ['1 == 1', /operator == is not available/],
    ['cos(1)', /cos\(\) is not available/],
    ['i * 2', /unknown name "i"/],
    ['sum', /unknown name "sum"/],
    ['constructor', /unknown name "constructor"/],
    ['__proto__', /unknown name "__proto__"/],
    ['round', /is a function, not a value/],
    ['('.repeat(200) + '1' + ')'.repeat(200), /nested too deeply/],
    ['1+'.repeat(260) + '1', /longer than 500|too complex/],
  ])('rejects %s', (expr, message) => {
    expect(errorOf(expr)).toMatch(message);
  });

  it('does not let a row shadow a unit or a blocked function for later rows', () => {
    const result = evaluateWorksheet([
      { name: 'day', expr: '2' },
      { name: 'evaluate', expr: '2' },
      { name: 'y', expr: '3 day' },
    ]);
    expect(result[0]?.error).toMatch(/is a unit/);
    expect(result[1]?.error).toMatch(/built-in/);
    expect(result[2]?.value?.display).toBe('3 days');
  });

  it('evaluates any single row quickly', () => {
    const nasty = ['9^9^9^9^9', '(1 GB)^(2^1000)', 'max(' + '1e308,'.repeat(60) + '1)', ('(1 GB * ' .repeat(30)) + '1' + ')'.repeat(30)];
    for (const expr of nasty) {
      const start = performance.now();
      evaluateWorksheet([{ name: 'x', expr }]);
      // A generous bound: this guards against a row that hangs, not a speed target (npm run bench has those).
      expect(performance.now() - start, expr).toBeLessThan(1000);
    }
  });

  it('caches compiled expressions by text', () => {
    expect(compileExpression('3 TB * 2')).toBe(compileExpression('3 TB * 2'));
  });
});
