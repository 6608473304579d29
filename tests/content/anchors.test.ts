import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../lib/content/load-cases';
import { RATING_LEVELS } from '../../lib/rooms/rating-schema';
import { STEP_IDS } from '../../lib/steps/steps';

/*
 * Every shipped case carries level anchors for the rooms' rating form, written for that case: an
 * anchor copied word for word into another case is generic, not written for the case.
 */

const slugs = listCaseSlugs();

function anchorTexts(slug: string): string[] {
  const anchors = loadCase(slug).rubric.anchors;
  if (!anchors) return [];
  return [...STEP_IDS.map((step) => anchors.steps[step]), ...anchors.dimensions.map((dimension) => dimension.levels)].flatMap((levels) => RATING_LEVELS.map((level) => levels[level]));
}

describe.each(slugs)('case %s', (slug) => {
  it('has anchors for every step and at least three dimensions', () => {
    const anchors = loadCase(slug).rubric.anchors;
    expect(anchors, `${slug}: add anchors to rubric.yaml`).toBeDefined();
    expect(anchors!.dimensions.length).toBeGreaterThanOrEqual(3);
    for (const step of STEP_IDS) for (const level of RATING_LEVELS) expect(anchors!.steps[step][level].length).toBeGreaterThan(20);
  });
});

it('writes every anchor for its own case: no anchor text is shared by two cases', () => {
  const owners = new Map<string, string>();
  const shared: string[] = [];
  for (const slug of slugs) {
    for (const text of new Set(anchorTexts(slug))) {
      const owner = owners.get(text);
      if (owner) shared.push(`${owner} and ${slug}: ${text}`);
      owners.set(text, slug);
    }
  }
  expect(shared).toEqual([]);
});
