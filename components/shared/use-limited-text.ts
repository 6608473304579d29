'use client';

import { useCallback } from 'react';
import { useLocalDraft } from './local-draft';

/** The most of an over-limit text kept as a draft: a pasted document, not a whole book. */
const MAX_OVERFLOW_DRAFT = 200_000;

/**
 * A text field whose saved value has a length limit, where typing or pasting past it loses nothing: within `max`
 * characters every change is saved (`save`); past it the text stays in the field (and, under `draftKey`, in this
 * browser's localStorage, so it survives a reload) while the last saved value, within the limit, is what is graded,
 * until the learner shortens it. Returns the text to show, whether it is over the limit, and the change handler.
 */
export function useLimitedText(draftKey: string | undefined, saved: string, max: number, save: ((value: string) => void) | undefined): { text: string; tooLong: boolean; change: (value: string) => void } {
  const [overflow, setOverflow] = useLocalDraft(draftKey, MAX_OVERFLOW_DRAFT);
  const change = useCallback(
    (value: string) => {
      if (value.length > max) {
        setOverflow(value);
        return;
      }
      save?.(value);
      setOverflow('');
    },
    [max, save, setOverflow],
  );
  const text = overflow.length > max ? overflow : saved;
  return { text, tooLong: text.length > max, change };
}
