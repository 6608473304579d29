'use client';

/**
 * Makes everything on the page but `keep` inert (not focusable, hidden from assistive technology),
 * so Tab stays inside a view that covers the window. Returns the undo. Elements that were already
 * inert are left as they were.
 */
export function inertOutside(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = keep; node && node !== document.body; node = node.parentElement) {
    const parent: HTMLElement | null = node.parentElement;
    if (!parent) break;
    const siblings: Element[] = Array.from(parent.children);
    for (const sibling of siblings) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      // Scripts, styles and the like are not part of what a learner can reach.
      if (['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(sibling.tagName)) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => {
    for (const element of changed) element.inert = false;
  };
}
