import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../../components/shared/lazy-part';
import { ROOT, loadedAtOnce } from '../static-imports';

async function prerendered(element: ReturnType<typeof createElement>): Promise<string> {
  const { prelude } = await prerender(element);
  // Without React's Suspense markers (<!--$-->), which a server-rendered boundary keeps for hydration.
  return (await new Response(prelude).text()).replace(/<!--\/?\$-->/g, '');
}

const Greeting: ComponentType<{ name: string }> = ({ name }) => createElement('p', { className: 'greeting' }, `Hello ${name}`);

describe('lazyPart', () => {
  it('loads its component only when it first renders, once, and renders it with its props on the server', async () => {
    let loads = 0;
    const Part = lazyPart(async () => {
      loads += 1;
      return Greeting;
    });
    expect(loads).toBe(0);
    expect(await prerendered(createElement('div', null, createElement(Part, { name: 'Ada' }), createElement(Part, { name: 'Grace' })))).toBe(
      '<div><p class="greeting">Hello Ada</p><p class="greeting">Hello Grace</p></div>',
    );
    expect(loads).toBe(1);
  });

  it('shows its fallback while the chunk loads, and nothing by default', () => {
    const pending = () => new Promise<typeof Greeting>(() => undefined);
    expect(renderToStaticMarkup(createElement(lazyPart(pending, createElement('p', null, 'Rendering…')), { name: 'Ada' }))).toContain('Rendering…');
    expect(renderToStaticMarkup(createElement(lazyPart(pending), { name: 'Ada' }))).not.toContain('Ada');
  });
});

/** Whether a file imports `next/dynamic` (whose runtime, about 2.3 KB gzip, would then load on its pages). */
const usesNextDynamic = (file: string) => /from 'next\/dynamic'/.test(readFileSync(path.join(ROOT, file), 'utf8'));

// Every client file a case's step page loads at once (its frame, each step's workspace) splits its rare parts with lazyPart.
const STEP_PAGE_ENTRIES = ['components/step/step-page.tsx', 'components/clarify/clarify-workspace.tsx', 'components/estimate/estimate-workspace.tsx', 'components/design/design-workspace.tsx', 'components/deep-dive/deep-dive-workspace.tsx'];

describe('a step page', () => {
  it.each(STEP_PAGE_ENTRIES)('%s loads nothing that imports next/dynamic', (entry) => {
    const files = [...loadedAtOnce(entry)];
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter(usesNextDynamic)).toEqual([]);
  });

  it('the check sees next/dynamic where it is still used', () => {
    expect(usesNextDynamic('components/report/report-chart.tsx')).toBe(true);
  });
});
