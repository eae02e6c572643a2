import type { ThemeSource } from '../../../src-main/shared/values';
import type { ScopeJournalDatabase } from './database';

/** Keys of the settings table, each with the type of its value. */
export interface SettingValues {
  /** Set once the user has chosen "Load sample journal" or "Start empty". */
  firstRunComplete: boolean;
  activeFrameworkId: string;
  /** Set once the reading list has been seeded, so a list the user emptied stays empty. */
  readingListSeeded: boolean;
  /** Light, dark, or following the system (the default). */
  theme: ThemeSource;
  /** The Inbox's git history: the user's commit emails, and the day the history is read from. */
  inboxGitEmails: string[];
  inboxGitSince: string;
  /** The Inbox's calendars: the addresses the user organises and is invited with. */
  inboxCalendarEmails: string[];
  /** The Inbox's tracker exports: how Jira and Linear name the user, and the Jira site for links. */
  inboxTrackerNames: string[];
  inboxJiraSite: string;
}

export async function readSetting<K extends keyof SettingValues>(
  database: ScopeJournalDatabase,
  key: K,
): Promise<SettingValues[K] | undefined> {
  const row = await database.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function writeSetting<K extends keyof SettingValues>(
  database: ScopeJournalDatabase,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await database.settings.put({ key, value });
}
