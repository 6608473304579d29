'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import type { SessionNotice } from './open-session';
import { useSession, useSessionNotices } from './session-provider';

// Most pages open with no notice: the notices' words (and the state notices' below) load only when there is one.
const NoticeBody = lazyPart(() => import('./notice-body').then((module) => module.NoticeBody));
const StateNoticeText = lazyPart(() => import('./notice-body').then((module) => module.StateNoticeText));

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
      <StateNoticeText kind="database-reset" />
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
        <StateNoticeText kind="other-tab-open" />
      </div>
    );
  }
  if (tab === 'took-over') {
    return (
      <div className="notice notice-info" role="status">
        <StateNoticeText kind="took-over" />
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
