/** Says in plain words why the browser would not store the learner's work. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'browser storage is full';
  const message = error instanceof Error ? error.message : String(error);
  return message ? `browser storage is unavailable (${message})` : 'browser storage is unavailable';
}
