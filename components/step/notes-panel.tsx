'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import { useCallback, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { MAX_NOTES_LENGTH } from '@/lib/session/session-bounds';
import type { StepId } from '@/lib/steps/steps';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';
import { overLimitDraftKey } from '@/components/shared/over-limit-drafts';
import { useLimitedText } from '@/components/shared/use-limited-text';

// The Markdown renderer is only needed once the learner asks for a preview.
const MarkdownPreview = lazyPart(() => import('./markdown-preview').then((module) => module.MarkdownPreview), <p className="muted">Rendering…</p>);

type Tab = 'write' | 'preview';
const TABS: readonly Tab[] = ['write', 'preview'];

/**
 * A step's Markdown notes, with a preview. A paste past MAX_NOTES_LENGTH stays whole in the box (and in a draft across
 * a reload) with a count and a sentence saying how much to cut; meanwhile the last notes within the limit are saved.
 */
export function NotesPanel({ step, stepTitle }: { step: StepId; stepTitle: string }) {
  const [tab, setTab] = useState<Tab>('write');
  const context = useSessionContext();
  const notes = useSession((state) => state.session.steps[step].notes) ?? '';
  const sessionId = useSession((state) => state.session.id);
  const setNotes = useSession((state) => state.setNotes);
  const save = useCallback((value: string) => setNotes?.(step, value), [setNotes, step]);
  const { text, tooLong, change } = useLimitedText(sessionId ? overLimitDraftKey(sessionId, { kind: 'notes', step }) : undefined, notes, MAX_NOTES_LENGTH, save);
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
          value={text}
          placeholder={ready ? 'Write in Markdown: headings, lists, **bold**, tables…' : 'Loading your saved notes…'}
          disabled={!ready}
          aria-describedby={lengthNoteIds(`${id}-notes`, text.length, MAX_NOTES_LENGTH)}
          aria-invalid={tooLong || undefined}
          onChange={(event) => change(event.target.value)}
          rows={14}
        />
        <LengthNote id={`${id}-notes`} length={text.length} max={MAX_NOTES_LENGTH} what="The text of your notes" action="save it" savedLength={tooLong ? notes.length : undefined} />
      </div>
      <div id={`${id}-panel-preview`} role="tabpanel" aria-labelledby={`${id}-tab-preview`} hidden={tab !== 'preview'} tabIndex={0}>
        {tab === 'preview' ? <MarkdownPreview source={text} /> : null}
      </div>
    </section>
  );
}
