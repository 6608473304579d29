import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { anchorsSchema, levelAnchorsSchema } from '../../../lib/content/anchor-schema';
import { rubricSchema } from '../../../lib/content/rubric-schema';

const levels = (prefix: string) => ({ 1: `${prefix} one`, 2: `${prefix} two`, 3: `${prefix} three`, 4: `${prefix} four` });
const valid = () => ({
  steps: { clarify: levels('c'), estimate: levels('e'), design: levels('d'), diagram: levels('g'), 'deep-dive': levels('p') },
  dimensions: [{ id: 'trade-offs', label: 'Trade-offs', about: 'Choices tied to the case.', levels: levels('t') }],
});

describe('level anchors', () => {
  it('accepts four distinct levels, whether keys are numbers (as YAML reads 1:) or strings', () => {
    expect(levelAnchorsSchema.safeParse(levels('x')).success).toBe(true);
    expect(levelAnchorsSchema.safeParse({ '1': 'a', '2': 'b', '3': 'c', '4': 'd' }).success).toBe(true);
    expect(parse('1: a\n2: b\n3: c\n4: d\n')).toEqual({ 1: 'a', 2: 'b', 3: 'c', 4: 'd' });
  });

  it('refuses a missing level, a level 5, an empty text and a level copied into another', () => {
    const { 4: _four, ...three } = levels('x');
    expect(levelAnchorsSchema.safeParse(three).success).toBe(false);
    expect(levelAnchorsSchema.safeParse({ ...levels('x'), 5: 'five' }).success).toBe(false);
    expect(levelAnchorsSchema.safeParse({ ...levels('x'), 2: '  ' }).success).toBe(false);
    const copied = levelAnchorsSchema.safeParse({ ...levels('x'), 3: 'x  TWO' });
    expect(copied.success).toBe(false);
    expect(copied.error?.issues[0]?.message).toBe('level 3 repeats level 2: say what is different at this level');
    expect(copied.error?.issues[0]?.path).toEqual(['3']);
  });
});

describe('anchors', () => {
  it('needs every step and at least one dimension', () => {
    expect(anchorsSchema.safeParse(valid()).success).toBe(true);
    const noDeepDive = valid() as { steps: Record<string, unknown> };
    delete noDeepDive.steps['deep-dive'];
    expect(anchorsSchema.safeParse(noDeepDive).success).toBe(false);
    expect(anchorsSchema.safeParse({ ...valid(), dimensions: [] }).success).toBe(false);
  });

  it('refuses duplicate, badly named and too many dimensions', () => {
    const dimension = valid().dimensions[0]!;
    expect(anchorsSchema.safeParse({ ...valid(), dimensions: [dimension, dimension] }).error?.issues[0]?.message).toBe('duplicate dimension id "trade-offs"');
    expect(anchorsSchema.safeParse({ ...valid(), dimensions: [{ ...dimension, id: 'Trade offs' }] }).success).toBe(false);
    const many = Array.from({ length: 13 }, (_, index) => ({ ...dimension, id: `dimension-${index}` }));
    expect(anchorsSchema.safeParse({ ...valid(), dimensions: many }).success).toBe(false);
  });

  it('is optional in a rubric, and checked when present', () => {
    const seed = parse(readFileSync('content/cases/ecommerce-data-platform/rubric.yaml', 'utf8')) as Record<string, unknown>;
    expect(rubricSchema.safeParse(seed).success).toBe(true);
    const { anchors: _anchors, ...withoutAnchors } = seed;
    expect(rubricSchema.safeParse(withoutAnchors).success).toBe(true);
    expect(rubricSchema.safeParse({ ...withoutAnchors, anchors: { steps: {} } }).success).toBe(false);
  });
});
