'use client';

import { assertNever } from '@/lib/util/assert-never';
import { downloadFile } from '@/components/shared/download-file';
import type { KeptCopy, SessionNotice } from './open-session';
import { ResumeViewedAttempt } from './resume-viewed-attempt';
import { useSessionContext } from './session-provider';

/*
 * The words of the session notices (session-notices.tsx), a chunk of their own: most pages open
 * with no notice, so they do not download these.
 */

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

/** What one notice says, with its action (download the kept copy, resume the viewed attempt). */
export function NoticeBody({ notice }: { notice: SessionNotice }) {
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

/** A notice about this tab's state rather than about what was opened (session-notices.tsx decides when it shows). */
export type StateNoticeKind = 'other-tab-open' | 'took-over' | 'database-reset';

/** What a state notice says: another tab holds the attempt, this tab took over, or the site's data was deleted. */
export function StateNoticeText({ kind }: { kind: StateNoticeKind }) {
  switch (kind) {
    case 'other-tab-open':
      return (
        <p>
          <strong>This attempt is open in another tab, so this tab is read-only.</strong> Edits here are not kept, so neither tab
          overwrites the other&apos;s work. Work in the other tab, or close it: this tab then loads the latest save and takes over.
        </p>
      );
    case 'took-over':
      return <p>The other tab closed. This tab loaded the latest save and now saves your work.</p>;
    case 'database-reset':
      return (
        <p>
          <strong>This site&apos;s stored data was deleted while the app was open</strong> (by the browser or another tab). The work in
          this tab is kept: it was backed up and is saved again. Other attempts stored only in this browser may be gone.
        </p>
      );
    default:
      return assertNever(kind, 'state notice');
  }
}
