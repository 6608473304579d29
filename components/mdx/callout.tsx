import type { ReactNode } from 'react';

export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="callout">
      {title ? <p className="callout-title">{title}</p> : null}
      <div>{children}</div>
    </aside>
  );
}
