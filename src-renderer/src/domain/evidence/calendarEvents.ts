/**
 * The events of an iCalendar file (.ics) that fall in a period, each occurrence of a repeating
 * event on its own, placed on the user's local day. ical.js reads the file and expands the
 * repetitions (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides, VTIMEZONE); this module decides what
 * is looked at, guards against rules that would never end, and turns times into local days with
 * `Intl`, so nothing depends on the machine's own time zone or clock.
 */
import ICAL from 'ical.js';
import { oneLine } from './evidenceText';

/** The file is not a calendar, is damaged, or asks for more work than an import may do. */
export class CalendarFormatError extends Error {
  override readonly name = 'CalendarFormatError';
}

export const calendarLimits = {
  /** Characters of text read at all. */
  characters: 50_000_000,
  /** Occurrences in the period, over all events. */
  occurrences: 200_000,
  /**
   * Steps one repeating event may take that find nothing in the period (candidates a rule tries,
   * occurrences before the period): then it is left, as a rule that can hardly ever be met.
   */
  seriesSteps: 50_000,
  /** Such steps of all repeating events together: then the file is refused. */
  totalSteps: 500_000,
} as const;

/** A day and, unless the event is all day, a time of day (`HH:MM`), both on the user's clock. */
export interface LocalMoment {
  date: string;
  time: string | null;
}

/** One occurrence of an event in the period. */
export interface CalendarOccurrence {
  uid: string;
  /** The occurrence's RECURRENCE-ID as ical.js prints it (its start for a single event). */
  recurrenceId: string;
  /** The VEVENT that describes it: the override for a changed occurrence, else the event. */
  item: ICAL.Component;
  /** Part of a series: a repeating event or one with overrides. */
  recurring: boolean;
  start: LocalMoment;
  /** The last moment (for an all-day event, the last day it covers); null when it ends as it starts. */
  end: LocalMoment | null;
  /** How its times are given: the user's zone, as written (floating), or all day. */
  clock: 'zoned' | 'floating' | 'date';
  /** The calendar (VCALENDAR) it is in. */
  calendar: ICAL.Component;
}

