import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StateNoticeText } from '../../../components/session/notice-body';
import { findingPoints } from '../../../lib/report/finding-points';
import { findingPoints as reportFindingPoints } from '../../../lib/report/report-text';
import { loadedAtOnce } from '../static-imports';

// Words a step page shows only on an event (another tab, a deleted database, a mock's curveball) load with that event.
describe('a step page loads rarely shown words only when they show', () => {
  const page = loadedAtOnce('components/step/step-page.tsx');

  it('keeps the notice and curveball frames but not their words', () => {
    expect(page.has('components/session/session-notices.tsx')).toBe(true);
    expect(page.has('components/interview/curveball-notice.tsx')).toBe(true);
    expect(page.has('components/session/notice-body.tsx')).toBe(false);
    expect(page.has('components/interview/curveball-announced.tsx')).toBe(false);
    expect(page.has('components/interview/curveball-follow-ups.tsx')).toBe(false);
  });

  it("a step's feedback shows points without the report's sentences", () => {
    for (const workspace of ['clarify/clarify-workspace', 'estimate/estimate-workspace', 'design/design-workspace', 'deep-dive/deep-dive-workspace']) {
      const loaded = loadedAtOnce(`components/${workspace}.tsx`);
      expect(loaded.has('lib/report/finding-points.ts'), workspace).toBe(true);
      expect(loaded.has('lib/report/report-text.ts'), workspace).toBe(false);
    }
  });

  it('the report and the step feedback print points the same way', () => {
    const finding = { code: 'x', severity: 'wrong', message: 'm', points: 13.333333333333334 } as const;
    expect(findingPoints(finding)).toBe('−13.3');
    expect(reportFindingPoints).toBe(findingPoints);
    expect(findingPoints({ ...finding, severity: 'good', points: 5 })).toBe('+5');
    expect(findingPoints({ ...finding, severity: 'hint', points: 0.04 })).toBe('');
  });

  it('each state notice still says what happened and what to do', () => {
    const text = (kind: 'other-tab-open' | 'took-over' | 'database-reset') => renderToStaticMarkup(createElement(StateNoticeText, { kind })).replace(/<[^>]+>/g, '');
    expect(text('other-tab-open')).toMatch(/^This attempt is open in another tab, so this tab is read-only\. .*close it: this tab then loads the latest save and takes over\.$/);
    expect(text('took-over')).toBe('The other tab closed. This tab loaded the latest save and now saves your work.');
    expect(text('database-reset')).toMatch(/^This site(&#x27;|')s stored data was deleted while the app was open .*may be gone\.$/);
  });
});
