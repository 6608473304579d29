import { rubricHash } from '@/lib/content/rubric-hash';
import type { Rubric } from '@/lib/content/rubric-schema';
import { regradeSession, storedScoreStatus } from '@/lib/session/attempt-lock';
import type { Session } from '@/lib/session/session-schema';
import { SESSION_VERSION } from '@/lib/session/session-bounds';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { listSessions } from '@/lib/storage/session-history';
import type { HistoryEntry } from '@/lib/storage/session-history';
import { sessionKey } from '@/lib/storage/stored-keys';

/*
 * The history page's reading and re-grading, loaded (with the session schema and zod, about 27 KB
 * gzip) only when this browser has stored attempts or imported cases: a first visit lists nothing and
 * never downloads them (components/history/session-history.tsx).
 */

export type CaseInfo = { slug: string; title: string; rubric: Rubric };
/** `changed`: the scores are stored against an earlier version of the case's rubric; a re-grade is offered. */
export type Row = HistoryEntry & { total: number | null; changed: boolean };

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

/**
 * Every readable stored attempt with its score (stored, or scored live when it has none), and the
 * imported cases whose attempts are listed too, under "(imported)".
 */
export async function readHistoryRows(store: KeyValueStore, cases: readonly CaseInfo[]): Promise<{ imported: CaseInfo[]; rows: Row[] }> {
  const imported = await readImportedCaseInfos(store, cases);
  const byCase = new Map([...cases, ...imported].map((info) => [info.slug, info]));
  const entries = await listSessions(store);
  const hashes = new Map([...byCase.values()].map((info) => [info.slug, rubricHash(info.rubric)]));
  // A finished mock keeps the scores it had; only attempts without stored scores are scored live.
  const statuses = entries.map((entry) => {
    const info = byCase.get(entry.session.caseSlug);
    const hash = hashes.get(entry.session.caseSlug);
    return info && hash !== undefined ? { entry, info, status: storedScoreStatus(entry.session, hash) } : { entry };
  });
  // The engines are most of the page's weight: loaded only when an attempt is to be scored live.
  const scoreSession = statuses.some((row) => row.status?.kind === 'live') ? (await import('@/lib/session/score-session')).scoreSession : undefined;
  const rows = statuses.map(({ entry, info, status }) => {
    if (!info || !status) return { ...entry, total: null, changed: false };
    if (status.kind === 'live') return { ...entry, total: scoreSession ? scoreSession(entry.session, info.rubric).total : null, changed: false };
    return { ...entry, total: status.scores.total, changed: status.kind === 'changed' };
  });
  return { imported, rows };
}

/** Scores an attempt again against the case's current rubric and stores the new scores with it. */
export async function regradeStoredSession(store: KeyValueStore, session: Session, rubric: Rubric): Promise<void> {
  const { scoreSession } = await import('@/lib/session/score-session');
  const regraded = regradeSession(session, scoreSession(session, rubric), rubricHash(rubric), new Date());
  await store.set(sessionKey(regraded.id), { version: SESSION_VERSION, state: { session: regraded } });
}
