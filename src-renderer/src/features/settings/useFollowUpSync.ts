import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { FollowUpDue } from '../../../../src-main/shared/contract';
import { db } from '../../db/database';
import { listJournalEntries } from '../../db/entriesRepository';
import { desktop, isDesktopApp } from '../../platform/desktop';

/** The most follow-ups sent to the desktop (the soonest first); far more than anyone keeps open. */
const maximumFollowUps = 5_000;

/**
 * Tells the desktop which decisions and launches are waiting for their outcome, whenever that
 * changes, so its follow-up reminders come on the day. (The same query as the journal's, which
 * Dexie answers from its cache: no second read of the journal.)
 */
export function useFollowUpSync(): void {
  const entries = useLiveQuery(() => (isDesktopApp ? listJournalEntries(db) : undefined), []);
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
