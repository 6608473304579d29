'use client';

import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { MAX_NOTES_LENGTH } from '@/lib/session/session-bounds';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';

// The Markdown renderer is only needed once the learner asks for a preview.
const MarkdownPreview = dynamic(() => import('./markdown-preview').then((module) => module.MarkdownPreview), {
  ssr: false,
  loading: () => <p className="muted">Rendering…</p>,
});

type Tab = 'write' | 'preview';
const TABS: readonly Tab[] = ['write', 'preview'];

export function NotesPanel({ step, stepTitle }: { step: StepId; stepTitle: string }) {
  const [tab, setTab] = useState<Tab>('write');
  const context = useSessionContext();
  const notes = useSession((state) => state.session.steps[step].notes);
  const setNotes = useSession((state) => state.setNotes);
  const id = useId();
  const ready = context.phase === 'ready';

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] ?? 'write';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }

  return (
    <section className="panel notes-panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-header">
        <h2 id={`${id}-heading`}>Notes</h2>
        <div role="tablist" aria-label="Notes view" className="tabs">
          {TABS.map((name) => (
            <button
              key={name}
              id={`${id}-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`${id}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
            >
              {name === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
      </div>
      <div id={`${id}-panel-write`} role="tabpanel" aria-labelledby={`${id}-tab-write`} hidden={tab !== 'write'}>
        <label htmlFor={`${id}-notes`} className="visually-hidden">
          Notes for {stepTitle}
        </label>
        <textarea
          id={`${id}-notes`}
          className="notes-input"
          value={notes ?? ''}
          placeholder={ready ? 'Write in Markdown: headings, lists, **bold**, tables…' : 'Loading your saved notes…'}
          disabled={!ready}
          maxLength={MAX_NOTES_LENGTH}
          onChange={(event) => setNotes?.(step, event.target.value)}
          rows={14}
        />
      </div>
      <div id={`${id}-panel-preview`} role="tabpanel" aria-labelledby={`${id}-tab-preview`} hidden={tab !== 'preview'} tabIndex={0}>
        {tab === 'preview' ? <MarkdownPreview source={notes ?? ''} /> : null}
      </div>
    </section>
  );
}
