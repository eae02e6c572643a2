// The app's backup, restore and import code, bundled on their own by bench/aggregation.mjs so the
// benchmark can time them inside the page over the seeded journal (the app's bundle does not
// expose them). Not part of the app.
export { exportBackup, restoreBackup } from '../src-renderer/src/db/backupRepository.ts';
export { backupChecksum, readBackupText } from '../src-renderer/src/domain/backup/backupFile.ts';
export { ScopeJournalDatabase } from '../src-renderer/src/db/database.ts';
export { countNewImports, importCandidates } from '../src-renderer/src/db/importRepository.ts';
export { entriesFromCandidates, previewImport, readImportFile } from '../src-renderer/src/domain/imports/importPlan.ts';
export { exportBackupArchive } from '../src-renderer/src/db/backupRepository.ts';
export { readBackupStream } from '../src-renderer/src/domain/backup/backupArchive.ts';
// The raw baselines of the backup-with-attachments rows (bench/backup-archive.mjs): fflate's own
// streaming zip and unzip, as a library user would call them.
export { Unzip, UnzipPassThrough, Zip, ZipPassThrough } from 'fflate';
// The sync row (bench/sync.mjs): one sync with the folder, as the app runs it.
export { runSync } from '../src-renderer/src/features/sync/runSync.ts';
