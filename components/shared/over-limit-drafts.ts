import { getStep, isStepId } from '@/lib/steps/steps';
import type { StepId } from '@/lib/steps/steps';
import { assertNever } from '@/lib/util/assert-never';
import { draftKey } from './local-draft';

/*
 * A box whose text went past its limit keeps that text as a local draft (use-limited-text.ts) while the session
 * holds its last version within the limit. These are the drafts' scopes, one per kind of box, so that finishing
 * a mock can list every box still over its limit (the draft exists only while the text is over).
 */

/** A box of an attempt whose over-limit text is kept as a draft. */
export type OverLimitBox =
  | { kind: 'entities' }
  | { kind: 'notes'; step: StepId }
  | { kind: 'worksheet'; rowId: string; field: 'name' | 'expr' }
  | { kind: 'deep-dive'; promptId: string };

/** The draft key of `box`'s over-limit text in attempt `sessionId` (`sdt:draft:entities-over:<id>`, ...). */
export function overLimitDraftKey(sessionId: string, box: OverLimitBox): string {
  switch (box.kind) {
    case 'entities':
      return draftKey(`entities-over:${sessionId}`);
    case 'notes':
      return draftKey(`notes-over:${sessionId}:${box.step}`);
    case 'worksheet':
      return draftKey(`worksheet-over:${sessionId}:${box.rowId}:${box.field}`);
    case 'deep-dive':
      // The key deep-dive answers have used since they first kept a paste: drafts stored under it stay found.
      return draftKey(`deep-dive-over:${sessionId}:${box.promptId}`);
    default:
      return assertNever(box, 'over-limit box');
  }
}

/** One box still over its limit: the step it is on and its name in a sentence ("The main entities"). */
export type OverLimitDraft = { step: StepId; label: string };

/** Reads one draft key back into the box it belongs to (undefined for other keys and other attempts). */
export function overLimitDraftOf(key: string, sessionId: string): OverLimitDraft | undefined {
  const match = /^sdt:draft:(entities|notes|worksheet|deep-dive)-over:(.*)$/.exec(key);
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  if (rest !== sessionId && !rest.startsWith(`${sessionId}:`)) return undefined;
  const parts = rest.slice(sessionId.length + 1).split(':');
  switch (kind) {
    case 'entities':
      return rest === sessionId ? { step: 'clarify', label: 'The main entities' } : undefined;
    case 'notes': {
      const step = parts[0] ?? '';
      return isStepId(step) ? { step, label: `Your notes on ${getStep(step).title}` } : undefined;
    }
    case 'worksheet':
      return { step: 'estimate', label: parts.at(-1) === 'name' ? "A worksheet row's name" : "A worksheet row's expression" };
    case 'deep-dive':
      return { step: 'deep-dive', label: 'A deep-dive answer' };
    default:
      return undefined;
  }
}

/**
 * Every box of attempt `sessionId` whose text is over its limit and kept only as a draft in this browser's
 * localStorage (`storage`), in key order; empty when storage cannot be read.
 */
export function overLimitDrafts(sessionId: string, storage: Pick<Storage, 'length' | 'key' | 'getItem'> | undefined = browserStorage()): OverLimitDraft[] {
  if (!storage) return [];
  const found: OverLimitDraft[] = [];
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').sort();
    for (const key of keys) {
      const draft = overLimitDraftOf(key, sessionId);
      if (draft && (storage.getItem(key) ?? '') !== '') found.push(draft);
    }
  } catch {
    return found;
  }
  return found;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
