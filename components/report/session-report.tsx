'use client';

import Link from 'next/link';
import { TableScroll } from '@/components/shared/table-scroll';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { rubricHash } from '@/lib/content/rubric-hash';
import type { Rubric } from '@/lib/content/rubric-schema';
import { isAttemptLocked, regradeSession, storedScoreStatus, withStoredScores } from '@/lib/session/attempt-lock';
import { exportSession, importSession, MAX_EXPORT_BYTES } from '@/lib/session/session-export';
import type { SessionScore } from '@/lib/session/score-session';
import { SESSION_VERSION } from '@/lib/session/session-bounds';
import type { Session } from '@/lib/session/session-schema';
import { sessionKey } from '@/lib/storage/session-repository';
import { describeStorageError } from '@/lib/storage/describe-storage-error';
import { commitSessionImport, planSessionImport } from '@/lib/storage/import-session-record';
import type { ImportPlan } from '@/lib/storage/import-session-record';
import { isFeedbackHeld } from '@/lib/interview/interview-clock';
import { formatMinutes } from '@/lib/report/format-minutes';
import { reportMarkdown } from '@/lib/report/report-markdown';
import { buildReportModel } from '@/lib/report/report-model';
import { budgetVerdict, modeSummary } from '@/lib/report/report-text';
import { missedAnsweredPrompts } from '@/lib/report/study-next';
import type { StudyTopic } from '@/lib/report/study-next';
import { ReportChart } from './report-chart';
import { ReportFindings } from './report-findings';
import { ReportFollowUps } from './report-follow-ups';
import { DiagramReview } from './diagram-review';
import { CurveballResult } from './curveball-result';
import { MockStillRunning } from './mock-still-running';
import { KeepPractising } from './keep-practising';
import { StoredScoreNotice } from './stored-score-notice';
import { useSession, useSessionContext, useSessionNotices } from '@/components/session/session-provider';
import { useReadOnlyReason } from '@/components/session/read-only-reason';
import { useScoreSession } from '@/components/scoring/use-score-session';
import { downloadFile } from '@/components/shared/download-file';
import type { Departure } from '@/components/shared/departures';
import { useDepartures } from '@/components/shared/use-departures';
import { AddMissedToReview } from '@/components/review/add-missed-to-review';
import type { MissedPrompt } from '@/components/review/add-missed-to-review';

function missedForReview(rubric: Rubric, scored: SessionScore, session: Session): MissedPrompt[] {
  return missedAnsweredPrompts(scored, rubric, session.answers.deepDive).map((prompt) => ({
    caseSlug: session.caseSlug,
    promptId: prompt.id,
    topic: prompt.topic,
    title: prompt.question,
  }));
}


/** Links to the lessons and drills for the topics of the deep-dive questions not yet mastered, and a way to review those questions later. */
function StudyNext({ topics, missed }: { topics: readonly StudyTopic[]; missed: readonly MissedPrompt[] }) {
  if (topics.length === 0) return null;
  return (
    <section className="panel" aria-label="Study next">
      <h2>Study next</h2>
      <ul>
        {topics.map(({ topic, title }) => (
          <li key={topic}>
            <Link href={`/practice/${topic}`}>{title}: lesson, questions and drills</Link>
          </li>
        ))}
      </ul>
      <AddMissedToReview items={missed} />
    </section>
  );
}

