/**
 * Words people write on a box to say it is not part of the design (yet): as the whole of a bracketed
 * note, the part after a dash or colon, or a prefix ("Kafka (removed)", "Flink - dropped", "Warehouse
 * (phase 3)", "TODO: Spark", "Redis?"). Data, not logic: add a marker here, never a branch in code.
 * Negation in words ("not needed", "no Redis", "without Kafka") is read by lib/text, not listed here.
 * Each marker is matched on whole words, case, punctuation and fillers ignored; `#` stands for any number; a note
 * may string several markers together ("later, maybe", "skip for v1"). A
 * deprecated or legacy part is still running, so "deprecated" is no marker.
 */
export const LABEL_MARKERS: Readonly<Record<'removed' | 'deferred' | 'placeholder' | 'question', readonly string[]>> = {
  removed: [
    'removed', 'dropped', 'scrapped', 'deleted', 'retired', 'decommissioned', 'cut', 'out of scope', 'not in scope',
    'n a', 'struck', 'struck out', 'crossed out', 'ignore', 'ignored', 'gone', 'to be removed', 'skip', 'skipped',
  ],
  deferred: [
    'later', 'future', 'phase #', 'v#', 'next phase', 'next year', 'next quarter', 'someday', 'one day', 'not now', 'not yet',
    'roadmap', 'on the roadmap', 'maybe later', 'eventually', 'if time', 'if needed later', 'postponed', 'deferred',
  ],
  placeholder: ['tbd', 'tbc', 'todo', 'to do', 'placeholder', 'xxx', 'fill in', 'to be decided', 'to be defined', 'something', 'some tool', 'etc'],
  question: ['maybe', 'perhaps', 'possibly', 'unsure', 'not sure', 'which', 'which one'],
};

/** Words that may stand around a marker without changing it ("is out of scope", "was dropped", "for later"). */
export const MARKER_FILLERS: readonly string[] = ['is', 'was', 'are', 'were', 'be', 'been', 'for', 'in', 'a', 'the', 'still', 'now', 'just', 'all', 'it', 'this'];
