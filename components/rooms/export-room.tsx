'use client';

import { useId, useState } from 'react';
import { downloadFile } from '@/components/shared/download-file';

/**
 * `GET /api/rooms/<id>/export` with the interviewer's token: the room's whole log as the JSON text of
 * an `sdt-room-export` file (README, "Replay, export and import"). Throws with the status on a refusal.
 */
export async function fetchRoomExport(roomId: string, token: string): Promise<string> {
  const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/export`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  return response.text();
}

/** The file name the export route gives (its content-disposition), so a download from the page matches one from the API. */
export const roomExportFileName = (roomId: string) => `room-${roomId}.json`;

type ExportState = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string };

/**
 * The interviewer's "Export the room" button: downloads the room as one JSON file (no tokens in it),
 * which `rooms import` stores on another installation and `grade session` grades. `load` fetches it.
 */
export function ExportRoom({ roomId, load }: { roomId: string; load: () => Promise<string> }) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const id = useId();
  const onExport = () => {
    setStatus({ state: 'working' });
    load().then(
      (text) => {
        downloadFile(roomExportFileName(roomId), text);
        setStatus({ state: 'idle' });
      },
      (error: unknown) => setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <section className="panel room-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export</h2>
      <p className="field-hint" id={`${id}-hint`}>
        The whole room as one JSON file, without the links&apos; tokens: <code>npm run -s rooms -- import</code> stores it elsewhere, <code>npm run -s grade -- session</code> grades it.
      </p>
      <button type="button" className="button" aria-describedby={`${id}-hint`} disabled={status.state === 'working'} onClick={onExport}>
        {status.state === 'working' ? 'Exporting…' : 'Export the room (JSON)'}
      </button>
      {status.state === 'failed' ? (
        <p className="notice notice-warn" role="alert">
          The room could not be exported: {status.message}
        </p>
      ) : null}
    </section>
  );
}
