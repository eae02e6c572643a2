import { useEffect, useMemo } from 'react';
import type { FollowUpDue } from '../../../../src-main/shared/contract';
import { maximumFollowUps } from '../../../../src-main/shared/values';
import { useJournalEntries } from '../../hooks/useJournalData';
import { desktop, isDesktopApp } from '../../platform/desktop';

/**
 * Tells the desktop which decisions and launches are waiting for their outcome, whenever that
 * changes, so its follow-up reminders come on the day. It reads the journal as the journal screen
 * does (newest page first, then the rest, which Dexie's cache shares), and only once the whole
 * journal is in: start-up paints first.
 */
function useFollowUpSyncWithDesktop(): void {
  const journal = useJournalEntries();
  const entries = journal?.isComplete ? journal.entries : undefined;
  const followUps = useMemo(() => {
    if (!entries) return null;
    const open: FollowUpDue[] = entries
      .filter((entry) => entry.followUpOn && entry.outcome.trim() === '')
      .map((entry) => ({ entryId: entry.id, title: entry.title, followUpOn: entry.followUpOn ?? '' }));
    open.sort((a, b) => (a.followUpOn < b.followUpOn ? -1 : a.followUpOn > b.followUpOn ? 1 : 0));
    return open.slice(0, maximumFollowUps);
  }, [entries]);
  const key = followUps ? JSON.stringify(followUps) : null;
  useEffect(() => {
    if (!key || !followUps) return;
    // Sent a moment after the last change, so a burst of edits is one message.
    const timer = setTimeout(() => {
      desktop.setFollowUps(followUps).catch((error: unknown) => console.warn('Could not update the follow-up reminders:', error));
    }, 1_000);
    return () => clearTimeout(timer);
    // `key` stands for the list's contents: the list object changes on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** In a browser there are no reminders to feed, so nothing is read. (Chosen once per page load.) */
export const useFollowUpSync: () => void = isDesktopApp ? useFollowUpSyncWithDesktop : () => undefined;
