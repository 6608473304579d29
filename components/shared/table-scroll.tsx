import type { ReactNode } from 'react';

/**
 * A box a wide table scrolls in on a narrow screen, so the page itself never scrolls sideways and
 * every column stays reachable. It takes keyboard focus (arrow keys scroll it) and is a labelled
 * region, as a scrollable area must be for keyboard and screen-reader users (axe
 * `scrollable-region-focusable`). `label` names the table ("Score and time per step").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
