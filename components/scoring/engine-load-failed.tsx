'use client';

/** Said in place of a step's feedback when its engine could not be downloaded (offline, a redeploy). */
export function EngineLoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <p className="notice notice-warn" role="status">
      The feedback for this step could not be loaded (check the connection). Your work is saved.{' '}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
