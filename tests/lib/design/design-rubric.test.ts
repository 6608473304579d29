import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/content/rubric-schema';
import { fixtureRubric } from './fixture-rubric';

const clarify = { facts: [{ id: 'scope', topic: 'scope_reference', answer: 'An analytics platform.' }] };

describe('design rubric schema', () => {
  it('keeps use cases and per-input reasons optional, so older rubrics stay valid', () => {
    const rubric = rubricSchema.parse({ version: 1, steps: { clarify } });
    expect(rubric.steps.design).toEqual({ inputs: [], outputs: [] });
    expect(fixtureRubric().steps.design.useCases).toBeUndefined();
  });

  it('refuses duplicate input, output and use case ids, which findings use as refs', () => {
    const item = { id: 'x', label: 'X' };
    for (const design of [
      { inputs: [{ ...item, mode: 'batch' }, { ...item, mode: 'stream' }] },
      { outputs: [item, item] },
      { useCases: [item, item] },
    ]) {
      const parsed = rubricSchema.safeParse({ version: 1, steps: { clarify, design } });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^duplicate design (input|output|use case) id "x"$/);
    }
  });
});
