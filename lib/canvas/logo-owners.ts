import type { Box } from './geometry';
import { boxArea, boxGap } from './geometry';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';

/** A logo this close to a labelled box (edge to edge, px) is that box's logo. */
export const LOGO_REACH = 30;

/**
 * Which box each nameless logo belongs to: for every logo (an image with no name that no arrow
 * reaches), the nearest labelled box within LOGO_REACH of it, by index into `boxes`; logos with none
 * are absent (they stay components, so the checklist asks what they are). Ties go to the smaller box,
 * then the earlier one. Pure; stops (leaving the rest unowned) when the work budget runs out.
 */
export function logoOwners(logos: readonly Box[], boxes: readonly Box[], budget: WorkBudget): Map<number, number> {
  const owners = new Map<number, number>();
  logos.forEach((logo, i) => {
    if (!spend(budget, boxes.length)) return;
    let best: number | null = null;
    let bestGap = Infinity;
    boxes.forEach((box, j) => {
      const gap = boxGap(logo, box);
      if (gap > LOGO_REACH) return;
      if (gap < bestGap || (gap === bestGap && best !== null && boxArea(box) < boxArea(boxes[best]!))) {
        best = j;
        bestGap = gap;
      }
    });
    if (best !== null) owners.set(i, best);
  });
  return owners;
}
