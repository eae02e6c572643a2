import type { FollowUpDue } from '../../shared/contract';

/*
 * When reminders are due, from the local calendar. Every moment is built from local calendar
 * components (`new Date(year, month, day, 16)`), never by adding hours to another moment, so a
 * daylight-saving change between two occasions cannot move either of them off 16:00.
 */

/** The hour (local) of the weekly nudge and of the quarter's-end nudge. */
export const reminderHour = 16;

const friday = 5;

/** A local date as YYYY-MM-DD. */
export function localDateKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The weekly nudge of the week of `now`'s local date: its Friday at 16:00 local. */
function fridayNudgeOfWeek(now: Date): Date {
  const daysToFriday = friday - now.getDay();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysToFriday, reminderHour);
}

/** The first weekly nudge after `now`: the next Friday at 16:00 local (today's, if still to come). */
export function nextWeeklyNudge(now: Date): Date {
  const thisWeek = fridayNudgeOfWeek(now);
  return thisWeek > now ? thisWeek : new Date(thisWeek.getFullYear(), thisWeek.getMonth(), thisWeek.getDate() + 7, reminderHour);
}

/** The latest weekly nudge at or before `now`. */
export function latestWeeklyNudge(now: Date): Date {
  const thisWeek = fridayNudgeOfWeek(now);
  return thisWeek <= now ? thisWeek : new Date(thisWeek.getFullYear(), thisWeek.getMonth(), thisWeek.getDate() - 7, reminderHour);
}

/** A calendar quarter, e.g. `{ year: 2026, quarter: 1 }`. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The quarter's name as stored and shown: `2026-Q1`. */
export function quarterKey({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** The quarter `date` falls in (local calendar). */
export function quarterOf(date: Date): Quarter {
  return { year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as Quarter['quarter'] };
}

/** The end-of-quarter nudge: the quarter's last day (31 Mar, 30 Jun, 30 Sep, 31 Dec) at 16:00 local. */
export function quarterEnd({ year, quarter }: Quarter): Date {
  // Day 0 of the month after the quarter is the quarter's last day.
  return new Date(year, quarter * 3, 0, reminderHour);
}

/** The quarter before `quarter`. */
function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter['quarter'] };
}

/** The quarter after `quarter`. */
function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter['quarter'] };
}

/** The first quarter-end nudge after `now`. */
export function nextQuarterEnd(now: Date): Date {
  const current = quarterOf(now);
  const end = quarterEnd(current);
  return end > now ? end : quarterEnd(nextQuarter(current));
}

/** The quarter whose end nudge is the latest at or before `now`. */
export function latestEndedQuarter(now: Date): Quarter {
  const current = quarterOf(now);
  return quarterEnd(current) <= now ? current : previousQuarter(current);
}

/**
 * The follow-ups due on `now`'s local date or earlier that have not been reminded of (`isReminded`),
 * oldest first. Dates compare as YYYY-MM-DD text, which orders like the calendar.
 */
export function dueFollowUps(followUps: readonly FollowUpDue[], now: Date, isReminded: (followUp: FollowUpDue) => boolean): FollowUpDue[] {
  const today = localDateKey(now);
  return followUps
    .filter((followUp) => followUp.followUpOn <= today && !isReminded(followUp))
    .sort((first, second) => first.followUpOn.localeCompare(second.followUpOn));
}
