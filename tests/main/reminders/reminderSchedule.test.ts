import { afterEach, describe, expect, it } from 'vitest';
import {
  dueFollowUps,
  latestEndedQuarter,
  latestWeeklyNudge,
  localDateKey,
  nextQuarterEnd,
  nextWeeklyNudge,
  quarterEnd,
} from '../../../src-main/services/reminders/reminderSchedule';

/*
 * The schedule is computed from local calendar components: each test sets the process's time zone
 * (Node honours a change of `process.env.TZ` at once) and reads results back as local time.
 */

const savedTimeZone = process.env.TZ;

afterEach(() => {
  if (savedTimeZone === undefined) {
    delete process.env.TZ;
  } else {
    process.env.TZ = savedTimeZone;
  }
});

/** `date` as local `YYYY-MM-DD HH:MM` (the wall clock the user sees). */
function wallClock(date: Date): string {
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${localDateKey(date)} ${time}`;
}

const timeZones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'];

describe.each(timeZones)('in %s', (timeZone) => {
  it('nudges weekly on Friday at 16:00, today’s if still to come', () => {
    process.env.TZ = timeZone;
    // Wednesday 10 June 2026.
    expect(wallClock(nextWeeklyNudge(new Date(2026, 5, 10, 9)))).toBe('2026-06-12 16:00');
    expect(wallClock(nextWeeklyNudge(new Date(2026, 5, 12, 15, 59)))).toBe('2026-06-12 16:00');
    expect(wallClock(nextWeeklyNudge(new Date(2026, 5, 12, 16)))).toBe('2026-06-19 16:00');
    // Saturday and Sunday look to the coming Friday.
    expect(wallClock(nextWeeklyNudge(new Date(2026, 5, 13, 10)))).toBe('2026-06-19 16:00');
    expect(wallClock(nextWeeklyNudge(new Date(2026, 5, 14, 23)))).toBe('2026-06-19 16:00');
    expect(wallClock(latestWeeklyNudge(new Date(2026, 5, 12, 16)))).toBe('2026-06-12 16:00');
    expect(wallClock(latestWeeklyNudge(new Date(2026, 5, 12, 15, 59)))).toBe('2026-06-05 16:00');
    expect(wallClock(latestWeeklyNudge(new Date(2026, 5, 14, 8)))).toBe('2026-06-12 16:00');
  });

  it('crosses the year boundary', () => {
    process.env.TZ = timeZone;
    // Saturday 26 December 2026 → Friday 1 January 2027.
    expect(wallClock(nextWeeklyNudge(new Date(2026, 11, 26, 12)))).toBe('2027-01-01 16:00');
    expect(wallClock(latestWeeklyNudge(new Date(2027, 0, 1, 9)))).toBe('2026-12-25 16:00');
    expect(wallClock(nextQuarterEnd(new Date(2026, 11, 31, 16)))).toBe('2027-03-31 16:00');
    expect(latestEndedQuarter(new Date(2027, 0, 2))).toEqual({ year: 2026, quarter: 4 });
    expect(latestEndedQuarter(new Date(2027, 2, 31, 15))).toEqual({ year: 2026, quarter: 4 });
    expect(latestEndedQuarter(new Date(2027, 2, 31, 16))).toEqual({ year: 2027, quarter: 1 });
  });

  it('ends each quarter on its last day at 16:00', () => {
    process.env.TZ = timeZone;
    expect(wallClock(quarterEnd({ year: 2026, quarter: 1 }))).toBe('2026-03-31 16:00');
    expect(wallClock(quarterEnd({ year: 2026, quarter: 2 }))).toBe('2026-06-30 16:00');
    expect(wallClock(quarterEnd({ year: 2026, quarter: 3 }))).toBe('2026-09-30 16:00');
    expect(wallClock(quarterEnd({ year: 2026, quarter: 4 }))).toBe('2026-12-31 16:00');
    expect(wallClock(nextQuarterEnd(new Date(2026, 3, 1)))).toBe('2026-06-30 16:00');
    expect(wallClock(nextQuarterEnd(new Date(2026, 5, 30, 15)))).toBe('2026-06-30 16:00');
    expect(wallClock(nextQuarterEnd(new Date(2026, 5, 30, 16)))).toBe('2026-09-30 16:00');
  });

  it('finds follow-ups due by today’s local date, oldest first, skipping those reminded', () => {
    process.env.TZ = timeZone;
    const followUps = [
      { entryId: 'b', title: 'B', followUpOn: '2026-06-12' },
      { entryId: 'a', title: 'A', followUpOn: '2025-12-31' },
      { entryId: 'c', title: 'C', followUpOn: '2026-06-13' },
      { entryId: 'd', title: 'D', followUpOn: '2026-06-01' },
    ];
    const lateFriday = new Date(2026, 5, 12, 23, 59);
    expect(dueFollowUps(followUps, lateFriday, () => false).map((followUp) => followUp.entryId)).toEqual(['a', 'd', 'b']);
    expect(dueFollowUps(followUps, lateFriday, (followUp) => followUp.entryId === 'd').map((f) => f.entryId)).toEqual(['a', 'b']);
    expect(dueFollowUps(followUps, new Date(2026, 5, 13, 0, 0), () => false)).toHaveLength(4);
  });
});

describe('across daylight-saving changes', () => {
  it('keeps 16:00 in Berlin in the week clocks go forward (last Sunday of March) and back (October)', () => {
    process.env.TZ = 'Europe/Berlin';
    // Friday 27 March 2026 is before the change on Sunday the 29th; the next nudge is after it.
    const beforeSpring = nextWeeklyNudge(new Date(2026, 2, 27, 16));
    expect(wallClock(beforeSpring)).toBe('2026-04-03 16:00');
    expect(beforeSpring.getTime() - new Date(2026, 2, 27, 16).getTime()).toBe((7 * 24 - 1) * 3600 * 1000);
    const beforeAutumn = nextWeeklyNudge(new Date(2026, 9, 23, 16));
    expect(wallClock(beforeAutumn)).toBe('2026-10-30 16:00');
    expect(beforeAutumn.getTime() - new Date(2026, 9, 23, 16).getTime()).toBe((7 * 24 + 1) * 3600 * 1000);
    // On the change day itself (Sunday), the latest nudge is still Friday at 16:00.
    expect(wallClock(latestWeeklyNudge(new Date(2026, 2, 29, 3, 30)))).toBe('2026-03-27 16:00');
    expect(wallClock(latestWeeklyNudge(new Date(2026, 9, 25, 2, 30)))).toBe('2026-10-23 16:00');
  });

  it('keeps 16:00 in New York across the March and November changes', () => {
    process.env.TZ = 'America/New_York';
    // Clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026.
    expect(wallClock(nextWeeklyNudge(new Date(2026, 2, 6, 17)))).toBe('2026-03-13 16:00');
    expect(wallClock(nextWeeklyNudge(new Date(2026, 9, 30, 17)))).toBe('2026-11-06 16:00');
    expect(localDateKey(new Date(2026, 2, 8, 2, 30))).toBe('2026-03-08');
  });

  it('keeps the quarter’s end at 16:00 in Sydney, whose clocks change in April and October', () => {
    process.env.TZ = 'Australia/Sydney';
    expect(wallClock(nextQuarterEnd(new Date(2026, 3, 5, 2, 30)))).toBe('2026-06-30 16:00');
    expect(wallClock(nextQuarterEnd(new Date(2026, 9, 4, 2, 30)))).toBe('2026-12-31 16:00');
  });
});
