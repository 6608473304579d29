'use client';

import dynamic from 'next/dynamic';
import { assertNever } from '@/lib/util/assert-never';
import { downloadFile } from '@/components/shared/download-file';
import type { KeptCopy, SessionNotice } from './open-session';
import { useSession, useSessionContext, useSessionNotices } from './session-provider';

// Shown only on the report of an earlier attempt: its own chunk.
const ResumeViewedAttempt = dynamic(() => import('./resume-viewed-attempt').then((module) => module.ResumeViewedAttempt), { ssr: false });

async function downloadKeptCopy(kept: KeptCopy, read: (key: string) => Promise<unknown>) {
  if ('text' in kept) {
    downloadFile('kept-session-copy.json', kept.text);
    return;
  }
  downloadFile(`${kept.key.replace(/[^a-z0-9-]+/gi, '_')}.json`, JSON.stringify(await read(kept.key), null, 2));
}

function DownloadKept({ kept }: { kept: KeptCopy }) {
  const context = useSessionContext();
  if (context.phase !== 'ready') return null;
  return (
    <button type="button" className="link-button" onClick={() => void downloadKeptCopy(kept, context.opened.keyValueStore.get)}>
      Download the kept copy
    </button>
  );
}

const viewedDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function NoticeBody({ notice }: { notice: SessionNotice }) {
  switch (notice.kind) {
    case 'not-persistent':
      return (
        <p>
          <strong>Your work is not being saved.</strong> The browser refused storage ({notice.reason}).{' '}
          {notice.loadedSaved ? 'Your saved work was loaded and is open here; what you change is kept in this tab only. ' : ''}You can keep
          working, but closing or reloading this tab loses what you write{notice.loadedSaved ? ' here' : ''}.
        </p>
      );
    case 'quarantined':
      return (
        <p>
          <strong>We could not read your saved work for this case</strong> because {notice.reason}. It was kept aside untouched
          and you are starting fresh. <DownloadKept kept={{ key: notice.quarantineKey }} />
        </p>
      );
    case 'migrated':
      return <p>Your saved work was upgraded from an earlier version of the app. Nothing was lost.</p>;
    case 'trimmed':
      return (
        <p>
          <strong>Part of your saved work was over the app&apos;s limits and was set aside:</strong> {notice.notes.join(' ')} The rest
          opened as usual{notice.kept ? ', and the record as it was is kept. ' : '. '}
          {notice.kept ? <DownloadKept kept={notice.kept} /> : 'There was no room to keep a copy of the record as it was.'}
        </p>
      );
    case 'restored-from-backup':
      return <p>Your saved work for this case was missing from the browser&apos;s storage; it was restored from the backup this browser kept.</p>;
    case 'backup-set-aside':
      return (
        <p>
          <strong>A backup left by a closed tab could not be restored</strong> because {notice.reason}. It was set aside so it no
          longer stops this case from opening. <DownloadKept kept={notice.kept} />
        </p>
      );
    case 'viewing-attempt':
      return (
        <p>
          <strong>This is the report of an earlier attempt</strong>, last worked on {viewedDate.format(new Date(notice.updatedAt))}. It is
          read-only here, and your current attempt is unchanged. <ResumeViewedAttempt />
        </p>
      );
    default:
      return assertNever(notice, 'notice');
  }
}

/** The sentence from the last action a limit cut, where the learner is (a toast), until dismissed. */
function LimitToast() {
  const notice = useSession((state) => state.limitNotice);
  const dismiss = useSession((state) => state.dismissLimitNotice);
  if (!notice || !dismiss) return null;
  return (
    <div className="notice notice-warn limit-toast" role="alert" key={notice.id}>
      <p>{notice.text}</p>
      <button type="button" className="link-button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

const isInfo = (notice: SessionNotice) => notice.kind === 'migrated' || notice.kind === 'restored-from-backup' || notice.kind === 'viewing-attempt';

/** Says the site's database was deleted while the page was open, and what became of the work. */
function DatabaseResetNotice() {
  const reset = useSession((state) => state.databaseReset);
  if (!reset) return null;
  return (
    <div className="notice notice-warn" role="alert">
      <p>
        <strong>This site&apos;s stored data was deleted while the app was open</strong> (by the browser or another tab). The work in
        this tab is kept: it was backed up and is saved again. Other attempts stored only in this browser may be gone.
      </p>
    </div>
  );
}

/** Says when another tab holds this attempt (this one is read-only) and when this tab took over. */
function TabNotice() {
  const tab = useSession((state) => state.tab);
  // An earlier attempt opened from history is read-only for its own reason, said in its notice.
  const viewing = useSessionNotices().some((notice) => notice.kind === 'viewing-attempt');
  if (tab === 'other-tab-open' && !viewing) {
    return (
      <div className="notice notice-warn notice-read-only" role="alert">
        <p>
          <strong>This attempt is open in another tab, so this tab is read-only.</strong> Edits here are not kept, so neither tab
          overwrites the other&apos;s work. Work in the other tab, or close it: this tab then loads the latest save and takes over.
        </p>
      </div>
    );
  }
  if (tab === 'took-over') {
    return (
      <div className="notice notice-info" role="status">
        <p>The other tab closed. This tab loaded the latest save and now saves your work.</p>
      </div>
    );
  }
  return null;
}

export function SessionNotices() {
  const notices = useSessionNotices();
  return (
    <>
      <TabNotice />
      <DatabaseResetNotice />
      <LimitToast />
      {notices.length === 0 ? null : (
        <div className="notices">
          {notices.map((notice, index) => (
            <div key={`${notice.kind}-${index}`} className={`notice notice-${isInfo(notice) ? 'info' : 'warn'}`} role={isInfo(notice) ? 'status' : 'alert'}>
              <NoticeBody notice={notice} />
            </div>
          ))}
        </div>
      )}
    </>
  );
}
