import { db } from '../../db/database';
import { loadSampleJournal, removeSampleJournal } from '../../db/entriesRepository';
import { writeSetting } from '../../db/settingsRepository';
import { todayLocalDate } from '../../domain/dates';
import { createSampleJournal } from '../../domain/sample/sampleJournal';

/** Loads the sample journal (two years ending today) and marks the first run as done. */
export async function addSampleJournal(): Promise<number> {
  const entries = createSampleJournal(todayLocalDate());
  await db.transaction('rw', db.entries, db.settings, async () => {
    await loadSampleJournal(db, entries);
    await writeSetting(db, 'firstRunComplete', true);
  });
  return entries.length;
}

/** Removes every sample entry; the user's own entries stay. */
export async function deleteSampleJournal(): Promise<number> {
  return removeSampleJournal(db);
}

/** The user chose to start with an empty journal. */
export async function startEmptyJournal(): Promise<void> {
  await writeSetting(db, 'firstRunComplete', true);
}
