import { describe, expect, it } from 'vitest';
import { isBackupDue, nextBackupDue } from '../../../src-main/services/backups/backupSchedule';

const hour = 60 * 60 * 1000;
const last = new Date('2026-03-28T09:00:00.000Z');

/** `hours` after the last backup. */
function after(hours: number): Date {
  return new Date(last.getTime() + hours * hour);
}

describe('nextBackupDue', () => {
  it('is now when there has been no backup', () => {
    const now = after(0);
    expect(nextBackupDue(null, now, 'daily')).toEqual(now);
    expect(isBackupDue(null, now, 'weekly')).toBe(true);
  });

  it('is 24 hours after the last daily backup, across a daylight-saving change', () => {
    // 2026-03-29 is the day clocks go forward in Europe: still 24 elapsed hours.
    expect(nextBackupDue(last, after(1), 'daily')).toEqual(after(24));
    expect(isBackupDue(last, new Date(after(24).getTime() - 1), 'daily')).toBe(false);
    expect(isBackupDue(last, after(24), 'daily')).toBe(true);
    expect(isBackupDue(last, after(100), 'daily')).toBe(true);
  });

  it('is 7 × 24 hours after the last weekly backup', () => {
    expect(nextBackupDue(last, after(1), 'weekly')).toEqual(after(168));
    expect(isBackupDue(last, after(167), 'weekly')).toBe(false);
    expect(isBackupDue(last, after(168), 'weekly')).toBe(true);
  });

  it('is now when the clock was moved back before the last backup', () => {
    const now = after(-5);
    expect(nextBackupDue(last, now, 'daily')).toEqual(now);
    expect(isBackupDue(last, now, 'weekly')).toBe(true);
  });

  it('is now when the last backup time is invalid', () => {
    expect(isBackupDue(new Date(Number.NaN), after(1), 'daily')).toBe(true);
  });

  it('is never when backups are off', () => {
    expect(nextBackupDue(null, after(0), 'off')).toBeNull();
    expect(isBackupDue(null, after(0), 'off')).toBe(false);
    expect(isBackupDue(last, after(-5), 'off')).toBe(false);
  });
});
