import Link from 'next/link';
import { assertNever } from '@/lib/util/assert-never';
import type { ImportedCaseState } from './imported-case-context';

/** What an imported case's page shows until the case is ready: loading, not here, or refused. */
export function ImportedCaseStatus({ state }: { state: Exclude<ImportedCaseState, { phase: 'ready' }> }) {
  switch (state.phase) {
    case 'loading':
      return <p className="muted">Opening the imported case…</p>;
    case 'missing':
      return (
        <div className="page page-narrow">
          <h1>Case not found</h1>
          <p>
            There is no such case in the app, and no case of that name was imported in this browser. Import its case pack from the <Link href="/">case
            studies</Link> page.
          </p>
        </div>
      );
    case 'broken':
      return (
        <div className="page page-narrow">
          <h1>This imported case cannot be opened</h1>
          <p role="alert">It no longer passes the content checks: {state.problem}</p>
          <p>
            Remove it from the <Link href="/">case studies</Link> page and import its pack again.
          </p>
        </div>
      );
    default:
      return assertNever(state, 'imported case phase');
  }
}