type PendingImport = { fileName: string; session: Session; plan: Extract<ImportPlan, { ok: true }> };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every step's score from the same engines as the step pages, with export and import of the session. */
export function SessionReport({ rubric, caseSlug, caseTitle, knownCaseSlugs }: { rubric: Rubric; caseSlug: string; caseTitle: string; knownCaseSlugs: readonly string[] }) {
  const context = useSessionContext();
  const readOnly = useReadOnlyReason();
  // An earlier attempt opened from history: read-only, but its own record can still be re-graded.
  const viewing = useSessionNotices().some((notice) => notice.kind === 'viewing-attempt');
  const session = useSession((state) => state.session);
  const scoreSession = useScoreSession();
  const live = useMemo(() => (session && scoreSession ? scoreSession(session, rubric) : undefined), [session, rubric, scoreSession]);
  const hash = useMemo(() => rubricHash(rubric), [rubric]);
  const status = session ? storedScoreStatus(session, hash) : undefined;
  // A finished mock shows the scores it had at the end; a later edit to the case changes nothing until a re-grade.
  const scored = useMemo(() => (live && session ? withStoredScores(live, session.storedScores) : undefined), [live, session]);
  const sessionStore = context.phase === 'ready' ? context.opened.store : undefined;
  const needsStoring = session !== undefined && isAttemptLocked(session) && !session.storedScores;
  useEffect(() => {
    // Finishing locks the attempt; its scores are stored the first time they are computed.
    if (needsStoring && live && sessionStore) sessionStore.getState().storeFinishedScores(live, hash);
  }, [needsStoring, live, sessionStore, hash]);
  // "Now" is the last save: the report only shows practice and finished mocks, whose times no longer move.
  const model = useMemo(() => (session && scored ? buildReportModel({ caseTitle, session, scored, rubric, now: new Date(session.updatedAt) }) : undefined), [caseTitle, session, scored, rubric]);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string; link?: { href: string; label: string } } | undefined>(undefined);
  const depart = useDepartures();
  const [pendingImport, setPendingImport] = useState<PendingImport | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  if (context.phase === 'ready' && session && isFeedbackHeld(session.interview)) return <MockStillRunning />;
  if (context.phase !== 'ready' || !session || !scored || !model) return <p className="muted">Loading your session…</p>;
  const { keyValueStore, flush } = context.opened;
  const { reopen } = context;
  const store = keyValueStore;

  /**
   * Writes a planned import, then shows it: in place when it is this page's case (the attempt is opened
   * again from storage, no navigation), else its case's report opens with a full load, once, and only if
   * the learner is still on this page (`departure` began when they chose the file or confirmed).
   */
  async function commit(pending: PendingImport, departure: Departure) {
    setPendingImport(undefined);
    let keptAs: string | undefined;
    try {
      // Any edit still waiting to be written lands first, so the import and the kept copy see it.
      await flush();
      keptAs = (await commitSessionImport(store, pending.session, pending.plan)).keptAs;
    } catch (error) {
      setMessage({ tone: 'error', text: `${pending.fileName} was read but could not be stored: ${describeStorageError(error)}. Nothing you had was changed.` });
      return;
    }
    const kept = keptAs ? ' Your previous version is in History as its own attempt.' : '';
    if (pending.session.caseSlug === caseSlug && !viewing && reopen) {
      setMessage({ tone: 'info', text: `${pending.fileName} was imported; this report now shows it.${kept}` });
      reopen();
      return;
    }
    const href = `/cases/${pending.session.caseSlug}/report`;
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (departure.go(() => window.location.assign(href))) return;
    setMessage({ tone: 'info', text: `${pending.fileName} was imported.${kept}`, link: { href, label: 'Open its report' } });
  }

  /** Re-grades against the case as it is now; an earlier attempt's record is written directly (its store never writes). */
  async function onRegrade() {
    if (!live || !sessionStore || !session) return;
    if (!viewing) {
      sessionStore.getState().regrade(live, hash);
      return;
    }
    const regraded = regradeSession(session, live, hash, new Date());
    try {
      await store.set(sessionKey(regraded.id), { version: SESSION_VERSION, state: { session: regraded } });
    } catch (error) {
      setMessage({ tone: 'error', text: `The re-grade could not be saved: ${describeStorageError(error)}. The attempt is unchanged.` });
      return;
    }
    sessionStore.getState().replaceSession(regraded);
  }

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const departure = depart();
    const result = importSession(file.size > MAX_EXPORT_BYTES ? '' : await file.text(), file.size);
    if (!result.ok) {
      setMessage({ tone: 'error', text: `${file.name} was not imported. ${result.error} Nothing you had was changed.` });
      return;
    }
    await flush().catch(() => undefined);
    const plan = await planSessionImport(store, result.session, knownCaseSlugs);
    if (!plan.ok) {
      setMessage({ tone: 'error', text: `${file.name} was not imported. ${plan.error} Nothing you had was changed.` });
      return;
    }
    const pending = { fileName: file.name, session: result.session, plan };
    // Replacing work saved after the file was exported: ask first.
    if (plan.replaces?.savedIsNewer) setPendingImport(pending);
    else await commit(pending, departure);
  }

  return (
    <>
      <section className="panel report-summary" aria-labelledby={`${id}-total`}>
        <div className="panel-header">
          <h2 id={`${id}-total`}>Total</h2>
          <p className="score" aria-label={`Total score ${scored.total} out of 100`}>
            <span className="score-value">{scored.total}</span>
            <span className="score-max">/100</span>
          </p>
        </div>
        {status ? <StoredScoreNotice status={status} readOnly={viewing ? undefined : readOnly} onRegrade={() => void onRegrade()} /> : null}
        <TableScroll label="Score and time per step">
        <table className="report-table">
          <caption className="visually-hidden">Score and time per step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Score</th>
              <th scope="col">Time spent</th>
              <th scope="col">Budget</th>
              <th scope="col">Against budget</th>
            </tr>
          </thead>
          <tbody>
            {model.steps.map((row) => (
              <tr key={row.step}>
                <th scope="row">
                  <Link href={`/cases/${caseSlug}/${row.step}`}>{row.title}</Link>
                </th>
                <td>
                  <meter min={0} max={100} value={row.score} aria-label={`${row.title} score`} /> {row.score}
                </td>
                <td className="report-number">{formatMinutes(row.spentMinutes)}</td>
                <td className="report-number">{formatMinutes(row.budgetMinutes)}</td>
                <td className={row.overBudget ? 'report-over' : undefined}>{budgetVerdict(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
        <p className="muted report-mode">
          {modeSummary(model.mode)}. Time on the steps: {formatMinutes(model.spentMinutes)} of a {formatMinutes(model.budgetMinutes)} interview.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => downloadFile(`${caseSlug}-session.json`, exportSession(session, new Date()))}>
            Export session (JSON)
          </button>
          <button type="button" className="button" onClick={() => downloadFile(`${caseSlug}-report.md`, reportMarkdown(model), 'text/markdown')}>
            Download report (Markdown)
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import a session
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onImport} aria-label="Import a session file" />
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          {isAttemptLocked(session) ? <KeepPractising session={session} store={keyValueStore} /> : null}
        </div>
        {pendingImport?.plan.replaces ? (
          <div className="notice notice-warn" role="alertdialog" aria-labelledby={`${id}-replace`}>
            <p id={`${id}-replace`}>
              <strong>{pendingImport.fileName} is older than your saved work on this attempt</strong> (you last worked on it{' '}
              {dateFormat.format(new Date(pendingImport.plan.replaces.saved.updatedAt))}; the file was saved {dateFormat.format(new Date(pendingImport.session.updatedAt))}).
              Importing replaces it; your current version stays in History as its own attempt.
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void commit(pendingImport, depart())}>
                Import and keep my current version in History
              </button>
              <button type="button" className="button" onClick={() => setPendingImport(undefined)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {message ? (
          <p className={message.tone === 'error' ? 'notice notice-warn' : 'notice notice-info'} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
            {message.link ? (
              <>
                {' '}
                <Link href={message.link.href}>{message.link.label}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </section>
      <ReportChart steps={model.steps} />
      <DiagramReview scene={session.answers.diagram.scene} result={scored.steps.find((step) => step.step === 'diagram')} caseSlug={caseSlug} />
      {scored.curveball && rubric.curveball ? <CurveballResult curveball={rubric.curveball} result={scored.curveball} /> : null}
      <StudyNext topics={model.studyNext} missed={missedForReview(rubric, scored, session)} />
      <ReportFindings steps={model.findings} />
      <ReportFollowUps followUps={model.followUps} />
      <p className="muted">Report for {caseTitle}. The same numbers come from `npm run -s grade -- session` on the exported file.</p>
    </>
  );
}
