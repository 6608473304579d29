import { describe, expect, it } from 'vitest';
import { worksheetSchema } from '@/lib/estimate/worksheet-schema';

describe('worksheetSchema', () => {
  it('accepts the worksheet JSON shape', () => {
    expect(worksheetSchema.parse({ rows: [{ name: 'storage_per_year', expr: '200 GB/day * 400 day' }] }).rows).toHaveLength(1);
  });

  it('caps rows at 200 and expressions at 500 characters', () => {
    expect(worksheetSchema.safeParse({ rows: Array.from({ length: 201 }, () => ({ name: '', expr: '1' })) }).success).toBe(false);
    expect(worksheetSchema.safeParse({ rows: [{ name: 'x', expr: '1'.repeat(501) }] }).success).toBe(false);
    expect(worksheetSchema.safeParse({ rows: [{ name: 'x' }] }).success).toBe(false);
  });
});
