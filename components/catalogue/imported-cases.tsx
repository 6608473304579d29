'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import type { ImportedCaseSummary } from '@/lib/storage/imported-cases';
import { importedCasesCookieAssignment } from '@/lib/content/imported-cases-cookie';
import { hasKeysWithPrefix, IMPORTED_PREFIX } from '@/lib/storage/stored-keys';
import { CaseCard } from './case-card';

type Message = { tone: 'error' | 'info'; text: string };

/**
 * The catalogue's imported cases: "Import a case pack" (checked with content:check's rules before
 * anything is stored), and a card per imported case, marked as imported, with Remove. The reader,
 * checker and engines load only when a pack is chosen.
 */
export function ImportedCases({ shippedSlugs }: { shippedSlugs: readonly string[] }) {
  const [store, setStore] = useState<KeyValueStore | undefined>(undefined);
  const [cases, setCases] = useState<ImportedCaseSummary[] | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const refresh = useCallback(async (opened: KeyValueStore) => {
    // The reader (and its schemas) loads only when an imported case is stored.
    const listed = (await hasKeysWithPrefix(opened, IMPORTED_PREFIX)) ? await (await import('@/lib/storage/imported-cases')).listImportedCases(opened) : [];
    // The server answers 404 for a case it does not ship unless this browser has imported it.
    document.cookie = importedCasesCookieAssignment(listed.map((item) => item.slug));
    setCases(listed);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void import('@/lib/storage/idb-store')
      .then(({ openBrowserStore }) => openBrowserStore())
      .then(async ({ store: opened }) => {
        if (cancelled) return;
        setStore(opened);
        await refresh(opened);
      })
      .catch(() => setCases([]));
    return () => {
      cancelled = true;
    };
  }, [refresh]);

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !store) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const [{ readCasePack }, { MAX_PACK_BYTES }, { saveImportedCases }] = await Promise.all([
        import('@/lib/content/pack-read'),
        import('@/lib/content/pack-schema'),
        import('@/lib/storage/imported-cases'),
      ]);
      // An oversized file is refused by its size, without reading it into memory.
      const result = readCasePack(file.size > MAX_PACK_BYTES ? '' : await file.text(), file.size, { shippedSlugs });
      if (!result.ok) {
        setMessage({ tone: 'error', text: `${file.name} was not imported. ${result.error} Nothing stored was changed.` });
        return;
      }
      const replaced = await saveImportedCases(store, result.cases, new Date());
      const titles = result.cases.map((item) => item.checked.content.frontmatter.title).join(', ');
      setMessage({ tone: 'info', text: `Imported ${titles}${replaced.length > 0 ? ` (replacing the earlier import of ${replaced.join(', ')})` : ''}.` });
      await refresh(store);
    } catch (error) {
      setMessage({ tone: 'error', text: `${file.name} was not imported: this browser could not store it (${error instanceof Error ? error.message : String(error)}). Nothing stored was changed.` });
    } finally {
      setBusy(false);
    }
  }

  async function onRemove(slug: string) {
    if (!store) return;
    const { removeImportedCase } = await import('@/lib/storage/imported-cases');
    await removeImportedCase(store, slug);
    setConfirming(undefined);
    setMessage({ tone: 'info', text: 'The imported case was removed. Your attempts at it stay saved and come back if you import it again.' });
    await refresh(store);
  }

  return (
    <section className="imported-cases" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Imported cases</h2>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={!store || busy} aria-busy={busy}>
          Import a case pack
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(event) => void onImport(event)} aria-label="Import a case pack file" />
      </div>
      <p className="muted">
        A mentor&apos;s case pack (made with <code>npm run content:pack</code>) plays here like the cases above. It is checked before it is stored, and
        stays in this browser only.
      </p>
      {message ? (
        <p className={message.tone === 'error' ? 'notice notice-warn' : 'notice notice-info'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {cases && cases.length > 0 ? (
        <div className="case-grid">
          {cases.map((summary) => (
            <CaseCard key={summary.slug} summary={summary}>
              <p className="case-imported">
                <span className="chat-topic">imported</span>{' '}
                {confirming === summary.slug ? (
                  <span role="group" aria-label={`Remove ${summary.title}?`}>
                    Remove this case from this browser?{' '}
                    <button type="button" className="button" onClick={() => void onRemove(summary.slug)}>
                      Yes, remove
                    </button>{' '}
                    <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" className="button" onClick={() => setConfirming(summary.slug)} aria-label={`Remove ${summary.title}`}>
                    Remove
                  </button>
                )}
              </p>
            </CaseCard>
          ))}
        </div>
      ) : null}
    </section>
  );
}
