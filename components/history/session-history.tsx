'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { elapsedMs, isFeedbackHeld } from '@/lib/interview/interview-clock';
import type { Interview } from '@/lib/interview/interview-schema';
import { changeSincePrevious } from '@/lib/report/attempt-changes';
import { getStep } from '@/lib/steps/steps';
import { openBrowserStore } from '@/lib/storage/idb-store';
import { browserSyncStore, clearBackup } from '@/lib/storage/pending-backup';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { hasKeysWithPrefix, IMPORTED_PREFIX, SESSION_PREFIX, sessionKey } from '@/lib/storage/stored-keys';
import { attemptReportHref } from '@/components/session/attempt-report-href';
import { useDepartures } from '@/components/shared/use-departures';
import type { CaseInfo, Row } from './read-history-rows';

// The actions on stored attempts, with the session schema (zod), load when one of their buttons is pressed.
const historyActions = () => import('@/lib/storage/session-history');

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function modeLabel(interview: Interview): string {
  if (interview.mode === 'practice') return 'Practice';
  return interview.finishedAt ? `Mock, ${Math.round(elapsedMs(interview, new Date()) / 60_000)} min` : 'Mock, running';
}

/** Past sessions per case with their scores; resume one, start anew, or delete (after a confirmation). */
export function SessionHistory({ cases }: { cases: CaseInfo[] }) {
  const router = useRouter();
  const depart = useDepartures();
  const [store, setStore] = useState<KeyValueStore | undefined>(undefined);
  const [rows, setRows] = useState<Row[] | undefined>(undefined);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [usage, setUsage] = useState<string | undefined>(undefined);

  const [imported, setImported] = useState<CaseInfo[]>([]);
  const allCases = [...cases, ...imported];

  const refresh = useCallback(
    async (opened: KeyValueStore) => {
      // Nothing stored (a first visit): nothing to read, and nothing to download to read it.
      if (!(await hasKeysWithPrefix(opened, SESSION_PREFIX)) && !(await hasKeysWithPrefix(opened, IMPORTED_PREFIX))) {
        setImported([]);
        setRows([]);
      } else {
        const { readHistoryRows } = await import('./read-history-rows');
        const read = await readHistoryRows(opened, cases);
        setImported(read.imported);
        setRows(read.rows);
      }
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      if (estimate?.usage !== undefined) setUsage(formatBytes(estimate.usage));
    },
    [cases],
  );

  useEffect(() => {
    let cancelled = false;
    void openBrowserStore().then(async ({ store: opened }) => {
      if (cancelled) return;
      setStore(opened);
      await refresh(opened);
    });
    return () => {
      cancelled = true;
    };
  }, [refresh]);

  if (!rows || !store) return <p className="muted">Reading your saved sessions…</p>;

  return (
    <>
      {usage ? <p className="muted">The app uses {usage} of this browser&apos;s storage.</p> : null}
      {allCases.map((info) => {
        const caseRows = rows.filter((row) => row.session.caseSlug === info.slug);
        const changes = changeSincePrevious(
          caseRows.map((row) => ({ id: row.session.id, createdAt: row.session.createdAt, total: isFeedbackHeld(row.session.interview) ? null : row.total })),
        );
        return (
          <section key={info.slug} className="panel" aria-labelledby={`history-${info.slug}`}>
            <div className="panel-header">
              <h2 id={`history-${info.slug}`}>{info.title}</h2>
              <button
                type="button"
                className="button"
                onClick={async () => {
                  const departure = depart();
                  await (await historyActions()).startNewSession(store, info.slug);
                  departure.go(() => router.push(`/cases/${info.slug}/clarify`));
                }}
              >
                Start a new attempt
              </button>
            </div>
            {caseRows.length === 0 ? (
              <p className="muted">No sessions yet.</p>
            ) : (
              <table className="report-table history-table">
                <caption className="visually-hidden">Sessions for {info.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Last worked on</th>
                    <th scope="col">Mode</th>
                    <th scope="col">Score</th>
                    <th scope="col">Since the previous attempt</th>
                    <th scope="col">At step</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {caseRows.map((row) => (
                    <tr key={row.session.id}>
                      <td data-label="Last worked on">
                        {dateFormat.format(new Date(row.session.updatedAt))}
                        {row.active ? <span className="chat-topic">current</span> : null}
                      </td>
                      <td data-label="Mode">{modeLabel(row.session.interview)}</td>
                      <td data-label="Score">
                        {isFeedbackHeld(row.session.interview) ? 'after you finish' : (row.total ?? '—')}
                        {row.changed ? (
                          <>
                            {' '}
                            <span className="muted">(the case has changed since)</span>{' '}
                            <button
                              type="button"
                              className="button"
                              onClick={async () => {
                                const { regradeStoredSession } = await import('./read-history-rows');
                                await regradeStoredSession(store, row.session, info.rubric);
                                await refresh(store);
                              }}
                            >
                              Re-grade
                            </button>
                          </>
                        ) : null}
                      </td>
                      <td data-label="Since the previous attempt">{changes.get(row.session.id) ?? '—'}</td>
                      <td data-label="At step">{getStep(row.session.currentStep).title}</td>
                      <td className="history-actions">
                        {confirming === row.session.id ? (
                          <span role="group" aria-label="Confirm deletion">
                            Delete this session for good?{' '}
                            <button
                              type="button"
                              className="button"
                              onClick={async () => {
                                await (await historyActions()).deleteSession(store, row.session);
                                // A backup left by its last page must not bring the deleted attempt back.
                                clearBackup(browserSyncStore(), sessionKey(row.session.id));
                                setConfirming(undefined);
                                await refresh(store);
                              }}
                            >
                              Yes, delete
                            </button>{' '}
                            <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                              Keep it
                            </button>
                          </span>
                        ) : (
                          <>
                            {/* Opens this attempt's report without making it current (read-only there, with "Resume this attempt"). */}
                            <Link
                              className="button"
                              href={attemptReportHref(row.session.caseSlug, row.session.id, row.active)}
                              aria-label={`Report of the attempt last worked on ${dateFormat.format(new Date(row.session.updatedAt))}`}
                            >
                              Report
                            </Link>{' '}
                            <button
                              type="button"
                              className="button"
                              onClick={async () => {
                                const departure = depart();
                                await (await historyActions()).resumeSession(store, row.session);
                                departure.go(() => router.push(`/cases/${row.session.caseSlug}/${row.session.currentStep}`));
                              }}
                            >
                              Resume
                            </button>{' '}
                            <button type="button" className="button" onClick={() => setConfirming(row.session.id)}>
                              Delete
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <p>
        <Link href="/">Back to the case studies</Link>
      </p>
    </>
  );
}
