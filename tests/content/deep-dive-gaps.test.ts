import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../lib/content/load-cases';
import { scoreDeepDive } from '../../lib/deep-dive/score-deep-dive';
import { readClaim } from '../../lib/text/claims';
import { readText } from '../../lib/text/read-text';

const cases = listCaseSlugs().map((slug) => ({ slug, rubric: loadCase(slug).rubric }));

describe('shipped deep-dive key points say what is missing without the answer', () => {
  it.each(cases.map(({ slug, rubric }) => [slug, rubric] as const))('%s: every key point has a gap that does not state the point', (_slug, rubric) => {
    for (const prompt of rubric.steps['deep-dive'].prompts) {
      for (const point of prompt.keyPoints) {
        expect(point.gap, `${prompt.id}/${point.id}`).toBeDefined();
        expect(readClaim(readText(point.gap ?? ''), point).status, `${prompt.id}/${point.id}: "${point.gap}"`).not.toBe('stated');
      }
    }
  });

  it.each(cases.map(({ slug, rubric }) => [slug, rubric] as const))('%s: an empty answer gets a neutral finding per key point, never its text', (_slug, rubric) => {
    const result = scoreDeepDive({}, rubric);
    const texts = rubric.steps['deep-dive'].prompts.flatMap((prompt) => prompt.keyPoints.map((point) => point.text));
    for (const finding of result.findings) {
      expect(finding.neutral).toMatch(/^Your answer does not say /);
      for (const text of texts) expect(finding.neutral).not.toContain(text);
    }
  });
});
