'use client';

import type { ReactNode } from 'react';

type ConfirmGroupProps = {
  /** The group's accessible name, the question asked ("End the interview?"). */
  label: string;
  /** What happens if confirmed, in a sentence or two. */
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  cancel: string;
  onCancel: () => void;
  /** Disables the confirm button (the cancel button stays usable). */
  disabled?: boolean;
};

/** The second ask before an action that cannot be undone: the question, then confirm (primary) and cancel. */
export function ConfirmGroup({ label, children, confirm, onConfirm, cancel, onCancel, disabled = false }: ConfirmGroupProps) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={disabled} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
