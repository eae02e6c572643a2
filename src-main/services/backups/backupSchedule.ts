import type { BackupCadence } from '../../shared/values';

/*
 * When the next automatic backup is due. Pure functions of the last backup's time and the clock,
 * so that a timer (set by the main process) and a check at start-up or at quit agree.
 *
 * "Daily" means 24 hours after the last backup, and "weekly" 7 × 24 hours: elapsed time, not
 * calendar days, so daylight saving and time-zone changes move nothing. A last backup that lies
 * in the future (the clock was moved back, or the settings came from another machine) makes a
 * backup due at once, rather than none for as long as the clock is behind.
 */

const hourMilliseconds = 60 * 60 * 1000;

const cadenceMilliseconds: Record<Exclude<BackupCadence, 'off'>, number> = {
  daily: 24 * hourMilliseconds,
  weekly: 7 * 24 * hourMilliseconds,
};

/**
 * The moment the next automatic backup is due: `null` when backups are off, `now` when there has
 * been none (or its time is invalid or in the future), else the last backup plus the cadence.
 */
export function nextBackupDue(lastBackupAt: Date | null, now: Date, cadence: BackupCadence): Date | null {
  if (cadence === 'off') {
    return null;
  }
  const last = lastBackupAt?.getTime() ?? Number.NaN;
  if (Number.isNaN(last) || last > now.getTime()) {
    return new Date(now.getTime());
  }
  return new Date(last + cadenceMilliseconds[cadence]);
}

/** True when an automatic backup should run at `now` (see `nextBackupDue`). */
export function isBackupDue(lastBackupAt: Date | null, now: Date, cadence: BackupCadence): boolean {
  const due = nextBackupDue(lastBackupAt, now, cadence);
  return due !== null && due.getTime() <= now.getTime();
}
