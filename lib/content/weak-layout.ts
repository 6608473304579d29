import type { LayoutComponent, ReferenceLayout } from './reference-layout-schema';

/**
 * A poor answer built from a case's own reference layout, so every new case gets one for free: every
 * other component is kept, only one arrow survives, and dashboards read the OLTP database directly.
 */
export function weakLayout(reference: ReferenceLayout): ReferenceLayout {
  const all: { component: LayoutComponent; column: number | 'extra' }[] = [
    ...reference.columns.flatMap((column, index) => column.components.map((component) => ({ component, column: index as number | 'extra' }))),
    ...reference.extras.map((component) => ({ component, column: 'extra' as const })),
  ];
  const kept = all.filter((_, index) => index % 2 === 0);
  const keptIds = new Set(kept.map((entry) => entry.component.id));
  const columns = reference.columns
    .map((column, index) => ({ title: column.title, components: kept.filter((entry) => entry.column === index).map((entry) => entry.component) }))
    .filter((column) => column.components.length > 0);
  const survivor = reference.arrows.find((arrow) => keptIds.has(arrow.from) && keptIds.has(arrow.to));
  // The antipattern: a dashboard wired straight to the shop's database. Ids cannot clash with the layout's.
  columns.push({
    title: 'Shortcut',
    components: [
      { id: 'weak-oltp', kind: 'oltp_database', label: 'Production database' },
      { id: 'weak-dashboard', kind: 'bi_dashboard', label: 'Dashboard' },
    ],
  });
  return {
    columns,
    extras: kept.filter((entry) => entry.column === 'extra').map((entry) => entry.component),
    arrows: [...(survivor ? [survivor] : []), { from: 'weak-oltp', to: 'weak-dashboard' }],
  };
}
