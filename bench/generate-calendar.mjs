/**
 * A busy year of a software engineer's calendar as an iCalendar file, the way Google Calendar
 * exports one: a VTIMEZONE, CRLF line endings, lines folded at 75 octets, escaped commas. About
 * `events` occurrences fall in `year`: recurring series (daily stand-ups with an endless rule,
 * weekly 1:1s, team meetings, retros, design reviews, a monthly all-hands, with EXDATEs and
 * RECURRENCE-ID overrides that move or cancel an occurrence) and single meetings for the rest.
 *
 * Deterministic: the same arguments give the same text (a seeded generator, no clock).
 */

import { createRandom as random } from '../src-renderer/src/domain/sample/seededRandom.mjs';

const zone = 'Europe/Berlin';

const timeZoneBlock = [
  'BEGIN:VTIMEZONE',
  `TZID:${zone}`,
  `X-LIC-LOCATION:${zone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const people = [
  'Aiko Tanaka',
  'Ben Okafor',
  'Grace Hopper',
  'Linus Berg',
  'Sam Rivera',
  'Mia Schneider',
  'Noah Fischer',
  'Olivia Brown',
  'Ravi Patel',
  'Sofia Rossi',
  'Tomás García',
  'Yuki Sato',
];

const singleTitles = [
  'Tech talk: observability at scale',
  'Sprint demo',
  'Interview – backend engineer',
  'Design review: search indexing',
  'Postmortem: login outage',
  'Roadmap sync',
  'Vendor call',
  'Hiring committee',
  'Customer escalation',
  'Pairing session',
  'Architecture forum',
  'Budget check-in',
  'Incident review',
  'Workshop: writing good RFCs',
  'Coffee chat',
  'Quarterly planning',
];

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const pad = (value) => String(value).padStart(2, '0');

/** Days of the year as UTC dates (no time zone of the machine involved). */
function daysOf(year) {
  const days = [];
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) days.push(new Date(time));
  return days;
}

function dateText(date) {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function localTime(date, hour, minute) {
  return `${dateText(date)}T${pad(hour)}${pad(minute)}00`;
}

function addDays(date, days) {
  return new Date(date.getTime() + days * 86_400_000);
}

function escaped(text) {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

function emailOf(name) {
  return `${name
    .split(' ')[0]
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}@work.example`;
}

/** Lines folded at 75 octets (continuations start with a space), joined with CRLF. */
function folded(lines) {
  const out = [];
  for (const line of lines) {
    let rest = line;
    let limit = 75;
    let prefix = '';
    while (Buffer.byteLength(rest) > limit) {
      let cut = 0;
      let bytes = 0;
      for (const character of rest) {
        const size = Buffer.byteLength(character);
        if (bytes + size > limit) break;
        bytes += size;
        cut += character.length;
      }
      out.push(prefix + rest.slice(0, cut));
      rest = rest.slice(cut);
      prefix = ' ';
      limit = 74;
    }
    out.push(prefix + rest);
  }
  return `${out.join('\r\n')}\r\n`;
}

function attendeeLines(names, email, { declined = false } = {}) {
  const lines = names.map(
    (name) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${name};X-NUM-GUESTS=0:mailto:${emailOf(name)}`,
  );
  lines.push(
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${declined ? 'DECLINED' : 'ACCEPTED'};CN=${email};X-NUM-GUESTS=0:mailto:${email}`,
  );
  return lines;
}

/**
 * @param {{ year?: number, events?: number, email?: string }} [options]
 * @returns {string} the text of an .ics file
 */
export function busyCalendar({ year = 2025, events = 5000, email = 'ada@work.example' } = {}) {
  const next = random(year * 7919 + events);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const days = daysOf(year);
  const workdays = days.filter((day) => day.getUTCDay() >= 1 && day.getUTCDay() <= 5);
  const stamp = `${year}0101T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${email}`,
    `X-WR-TIMEZONE:${zone}`,
    ...timeZoneBlock,
  ];
  let counted = 0;

  /**
   * A weekly or daily series and its overrides. `weekdays` are 0 (Sunday) … 6; it starts on the
   * first such day on or after `from` (possibly in the year before) and, unless `until`, never ends.
   */
  const series = ({ uid, title, weekdays, interval = 1, from, until = null, hour, minute = 0, length, names, organiser, description }) => {
    const rule =
      weekdays.length === 5 && interval === 1
        ? 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'
        : `FREQ=WEEKLY;WKST=MO${interval > 1 ? `;INTERVAL=${interval}` : ''}${until ? `;UNTIL=${dateText(until)}T235959Z` : ''};BYDAY=${weekdays.map((day) => weekdayCodes[day]).join(',')}`;
    let first = from;
    while (!weekdays.includes(first.getUTCDay())) first = addDays(first, 1);
    const inYear = days.filter((day) => {
      if (day < first || (until && day > until) || !weekdays.includes(day.getUTCDay())) return false;
      const week = Math.floor((day.getTime() - first.getTime()) / (7 * 86_400_000));
      return week % interval === 0 || weekdays.length > 1;
    });
    // Some occurrences dropped (EXDATE), some cancelled, some moved an hour later; never the first
    // or last few, so a moved one stays in the year.
    const exdates = [];
    const cancelled = [];
    const moved = [];
    for (const day of inYear.slice(3, -3)) {
      const roll = next();
      if (roll < 0.03) exdates.push(day);
      else if (roll < 0.045) cancelled.push(day);
      else if (roll < 0.08) moved.push(day);
    }
    counted += inYear.length - exdates.length - cancelled.length;
    const endHour = hour + Math.floor((minute + length) / 60);
    const endMinute = (minute + length) % 60;
    const common = [
      `ORGANIZER;CN=${organiser === email ? email : organiser}:mailto:${organiser === email ? email : emailOf(organiser)}`,
      `UID:${uid}`,
      ...attendeeLines(names, email),
      `SUMMARY:${escaped(title)}`,
    ];
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=${zone}:${localTime(first, hour, minute)}`,
      `DTEND;TZID=${zone}:${localTime(first, endHour, endMinute)}`,
      `RRULE:${rule}`,
      ...(exdates.length > 0 ? [`EXDATE;TZID=${zone}:${exdates.map((day) => localTime(day, hour, minute)).join(',')}`] : []),
      `DTSTAMP:${stamp}`,
      ...common,
      `DESCRIPTION:${escaped(description)}`,
      'SEQUENCE:0',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
    for (const day of [...cancelled, ...moved]) {
      const isCancelled = cancelled.includes(day);
      lines.push(
        'BEGIN:VEVENT',
        `DTSTART;TZID=${zone}:${localTime(day, hour + (isCancelled ? 0 : 1), minute)}`,
        `DTEND;TZID=${zone}:${localTime(day, endHour + (isCancelled ? 0 : 1), endMinute)}`,
        `DTSTAMP:${stamp}`,
        `RECURRENCE-ID;TZID=${zone}:${localTime(day, hour, minute)}`,
        ...common,
        'SEQUENCE:1',
        `STATUS:${isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
        'END:VEVENT',
      );
    }
  };

  const lastYear = new Date(Date.UTC(year - 1, 0, 4));
  // Most of a busy calendar repeats: two teams' stand-ups, a 1:1 with everyone close, team meetings.
  for (const [index, team] of ['Platform', 'Payments'].entries()) {
    series({
      uid: `standup-${index}-${year}@google.com`,
      title: `${team} daily stand-up`,
      weekdays: [1, 2, 3, 4, 5],
      from: lastYear,
      hour: 9 + index,
      minute: 30,
      length: 15,
      names: people.slice(index * 6, index * 6 + 6),
      organiser: index === 0 ? email : people[6],
      description: 'What did you do, what will you do, what blocks you.',
    });
  }
  for (const [index, name] of people.entries()) {
    series({
      uid: `one-to-one-${index}-${year}@google.com`,
      title: `${name.split(' ')[0]} / ${email.split('@')[0]} 1:1`,
      weekdays: [1 + (index % 5)],
      from: index < 10 ? lastYear : new Date(Date.UTC(year, index - 8, 1)),
      until: index === 3 ? new Date(Date.UTC(year, 8, 30)) : null,
      hour: 11 + (index % 5),
      length: 30,
      names: [name],
      organiser: index % 2 === 0 ? email : name,
      description: 'Weekly 1:1. Agenda: https://docs.example/one-to-one',
    });
  }
  const meetings = [
    'Platform team sync',
    'Backend guild',
    'Ops review',
    'Product triage',
    'Security office hours',
    'Data council',
    'Hiring sync',
    'Frontend guild',
    'API council',
    'Tech leads',
  ];
  for (const [index, title] of meetings.entries()) {
    series({
      uid: `team-${index}-${year}@google.com`,
      title,
      weekdays: [1 + ((index * 2) % 5)],
      from: lastYear,
      hour: 14 + (index % 4),
      length: 60,
      names: people.slice(index % 7, (index % 7) + 5),
      organiser: people[index],
      description: `${title}: agenda in the team space, notes, action items, owners, due dates.`,
    });
  }
  for (const [index, team] of ['Platform', 'Payments'].entries()) {
    series({
      uid: `retro-${index}-${year}@google.com`,
      title: `${team} sprint retro`,
      weekdays: [5],
      interval: 2,
      from: new Date(Date.UTC(year - 1, 0, 4 + index * 7)),
      hour: 15 + index,
      length: 60,
      names: people.slice(index * 6, index * 6 + 6),
      organiser: people[2],
      description: 'What went well, what did not, what we try next.',
    });
  }
  for (const [index, title] of ['Architecture design review', 'Incident review'].entries()) {
    series({
      uid: `review-${index}-${year}@google.com`,
      title,
      weekdays: [4 - index],
      from: lastYear,
      hour: 9,
      length: 60,
      names: people.slice(2, 9),
      organiser: people[2 + index],
      description: 'Bring one proposal, one risk, one open question.',
    });
  }
  // A monthly all-hands on the first Thursday.
  lines.push(
    'BEGIN:VEVENT',
    `DTSTART;TZID=${zone}:${year - 1}0102T170000`,
    `DTEND;TZID=${zone}:${year - 1}0102T180000`,
    'RRULE:FREQ=MONTHLY;BYDAY=1TH',
    `DTSTAMP:${stamp}`,
    `UID:all-hands-${year}@google.com`,
    'ORGANIZER;CN=Company:mailto:company@work.example',
    `SUMMARY:All-hands`,
    'END:VEVENT',
  );
  counted += 12;

  const singles = Math.max(0, events - counted);
  for (let index = 0; index < singles; index += 1) {
    const day = pick(workdays);
    const title = pick(singleTitles);
    const hour = 8 + Math.floor(next() * 10);
    const minute = next() < 0.5 ? 0 : 30;
    const names = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(people));
    const isMine = next() < 0.15;
    const declined = !isMine && next() < 0.05;
    const isAllDay = next() < 0.03;
    const isUtc = next() < 0.2;
    const start = isAllDay
      ? `DTSTART;VALUE=DATE:${dateText(day)}`
      : isUtc
        ? `DTSTART:${localTime(day, hour - 1, minute)}Z`
        : `DTSTART;TZID=${zone}:${localTime(day, hour, minute)}`;
    const end = isAllDay
      ? `DTEND;VALUE=DATE:${dateText(addDays(day, 1))}`
      : isUtc
        ? `DTEND:${localTime(day, hour, minute)}Z`
        : `DTEND;TZID=${zone}:${localTime(day, hour + 1, minute)}`;
    lines.push(
      'BEGIN:VEVENT',
      start,
      end,
      `DTSTAMP:${stamp}`,
      `ORGANIZER;CN=${isMine ? email : names[0]}:mailto:${isMine ? email : emailOf(names[0])}`,
      `UID:single-${index}-${year}@google.com`,
      ...attendeeLines([...new Set(names)], email, { declined }),
      `DESCRIPTION:${escaped(`${title}, notes: https://docs.example/${index}. Dial-in, agenda and the pre-read are in the invite.`)}`,
      `LOCATION:${escaped(pick(['Berlin-3-Kiez (4)', 'Room 4.01, Building B', 'Google Meet', '']))}`,
      'SEQUENCE:0',
      'STATUS:CONFIRMED',
      `SUMMARY:${escaped(title)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return folded(lines);
}
