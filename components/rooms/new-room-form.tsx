'use client';

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES } from '@/lib/interview/interview-bounds';
import type { RoomRole } from '@/lib/rooms/room-role';

type CaseChoice = { slug: string; title: string; durationMinutes: number };
type Links = Record<RoomRole, string>;

const LINK_LABELS: Record<RoomRole, { title: string; hint: string }> = {
  interviewer: { title: 'Interviewer link', hint: 'Yours: the case facts, the engines’ scores, the clock, notes and ratings.' },
  candidate: { title: 'Candidate link', hint: 'For the person interviewed: the five steps, feedback held until the end.' },
  observer: { title: 'Observer link', hint: 'Read-only, for a shadowing interviewer: sees what the candidate sees.' },
};
const ROLES_SHOWN: readonly RoomRole[] = ['interviewer', 'candidate', 'observer'];

/** One link with a copy button that says when it copied (or that the browser would not let it). */
function RoomLink({ role, href }: { role: RoomRole; href: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  const id = useId();
  const url = typeof window === 'undefined' ? href : new URL(href, window.location.origin).toString();
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }
  return (
    <li className="room-link">
      <label htmlFor={`${id}-url`}>{LINK_LABELS[role].title}</label>
      <p className="field-hint">{LINK_LABELS[role].hint}</p>
      <div className="room-link-row">
        <input id={`${id}-url`} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy {LINK_LABELS[role].title.toLowerCase()}
        </button>
      </div>
      <p className="muted" role="status">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Your browser did not allow copying: select the link and copy it yourself.' : ''}
      </p>
    </li>
  );
}

/** Picks a case and a length, creates the room (`POST /api/rooms`) and shows its three links. */
export function NewRoomForm({ cases }: { cases: readonly CaseChoice[] }) {
  const [slug, setSlug] = useState(cases[0]?.slug ?? '');
  const [minutes, setMinutes] = useState(cases[0]?.durationMinutes ?? 45);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [links, setLinks] = useState<Links | undefined>(undefined);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch('/api/rooms', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseSlug: slug, lengthMinutes: minutes }) });
      const body = (await response.json().catch(() => ({}))) as { links?: Links; error?: string };
      if (response.status !== 201 || !body.links) throw new Error(body.error ?? `The server answered ${response.status}.`);
      setLinks(body.links);
    } catch (caught) {
      setError(`The room was not created. ${caught instanceof Error ? caught.message : String(caught)} Is the app running with \`npm run app\` (rooms need its server)?`);
    } finally {
      setBusy(false);
    }
  }

  if (links) {
    return (
      <section className="panel" aria-labelledby={`${id}-links`}>
        <h2 id={`${id}-links`}>Your room is open</h2>
        <ul className="room-links">
          {ROLES_SHOWN.map((role) => (
            <RoomLink key={role} role={role} href={links[role]} />
          ))}
        </ul>
        <p>
          <a className="button button-primary" href={links.interviewer}>
            Open the interviewer console
          </a>
        </p>
        <p className="muted">The room and everything in it is deleted when it expires; the interviewer can also close it from the console.</p>
      </section>
    );
  }

  return (
    <form className="panel new-room" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Case and length</h2>
      <div className="stacked-field">
        <label htmlFor={`${id}-case`}>Case</label>
        <select
          id={`${id}-case`}
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setMinutes(cases.find((choice) => choice.slug === event.target.value)?.durationMinutes ?? minutes);
          }}
        >
          {cases.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.title} ({choice.durationMinutes} min)
            </option>
          ))}
        </select>
      </div>
      <div className="stacked-field">
        <label htmlFor={`${id}-minutes`}>Length in minutes</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={MIN_INTERVIEW_MINUTES}
          max={MAX_INTERVIEW_MINUTES}
          step={5}
          required
          value={minutes}
          onChange={(event) => setMinutes(Number(event.target.value))}
        />
      </div>
      {error ? (
        <p className="notice notice-warn" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy || slug === ''}>
        {busy ? 'Opening…' : 'Open the room'}
      </button>
    </form>
  );
}