export interface CalendarPeriod {
  /** Inclusive local dates `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** An IANA time zone name. */
  timeZone: string;
  onProgress?: (fraction: number) => void;
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const day = 86_400;

/** The text's problems in plain words, before ical.js is asked to read it. */
function checkedText(text: string): string {
  if (text.length > calendarLimits.characters) {
    throw new CalendarFormatError(
      `This calendar file is too large to import: it has more than ${calendarLimits.characters.toLocaleString('en-US')} characters. Export a shorter period from your calendar app.`,
    );
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new CalendarFormatError('This calendar file is empty.');
  const head = start.slice(0, 4096);
  // A NUL or other control characters beyond tabs and line breaks: an image, an archive, a database.
  if ([...head].some((character) => character < '\t' || (character > '\r' && character < ' '))) {
    throw new CalendarFormatError('This is not a calendar file (.ics): it holds binary data, not text.');
  }
  if (!/^BEGIN:VCALENDAR[ \t]*\r?\n/i.test(start)) {
    let looksLike = 'it does not start with BEGIN:VCALENDAR.';
    if (/^BEGIN:VCARD/i.test(start)) looksLike = 'it is a contact card (vCard), not a calendar.';
    else if (/^[{[]/.test(start)) looksLike = 'it holds JSON, not a calendar.';
    else if (/^</.test(start)) looksLike = 'it is a web page or other markup (HTML, XML), not a calendar.';
    throw new CalendarFormatError(`This is not a calendar file (.ics): ${looksLike}`);
  }
  if (!/END:VCALENDAR\s*$/i.test(start)) {
    throw new CalendarFormatError(
      'This calendar file is incomplete: it does not end with END:VCALENDAR. It may have been cut off while it was downloaded or copied.',
    );
  }
  return start;
}

/** The calendars in the file, read by ical.js. */
function calendarsOf(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(checkedText(text));
  } catch (error) {
    if (error instanceof CalendarFormatError) throw error;
    const detail = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 200);
    throw new CalendarFormatError(`This calendar file is damaged and could not be read${detail === '' ? '.' : `: ${detail}.`}`);
  }
  const components = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[];
  const calendars = components
    .filter((jCal): jCal is unknown[] => Array.isArray(jCal) && jCal[0] === 'vcalendar')
    .map((jCal) => new ICAL.Component(jCal));
  if (calendars.length === 0) throw new CalendarFormatError('This is not a calendar file (.ics): it holds no calendar.');
  return calendars;
}

// Time zone definitions are expanded by ical.js year by year from their start: only the plain
// yearly rules real files use are let through, so a made-up zone cannot make it count seconds.
const zoneRuleParts = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY']);

function withSafeTimeZones(calendar: ICAL.Component): void {
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    for (const observance of zone.getAllSubcomponents()) {
      for (const property of observance.getAllProperties('rrule')) {
        let isSafe = false;
        try {
          const rule = property.getFirstValue();
          if (rule instanceof ICAL.Recur && rule.freq === 'YEARLY') {
            const parts = Object.entries(rule.parts as Record<string, unknown[]>);
            isSafe = parts.every(([name]) => zoneRuleParts.has(name)) && parts.reduce((sum, [, values]) => sum + values.length, 0) <= 14;
          }
        } catch {
          isSafe = false;
        }
        if (!isSafe) observance.removeProperty(property);
      }
    }
    const tzid = zone.getFirstPropertyValue('tzid');
    const timezone = typeof tzid === 'string' ? calendar.getTimeZoneByID(tzid) : null;
    if (timezone) withDailyOffsets(timezone);
  }
}

/**
 * ical.js works out a zone's offset afresh for every time it converts, a search through the
 * zone's changes; a day that starts and ends on one offset has it throughout (zones change at
 * most once a day), so each day is searched twice at most.
 */
function withDailyOffsets(timezone: ICAL.Timezone): void {
  const search = timezone.utcOffset.bind(timezone);
  const days = new Map<number, number | null>();
  timezone.utcOffset = (time: ICAL.Time): number => {
    const { year, month, day: dayOfMonth } = time;
    const key = (year * 16 + month) * 32 + dayOfMonth;
    let offset = days.get(key);
    if (offset === undefined) {
      const first = search(new ICAL.Time({ year, month, day: dayOfMonth, hour: 0, minute: 0, second: 0 }, timezone));
      const last = search(new ICAL.Time({ year, month, day: dayOfMonth, hour: 23, minute: 59, second: 59 }, timezone));
      offset = first === last ? first : null;
      days.set(key, offset);
    }
    return offset ?? search(time);
  };
}

// --- Time zones through Intl -------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The IANA zone a TZID names, if Intl knows it (also behind an old `/mozilla.org/…/` prefix). */
function ianaZone(tzid: string): string | null {
  if (formatterOf(tzid)) return tzid;
  const tail = tzid.split('/').filter((part) => part !== '');
  for (let start = 1; start < tail.length - 1; start += 1) {
    const name = tail.slice(start).join('/');
    if (/^[A-Za-z]/.test(name) && formatterOf(name)) return name;
  }
  return null;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Milliseconds since 1970 of a wall clock read as UTC, for any year (Date.UTC maps 0–99 to 19xx). */
function utcMilliseconds(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

function formattedWallClock(milliseconds: number, timeZone: string): WallClock {
  const formatter = formatterOf(timeZone);
  if (!formatter) throw new Error(`Unknown time zone ${timeZone}`);
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(milliseconds))) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** A zone's offset from UTC (milliseconds) at an instant, asked of Intl. */
function formattedOffset(milliseconds: number, timeZone: string): number {
  const whole = Math.floor(milliseconds / 1000) * 1000;
  return utcMilliseconds(formattedWallClock(whole, timeZone)) - whole;
}

/**
 * Offsets by zone and UTC day: when a day starts and ends on the same offset, every moment of it
 * has that offset (zones change at most once a day), so Intl, slow next to everything else here, is
 * asked twice a day rather than twice an event.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();

function offsetAt(milliseconds: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const dayNumber = Math.floor(milliseconds / (day * 1000));
  let offset = days.get(dayNumber);
  if (offset === undefined) {
    const first = formattedOffset(dayNumber * day * 1000, timeZone);
    offset = first === formattedOffset((dayNumber + 1) * day * 1000 - 1000, timeZone) ? first : null;
    if (days.size > 50_000) days.clear();
    days.set(dayNumber, offset);
  }
  return offset ?? formattedOffset(milliseconds, timeZone);
}

/** The wall clock of a moment in milliseconds read as UTC. */
function utcWallClock(milliseconds: number): WallClock {
  const date = new Date(milliseconds);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

function wallClockAt(milliseconds: number, timeZone: string): WallClock {
  return utcWallClock(milliseconds + offsetAt(milliseconds, timeZone));
}

/** The instant a wall clock in an IANA zone stands for (in a gap, the time an hour on). */
function instantIn(wall: WallClock, timeZone: string): number {
  const asUtc = utcMilliseconds(wall);
  return asUtc - offsetAt(asUtc - offsetAt(asUtc, timeZone), timeZone);
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

function dateOf(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

function momentOf(wall: WallClock, isDate: boolean): LocalMoment {
  return { date: dateOf(wall), time: isDate ? null : `${pad(wall.hour)}:${pad(wall.minute)}` };
}

interface Placed {
  moment: LocalMoment;
  clock: CalendarOccurrence['clock'];
  /** Milliseconds since 1970, for a time that names its zone. */
  instant: number | null;
}

/** Where a time of the file falls on the user's clock. */
function placed(time: ICAL.Time, tzid: string | null, userZone: string): Placed {
  if (time.isDate) return { moment: momentOf(time, true), clock: 'date', instant: null };
  let instant: number | null = null;
  if (time.zone === ICAL.Timezone.utcTimezone || (time.zone && time.zone !== ICAL.Timezone.localTimezone)) {
    instant = time.toUnixTime() * 1000;
  } else if (tzid) {
    const zone = ianaZone(tzid);
    if (zone) instant = instantIn(time, zone);
  }
  if (instant === null) return { moment: momentOf(time, false), clock: 'floating', instant: null };
  return { moment: momentOf(wallClockAt(instant, userZone), false), clock: 'zoned', instant };
}

function tzidOf(component: ICAL.Component, name: string): string | null {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : null;
}

// --- Expansion ---------------------------------------------------------------------------------

class StepLimit extends Error {}

/** Steps that found no occurrence in the period: a rule's candidates, occurrences passed by. */
interface Budget {
  total: number;
  series: number;
}

function step(budget: Budget): void {
  budget.total += 1;
  budget.series += 1;
  if (budget.total > calendarLimits.totalSteps) {
    throw new CalendarFormatError(
      'This calendar’s repeating events take too long to work out: some repeat in ways that hardly ever, or never, happen. Export the calendar again without them, or a shorter period.',
    );
  }
  if (budget.series > calendarLimits.seriesSteps) throw new StepLimit();
}

/** Counts every candidate a rule's iterator tries, so a rule that never matches cannot spin forever. */
function guardRules(component: ICAL.Component, budget: Budget): void {
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue();
    if (!(rule instanceof ICAL.Recur)) continue;
    rule.iterator = (start: ICAL.Time): ICAL.RecurIterator => {
      const iterator = ICAL.Recur.prototype.iterator.call(rule, start);
      const check = iterator.check_contracting_rules.bind(iterator);
      iterator.check_contracting_rules = (): boolean => {
        step(budget);
        return check();
      };
      return iterator;
    };
  }
}

function tooManyEvents(): CalendarFormatError {
  return new CalendarFormatError(
    `This calendar has more than ${calendarLimits.occurrences.toLocaleString('en-US')} events in the period, too many to import at once. Choose a shorter period.`,
  );
}

const secondsPerStep: Partial<Record<string, number>> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3_600, DAILY: day, WEEKLY: 7 * day };

/** The one RRULE of an event and the seconds between its occurrences, if that is fixed. */
function fixedRule(component: ICAL.Component, start: ICAL.Time): { rule: ICAL.Recur; seconds: number } | null {
  const rules = component.getAllProperties('rrule');
  const rule = rules.length === 1 ? rules[0]?.getFirstValue() : null;
  const unit = rule instanceof ICAL.Recur ? secondsPerStep[rule.freq] : undefined;
  if (!(rule instanceof ICAL.Recur) || unit === undefined || start.isDate) return null;
  return { rule, seconds: unit * Math.max(1, rule.interval || 1) };
}

/**
 * A rule with no BY… parts repeats at a fixed pace: how many times it surely falls in the period
 * can be worked out at once, so a rule every second fails now rather than after 200,000 steps.
 * Wall-clock times are read in any zone, 26 hours either way, so only the middle of the period
 * is counted.
 */
function checkPace(component: ICAL.Component, start: ICAL.Time, periodStart: number, periodEnd: number): void {
  const fixed = fixedRule(component, start);
  if (!fixed || Object.keys(fixed.rule.parts).length > 0) return;
  const first = utcMilliseconds(start) / 1000;
  let last = Number.POSITIVE_INFINITY;
  if (fixed.rule.until) last = utcMilliseconds(fixed.rule.until) / 1000 + day;
  if (fixed.rule.count) last = Math.min(last, first + fixed.rule.count * fixed.seconds);
  const from = Math.max(first, periodStart / 1000 + 26 * 3_600);
  const to = Math.min(last, periodEnd / 1000 - 2 * 3_600);
  const excluded = component.getAllProperties('exdate').reduce((sum, property) => sum + property.getValues().length, 0);
  if (to > from && (to - from) / fixed.seconds - excluded > calendarLimits.occurrences) throw tooManyEvents();
}

/**
 * A later start for a rule that keeps its occurrences from the period on: whole intervals of
 * its frequency, so a daily rule from 1970 does not walk 20,000 days to reach this year. Only for
 * one rule without COUNT (counting needs every occurrence) and of a fixed length. The new start
 * is an interval before the window, which begins more than a day before the period, so ical.js's
 * habit of giving the start itself first (even where the rule would not) adds nothing inside it.
 */
function startNear(component: ICAL.Component, start: ICAL.Time, windowStart: number): ICAL.Time {
  const fixed = fixedRule(component, start);
  if (!fixed || fixed.rule.count) return start;
  const intervals = Math.floor((windowStart - utcMilliseconds(start) / 1000) / fixed.seconds) - 1;
  if (intervals < 2) return start;
  const seconds = intervals * fixed.seconds;
  const moved = start.clone();
  moved.adjust(Math.floor(seconds / day), 0, 0, seconds % day);
  return moved;
}

function sequenceOf(component: ICAL.Component): number {
  const value = Number(component.getFirstPropertyValue('sequence'));
  return Number.isFinite(value) ? value : 0;
}

/** The UID, or one made from what the event says when the file left it out. */
function uidOf(component: ICAL.Component): string {
  // Read from the jCal ical.js made ([name, parameters, type, value]): no property objects for
  // thousands of events that may lie outside the period.
  const uid = (component.jCal[1] as unknown[][]).find((property) => property[0] === 'uid')?.[3];
  if (typeof uid === 'string' && uid.trim() !== '') return uid.trim();
  const start = component.getFirstProperty('dtstart')?.toICALString() ?? '';
  const summary = String(component.getFirstPropertyValue('summary') ?? '');
  return `no-uid-${shortHash(`${start}\n${summary}`)}`;
}

/** A short, stable hash (two FNV-1a variants, 16 hex digits). */
export function shortHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

function asTime(value: unknown): ICAL.Time | null {
  if (value instanceof ICAL.Time) return value;
  if (value instanceof ICAL.Period) return value.start;
  return null;
}

interface Series {
  uid: string;
  calendar: ICAL.Component;
  masters: ICAL.Component[];
  exceptions: ICAL.Component[];
}

function seriesOf(calendars: readonly ICAL.Component[]): Series[] {
  const all: Series[] = [];
  for (const calendar of calendars) {
    withSafeTimeZones(calendar);
    const byUid = new Map<string, Series>();
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const uid = uidOf(component);
      let series = byUid.get(uid);
      if (!series) {
        series = { uid, calendar, masters: [], exceptions: [] };
        byUid.set(uid, series);
        all.push(series);
      }
      (component.hasProperty('recurrence-id') ? series.exceptions : series.masters).push(component);
    }
  }
  return all;
}

interface Found {
  item: ICAL.Event;
  recurrenceId: ICAL.Time;
  startDate: ICAL.Time;
  /** Its end, or the seconds it lasts. */
  end: ICAL.Time | number | null;
}

/**
 * Every occurrence whose local start day is in the period, in no particular order. Overrides are
 * found by their RECURRENCE-ID, whichever way they moved; one that moves an occurrence from
 * outside the period into it is found too. An event ical.js cannot make sense of (a date it cannot
 * read, a rule that cannot be met) is left out; the rest of the file still counts.
 */
export function calendarOccurrences(text: string, period: CalendarPeriod): CalendarOccurrence[] {
  const from = localDatePattern.exec(period.from);
  const to = localDatePattern.exec(period.to);
  if (!from || !to || period.from > period.to) throw new Error('The period needs two dates, YYYY-MM-DD, the first not after the last.');
  if (!formatterOf(period.timeZone)) throw new Error(`Unknown time zone: ${period.timeZone}`);

  const calendars = calendarsOf(text);
  period.onProgress?.(0.2);
  const everySeries = seriesOf(calendars);

  // Times are compared as ical.js compares them: zoned ones by their instant, floating ones by
  // their wall clock as if it were UTC. A wall clock read in another zone (a TZID only Intl knows)
  // can be 26 hours off the user's, so the window spares a bit more on each side; the exact test
  // is the local day.
  const periodStart = utcMilliseconds({
    year: Number(from[1]),
    month: Number(from[2]),
    day: Number(from[3]),
    hour: 0,
    minute: 0,
    second: 0,
  });
  const periodEnd =
    utcMilliseconds({ year: Number(to[1]), month: Number(to[2]), day: Number(to[3]), hour: 0, minute: 0, second: 0 }) + day * 1000;
  const windowStart = periodStart / 1000 - 27 * 3_600;
  const windowEnd = periodEnd / 1000 + 27 * 3_600;
  const inWindow = (time: ICAL.Time): boolean => {
    const seconds = time.toUnixTime();
    return seconds >= windowStart && seconds <= windowEnd;
  };

  const occurrences: CalendarOccurrence[] = [];
  const budget: Budget = { total: 0, series: 0 };
  /** Adds the occurrence if it starts in the period; says whether it did. */
  const add = (series: Series, found: Found, recurring: boolean): boolean => {
    const component = found.item.component;
    const start = placed(found.startDate, tzidOf(component, 'dtstart'), period.timeZone);
    if (start.moment.date < period.from || start.moment.date > period.to) return false;
    if (occurrences.length >= calendarLimits.occurrences) throw tooManyEvents();
    occurrences.push({
      uid: series.uid,
      recurrenceId: found.recurrenceId.toString(),
      item: component,
      recurring,
      start: start.moment,
      end: endOf(found, start, component),
      clock: start.clock,
      calendar: series.calendar,
    });
    return true;
  };
  const endOf = (found: Found, start: Placed, component: ICAL.Component): LocalMoment | null => {
    const { end, startDate } = found;
    if (typeof end === 'number') {
      if (end <= 0) return null;
      if (start.clock === 'date') {
        const days = Math.ceil(end / day) - 1;
        return days > 0 ? momentOf(utcWallClock(utcMilliseconds(startDate) + days * day * 1000), true) : null;
      }
      if (start.instant !== null) return momentOf(wallClockAt(start.instant + end * 1000, period.timeZone), false);
      return momentOf(utcWallClock(utcMilliseconds(startDate) + end * 1000), false);
    }
    if (!end || end.compare(startDate) <= 0) return null;
    if (end.isDate) {
      const last = end.clone();
      last.adjust(-1, 0, 0, 0);
      return last.compare(startDate) > 0 ? momentOf(last, true) : null;
    }
    return placed(end, tzidOf(component, component.hasProperty('dtend') ? 'dtend' : 'dtstart'), period.timeZone).moment;
  };

  for (const [index, series] of everySeries.entries()) {
    if (period.onProgress && index % 200 === 0) period.onProgress(0.2 + (0.75 * index) / everySeries.length);
    // The last override of an occurrence wins (the highest SEQUENCE, then the later in the file).
    const overrides = new Map<string, ICAL.Event>();
    for (const component of [...series.exceptions].sort((a, b) => sequenceOf(a) - sequenceOf(b))) {
      try {
        const exception = new ICAL.Event(component, { exceptions: [] });
        overrides.set(exception.recurrenceId.toString(), exception);
      } catch {
        // An override whose RECURRENCE-ID cannot be read changes nothing.
      }
    }
    const exceptions = [...overrides.values()];
    const matched = new Set<ICAL.Event>();
    let examined = false;
    const isRecurring =
      exceptions.length > 0 || series.masters.some((master) => master.hasProperty('rrule') || master.hasProperty('rdate'));

    for (const [position, master] of series.masters.entries()) {
      budget.series = 0;
      try {
        const event = new ICAL.Event(master, { exceptions: position === 0 ? exceptions : [] });
        const start = event.startDate;
        if (!(start instanceof ICAL.Time)) continue;
        if (!master.hasProperty('rrule') && !master.hasProperty('rdate') && (position > 0 || exceptions.length === 0)) {
          if (inWindow(start)) add(series, { item: event, recurrenceId: start, startDate: start, end: event.endDate }, isRecurring);
          continue;
        }
        checkPace(master, start, periodStart, periodEnd);
        guardRules(master, budget);
        const expansion = event.iterator(startNear(master, start, windowStart));
        examined = true;
        // ical.js works the duration out again for every occurrence; without overrides to look
        // up, once is enough.
        const seconds = position === 0 && exceptions.length > 0 ? null : event.duration.toSeconds();
        for (;;) {
          step(budget);
          const next = asTime(expansion.next());
          if (!next) break;
          if (next.toUnixTime() > windowEnd) break;
          if (next.toUnixTime() < windowStart) continue;
          let found: Found = { item: event, recurrenceId: next, startDate: next, end: seconds };
          if (seconds === null) {
            const details = event.getOccurrenceDetails(next);
            if (details.item !== event) matched.add(details.item);
            found = { item: details.item, recurrenceId: next, startDate: details.startDate, end: details.endDate };
          }
          // An occurrence in the period is what the steps were for: they are given back.
          if (add(series, found, isRecurring)) {
            budget.series -= 4;
            budget.total -= 4;
          }
        }
      } catch (error) {
        if (error instanceof CalendarFormatError) throw error;
        // StepLimit, or a rule or date ical.js could not work with: the event ends here.
      }
    }

    // Overrides the rule did not reach: the series began after them, ended before them, or they
    // lie outside the window and may have been moved into the period.
    for (const exception of exceptions) {
      if (matched.has(exception)) continue;
      try {
        if (examined && inWindow(exception.recurrenceId)) continue;
        const start = exception.startDate;
        if (start instanceof ICAL.Time && inWindow(start)) {
          add(series, { item: exception, recurrenceId: exception.recurrenceId, startDate: start, end: exception.endDate }, true);
        }
      } catch (error) {
        if (error instanceof CalendarFormatError) throw error;
      }
    }
  }
  period.onProgress?.(0.95);
  return occurrences;
}
