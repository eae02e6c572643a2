/*
 * Values both runtimes need, written once: the main process validates with them, the page offers
 * them as choices, and the end-to-end bridge checks against them. Plain data and pure functions:
 * this module, like the whole contract, imports no runtime.
 */

/** How often automatic backups are written. */
export const backupCadences = ['daily', 'weekly', 'off'] as const;
export type BackupCadence = (typeof backupCadences)[number];

/** Why a backup is asked for: the schedule, quitting, or the user's "Back up now". */
export const backupReasons = ['scheduled', 'quit', 'now'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Most backups the backup folder may be asked to keep. */
export const maximumKeptBackups = 1000;

/** The app's theme: the system's, or one the user chose. */
export const themeSources = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof themeSources)[number];

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = localDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}
