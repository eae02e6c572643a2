import { afterEach, describe, expect, it } from 'vitest';
import {
  dueFollowUps,
  latestEndedQuarter,
  latestWeeklyNudge,
  localDateKey,
  nextQuarterEnd,
  nextWeeklyNudge,
  quarterEnd,
  quarterOf,
} from '../../../src-main/services/reminders/reminderSchedule';

/*
 * The reminder schedules on every day of three years (2026 to 2028, with 29 February 2028), at
 * four times of day, in time zones whose clocks change on different dates (and one whose clocks
 * never do). Each moment asserts what must hold whatever the date: the next weekly nudge is the
 * coming Friday at 16:00, the quarter's nudge is its last day at 16:00, and a follow-up is due from
 * its own local date on.
 */

const savedTimeZone = process.env.TZ;

afterEach(() => {
  if (savedTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedTimeZone;
});

/** Calendar days from 1 January 2026 to 31 December 2028, as [year, month (0–11), day]. */
const calendarDays: [number, number, number][] = [];
for (let time = Date.UTC(2026, 0, 1); time <= Date.UTC(2028, 11, 31); time += 86_400_000) {
  const day = new Date(time);
  calendarDays.push([day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()]);
}

/** Local wall-clock times of day; none falls in a daylight-saving gap (02:00–03:00). */
const timesOfDay: [number, number][] = [
  [0, 30],
  [12, 0],
  [16, 0],
  [23, 30],
];

/** Whole calendar days from `earlier`'s local date to `later`'s. */
function calendarDaysBetween(earlier: Date, later: Date): number {
  const [a, b] = [earlier, later].map((date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  return Math.round(((b ?? 0) - (a ?? 0)) / 86_400_000);
}

function isFridayAtFour(date: Date): boolean {
  return date.getDay() === 5 && date.getHours() === 16 && date.getMinutes() === 0;
}

function isLastDayOfMonth(date: Date): boolean {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getDate() === 1;
}

describe.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney'])('every day of 2026–2028 in %s', (timeZone) => {
  it('schedules the weekly, quarterly and follow-up reminders as promised', () => {
    process.env.TZ = timeZone;
    expect(calendarDays).toHaveLength(1096);
    for (const [year, month, day] of calendarDays) {
      for (const [hour, minute] of timesOfDay) {
        const now = new Date(year, month, day, hour, minute);
        const label = `${timeZone} ${localDateKey(now)} ${hour}:${minute}`;

        const next = nextWeeklyNudge(now);
        const latest = latestWeeklyNudge(now);
        expect(next > now && isFridayAtFour(next), `${label}: next weekly ${next.toString()}`).toBe(true);
        expect(latest <= now && isFridayAtFour(latest), `${label}: latest weekly ${latest.toString()}`).toBe(true);
        expect(calendarDaysBetween(now, next), label).toBeLessThanOrEqual(7);
        expect(calendarDaysBetween(latest, next), label).toBe(7);

        const quarterNudge = nextQuarterEnd(now);
        expect(quarterNudge > now, label).toBe(true);
        expect(quarterNudge.getHours() === 16 && isLastDayOfMonth(quarterNudge) && quarterNudge.getMonth() % 3 === 2, label).toBe(true);
        // It is this quarter's end, or (once that has passed) the next one's: never one skipped.
        expect(calendarDaysBetween(now, quarterNudge), label).toBeLessThanOrEqual(92);
        const ended = latestEndedQuarter(now);
        expect(quarterEnd(ended) <= now, label).toBe(true);
        const afterEnded = quarterOf(new Date(quarterEnd(ended).getFullYear(), quarterEnd(ended).getMonth() + 1, 1));
        expect(quarterEnd(afterEnded).getTime(), label).toBe(quarterNudge.getTime());

        const dated = (offset: number) => localDateKey(new Date(year, month, day + offset, 12));
        const followUps = [-1, 0, 1].map((offset) => ({ entryId: `e${offset}`, title: 'A decision', followUpOn: dated(offset) }));
        expect(
          dueFollowUps(followUps, now, () => false).map((followUp) => followUp.followUpOn),
          label,
        ).toEqual([dated(-1), dated(0)]);
      }
    }
  });
});
