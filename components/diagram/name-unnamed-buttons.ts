'use client';

/** Excalidraw's buttons that carry only an icon, with the name each is given here (by class). */
const UNNAMED: ReadonlyArray<{ selector: string; name: string }> = [
  // The canvas menu's trigger (a hamburger icon): Excalidraw 0.18 gives it no accessible name.
  { selector: 'button.main-menu-trigger', name: 'Canvas menu' },
];

/**
 * Names Excalidraw's icon-only buttons that it leaves without an accessible name (axe `button-name`,
 * serious), inside `root`, now and whenever Excalidraw renders them again (its phone layout redraws
 * its toolbars). A button that has a name already is left alone. Returns the function that stops.
 */
export function nameUnnamedButtons(root: HTMLElement): () => void {
  const name = () => {
    for (const { selector, name: label } of UNNAMED) {
      root.querySelectorAll<HTMLButtonElement>(selector).forEach((button) => {
        if (!button.hasAttribute('aria-label') && (button.textContent ?? '').trim() === '') button.setAttribute('aria-label', label);
      });
    }
  };
  name();
  const observer = new MutationObserver(name);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
