'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { rubricHash } from '@/lib/content/rubric-hash';
import type { Rubric } from '@/lib/content/rubric-schema';
import { regradeSession, storedScoreStatus } from '@/lib/session/attempt-lock';
import { SESSION_VERSION } from '@/lib/session/session-schema';
import { sessionKey } from '@/lib/storage/session-repository';
import { elapsedMs, isFeedbackHeld } from '@/lib/interview/interview-clock';
import type { Interview } from '@/lib/interview/interview-schema';
import { changeSincePrevious } from '@/lib/report/attempt-changes';
import { getStep } from '@/lib/steps/steps';
import { openBrowserStore } from '@/lib/storage/idb-store';
import { browserSyncStore, clearBackup } from '@/lib/storage/pending-backup';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { attemptReportHref } from '@/components/session/attempt-report-href';
import { deleteSession, listSessions, resumeSession, startNewSession } from '@/lib/storage/session-history';
import type { HistoryEntry } from '@/lib/storage/session-history';

type CaseInfo = { slug: string; title: string; rubric: Rubric };
/** `changed`: the scores are stored against an earlier version of the case's rubric; a re-grade is offered. */
type Row = HistoryEntry & { total: number | null; changed: boolean };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function modeLabel(interview: Interview): string {
  if (interview.mode === 'practice') return 'Practice';
  return interview.finishedAt ? `Mock, ${Math.round(elapsedMs(interview, new Date()) / 60_000)} min` : 'Mock, running';
}

/** The imported cases that still pass the checks, as history lists them (shipped slugs win). */
async function readImportedCaseInfos(store: KeyValueStore, shipped: readonly CaseInfo[]): Promise<CaseInfo[]> {
  const { listImportedCases, readImportedCase } = await import('@/lib/storage/imported-cases');
  const summaries = (await listImportedCases(store)).filter((summary) => !shipped.some((info) => info.slug === summary.slug));
  // The checker loads the engines: only when there is an imported case to check.
  if (summaries.length === 0) return [];
  const { checkPackedCase } = await import('@/lib/content/pack-check');
  const infos: CaseInfo[] = [];
  for (const summary of summaries) {
    const packed = await readImportedCase(store, summary.slug);
    const checked = packed ? checkPackedCase(packed) : undefined;
    if (checked?.ok) infos.push({ slug: summary.slug, title: `${checked.checked.content.frontmatter.title} (imported)`, rubric: checked.checked.content.rubric });
  }
  return infos;
}

/** Past sessions per case with their scores; resume one, start anew, or delete (after a confirmation). */
export function SessionHistory({ cases }: { cases: CaseInfo[] }) {
  const router = useRouter();
  const [store, setStore] = useState<KeyValueStore | undefined>(undefined);
  const [rows, setRows] = useState<Row[] | undefined>(undefined);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [usage, setUsage] = useState<string | undefined>(undefined);

  const [imported, setImported] = useState<CaseInfo[]>([]);
  const allCases = [...cases, ...imported];

  const refresh = useCallback(
    async (opened: KeyValueStore) => {
      // Cases imported in this browser have their attempts listed too, under "(imported)".
      const importedCases = await readImportedCaseInfos(opened, cases);
      setImported(importedCases);
      const byCase = new Map([...cases, ...importedCases].map((info) => [info.slug, info]));
      const entries = await listSessions(opened);
      const hashes = new Map([...byCase.values()].map((info) => [info.slug, rubricHash(info.rubric)]));
      // A finished mock keeps the scores it had; only attempts without stored scores are scored live.
      const statuses = entries.map((entry) => {
        const info = byCase.get(entry.session.caseSlug);
        const hash = hashes.get(entry.session.caseSlug);
        return info && hash !== undefined ? { entry, info, status: storedScoreStatus(entry.session, hash) } : { entry };
      });
      // The engines are most of the page's weight: loaded only when an attempt is to be scored live.
      const scoreSession = statuses.some((row) => row.status?.kind === 'live') ? (await import('@/lib/session/score-session')).scoreSession : undefined;
      setRows(statuses.map(({ entry, info, status }) => {
        if (!info || !status) return { ...entry, total: null, changed: false };
        if (status.kind === 'live') return { ...entry, total: scoreSession ? scoreSession(entry.session, info.rubric).total : null, changed: false };
        return { ...entry, total: status.scores.total, changed: status.kind === 'changed' };
      }));
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
                  await startNewSession(store, info.slug);
                  router.push(`/cases/${info.slug}/clarify`);
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
                                const { scoreSession } = await import('@/lib/session/score-session');
                                const regraded = regradeSession(row.session, scoreSession(row.session, info.rubric), rubricHash(info.rubric), new Date());
                                await store.set(sessionKey(regraded.id), { version: SESSION_VERSION, state: { session: regraded } });
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
                                await deleteSession(store, row.session);
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
                                await resumeSession(store, row.session);
                                router.push(`/cases/${row.session.caseSlug}/${row.session.currentStep}`);
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
