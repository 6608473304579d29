'use client';

import { assertNever } from '@/lib/util/assert-never';
import { downloadFile } from '@/components/shared/download-file';
import type { SessionNotice } from './open-session';
import { useSessionContext, useSessionNotices } from './session-provider';

async function downloadKeptCopy(key: string, read: (key: string) => Promise<unknown>) {
  downloadFile(`${key.replace(/[^a-z0-9-]+/gi, '_')}.json`, JSON.stringify(await read(key), null, 2));
}

function NoticeBody({ notice }: { notice: SessionNotice }) {
  const context = useSessionContext();
  switch (notice.kind) {
    case 'not-persistent':
      return (
        <p>
          <strong>Your work is not being saved.</strong> The browser refused storage ({notice.reason}). You can keep working,
          but closing or reloading this tab loses what you write.
        </p>
      );
    case 'quarantined':
      return (
        <p>
          <strong>We could not read your saved work for this case</strong> because {notice.reason}. It was kept aside untouched
          and you are starting fresh.{' '}
          {context.phase === 'ready' ? (
            <button type="button" className="link-button" onClick={() => void downloadKeptCopy(notice.quarantineKey, context.opened.keyValueStore.get)}>
              Download the kept copy
            </button>
          ) : null}
        </p>
      );
    case 'migrated':
      return <p>Your saved work was upgraded from an earlier version of the app. Nothing was lost.</p>;
    default:
      return assertNever(notice, 'notice');
  }
}

export function SessionNotices() {
  const notices = useSessionNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.kind} className={`notice notice-${notice.kind === 'migrated' ? 'info' : 'warn'}`} role={notice.kind === 'migrated' ? 'status' : 'alert'}>
          <NoticeBody notice={notice} />
        </div>
      ))}
    </div>
  );
}
