'use client';

import Link from 'next/link';
import { useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { exportSession, importSession, MAX_EXPORT_BYTES } from '@/lib/session/session-export';
import { scoreSession } from '@/lib/session/score-session';
import { SESSION_VERSION } from '@/lib/session/session-schema';
import { TOPIC_TITLES } from '@/lib/practice/topic-titles';
import { getStep } from '@/lib/steps/steps';
import { activeSessionKey, sessionKey } from '@/lib/storage/session-repository';
import { StepScore } from '@/components/scoring/step-score';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { downloadFile } from '@/components/shared/download-file';


/** Deep-dive prompts with a key point missed, by the prompt ids the findings refer to. */
function missedPrompts(scored: ReturnType<typeof scoreSession>): string[] {
  const deepDive = scored.steps.find((step) => step.step === 'deep-dive');
  return [...new Set((deepDive?.findings ?? []).filter((finding) => finding.severity === 'missing').flatMap((finding) => finding.refs ?? []))];
}

/** Links to the lessons and drills for the topics of the deep-dive questions not yet mastered. */
function StudyNext({ rubric, missedPromptIds }: { rubric: Rubric; missedPromptIds: readonly string[] }) {
  const topics = [...new Set(rubric.steps['deep-dive'].prompts.filter((prompt) => missedPromptIds.includes(prompt.id)).map((prompt) => prompt.topic))];
  if (topics.length === 0) return null;
  return (
    <section className="panel" aria-label="Study next">
      <h2>Study next</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic}>
            <Link href={`/practice/${topic}`}>{TOPIC_TITLES[topic]}: lesson, questions and drills</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every step's score from the same engines as the step pages, with export and import of the session. */
export function SessionReport({ rubric, caseSlug, caseTitle }: { rubric: Rubric; caseSlug: string; caseTitle: string }) {
  const context = useSessionContext();
  const session = useSession((state) => state.session);
  const scored = useMemo(() => (session ? scoreSession(session, rubric) : undefined), [session, rubric]);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  if (context.phase !== 'ready' || !session || !scored) return <p className="muted">Loading your session…</p>;
  const store = context.opened.keyValueStore;

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importSession(file.size > MAX_EXPORT_BYTES ? '' : await file.text(), file.size);
    if (!result.ok) {
      setMessage({ tone: 'error', text: `${file.name} was not imported. ${result.error} Nothing you had was changed.` });
      return;
    }
    // Stored as its own record and made the active session of its case; then that case's report opens.
    await store.set(sessionKey(result.session.id), { version: SESSION_VERSION, state: { session: result.session } });
    await store.set(activeSessionKey(result.session.caseSlug), result.session.id);
    // A full load, not a client navigation: the open session store of this page must be replaced.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/cases/${result.session.caseSlug}/report`);
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
        <table className="report-table">
          <caption className="visually-hidden">Score per step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {scored.steps.map((step) => (
              <tr key={step.step}>
                <th scope="row">
                  <Link href={`/cases/${caseSlug}/${step.step}`}>{getStep(step.step).title}</Link>
                </th>
                <td>
                  <meter min={0} max={100} value={step.score} aria-label={`${getStep(step.step).title} score`} /> {step.score}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="button-row">
          <button type="button" className="button" onClick={() => downloadFile(`${caseSlug}-session.json`, exportSession(session, new Date()))}>
            Export session (JSON)
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import a session
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onImport} aria-label="Import a session file" />
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        {message ? (
          <p className={message.tone === 'error' ? 'notice notice-warn' : 'notice notice-info'} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
      </section>
      <StudyNext rubric={rubric} missedPromptIds={missedPrompts(scored)} />
      {scored.steps.map((step) => (
        <StepScore key={step.step} result={step} title={`${getStep(step.step).title} findings`} />
      ))}
      <p className="muted">Report for {caseTitle}. The same numbers come from `npm run -s grade -- session` on the exported file.</p>
    </>
  );
}
