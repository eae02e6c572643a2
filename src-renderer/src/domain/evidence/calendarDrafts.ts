/**
 * Turns a calendar file (.ics) into Inbox drafts: the meetings in a period that are evidence of
 * work. An event becomes a draft when its title or description names such work (a talk, a design
 * review, a postmortem, a 1:1 …) or when the user organised it for others; birthdays, holidays,
 * events the user declined and cancelled ones never do. A repeating 1:1 becomes one draft a month.
 *
 * Every occurrence has a key (`calendar:<UID>:<RECURRENCE-ID>`), and one the Inbox has seen before
 * (drafted, accepted or dismissed) is left out, so importing the same file again offers only what
 * is new. Everything taken from the file is escaped before it goes into a draft's Markdown.
 */
import type ICAL from 'ical.js';
import { inboxLimits } from '../backup/backupRecordSchemas';
import { counted } from '../counted';
import { entryLimits } from '../entries/entrySchema';
import type { EntryKind, EntryLink, EvidenceDraft, ScopeLevelId } from '../types';
import { calendarOccurrences, shortHash, type CalendarOccurrence } from './calendarEvents';
import { clipped, markdownText, oneLine } from './evidenceText';

export { CalendarFormatError } from './calendarEvents';

export interface CalendarDraftOptions {
  /** The file's name, shown as each draft's origin. */
  origin: string;
  /** The period asked for, inclusive local dates YYYY-MM-DD. */
  from: string;
  to: string;
  /** The user's email addresses (may be empty: then organiser and declined checks find nothing). */
  emails: readonly string[];
  /** The user's IANA time zone, e.g. 'Europe/Berlin': timed events fall on the local day there. */
  timeZone: string;
  /** Keys of items drafted before (`calendar:…`), whatever became of them: never drafted again. */
  known: ReadonlySet<string>;
  createdAt: string;
  newId: () => string;
  onProgress?: (fraction: number) => void;
}

interface Topic {
  tag: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  pattern: RegExp;
}

/** A whole word (or number pattern like 1:1), in any case, with an optional plural. */
function word(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_:/.-])(?:${alternatives})(?![\\p{L}\\p{N}_]|[:/.-]\\p{N})`, 'iu');
}

/** The work worth keeping, first named first: a title is searched before the description. */
const topics: readonly Topic[] = [
  { tag: 'talk', kind: 'win', scope: 'department', pattern: word('talks?') },
  { tag: 'presentation', kind: 'win', scope: 'department', pattern: word('presentations?') },
  { tag: 'demo', kind: 'win', scope: 'team', pattern: word('demos?') },
  { tag: 'workshop', kind: 'win', scope: 'department', pattern: word('workshops?') },
  { tag: 'interview', kind: 'win', scope: 'team', pattern: word('interviews?') },
  { tag: 'design-review', kind: 'decision', scope: 'team', pattern: word('design[ -]reviews?') },
  { tag: 'postmortem', kind: 'incident', scope: 'team', pattern: word('post-?mortems?|post mortems?') },
  { tag: 'incident', kind: 'incident', scope: 'team', pattern: word('incidents?') },
  { tag: 'retro', kind: 'reflection', scope: 'team', pattern: word('retros?|retrospectives?') },
  { tag: 'offsite', kind: 'reflection', scope: 'department', pattern: word('off-?sites?') },
  { tag: 'mentoring', kind: 'mentoring', scope: 'team', pattern: word('mentoring|mentorship|mentors?|mentees?') },
  { tag: 'one-to-one', kind: 'mentoring', scope: 'team', pattern: word('1:1s?|1-1s?|1on1s?|one-on-ones?|one-to-ones?') },
];

const oneToOne = 'one-to-one';
const organisedTopic: Topic = { tag: 'meeting', kind: 'win', scope: 'team', pattern: /$^/ };

const specialDay = word('birthdays?|holidays?|bank holiday|public holiday');
/** Google's calendars of contacts' birthdays and of public holidays, by their addresses. */
const googleSpecialCalendar = /#(?:holiday|contacts|birthday)@group\.v\.calendar\.google\.com/i;
const descriptionCharacters = 1_000;

interface Person {
  email: string;
  name: string;
  isUser: boolean;
}

/** What one VEVENT says, read once however many occurrences share it. */
interface EventFacts {
  summary: string;
  description: string;
  location: string;
  url: string | null;
  isCancelled: boolean;
  isDeclined: boolean;
  isSpecialDay: boolean;
  isOrganisedByUser: boolean;
  organiser: Person | null;
  /** People other than rooms and resources, the user included. */
  attendees: Person[];
  topic: Topic | null;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

const wantedProperties = new Set([
  'summary',
  'description',
  'location',
  'url',
  'status',
  'uid',
  'x-apple-special-day',
  'x-microsoft-cdo-alldayevent',
]);

/** A property as ical.js reads it (jCal, RFC 7265): name, parameters, value type, values. */
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

function parameter(property: JCalProperty, name: string): string {
  const value = property[1][name];
  return text(Array.isArray(value) ? value[0] : value).trim();
}

/** A person from an ATTENDEE or ORGANIZER: their CN, else the local part of their address. */
function personOf(property: JCalProperty, emails: ReadonlySet<string>): Person {
  const address = text(property[3]).trim();
  const email = (/^mailto:/i.test(address) ? address.slice(7) : parameter(property, 'email') || address).trim().toLowerCase();
  const commonName = oneLine(parameter(property, 'cn'));
  const local = email.includes('@') ? email.slice(0, email.indexOf('@')) : email;
  const name = commonName !== '' && commonName.toLowerCase() !== email ? commonName : oneLine(local);
  return { email, name, isUser: email !== '' && emails.has(email) };
}

function isPlace(property: JCalProperty, person: Person): boolean {
  const type = parameter(property, 'cutype').toUpperCase();
  return type === 'ROOM' || type === 'RESOURCE' || /@resource\.calendar\.google\.com$/.test(person.email);
}

/** Google's block of joining instructions (`-::~:~::~ … ::-`), the same in every invitation. */
const googleMeetBlock = /-::~[:~]*::-[\s\S]*?(?:-::~[:~]*::-|$)/g;

/** Google marks up descriptions with HTML: its line breaks become lines, its tags go. */
function plainDescription(text: string): string {
  const description = text.replace(googleMeetBlock, '');
  if (!/<[a-z/][^>]*>/i.test(description)) return description;
  return description
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Whether a text could name a topic: a plain search, much faster than the exact patterns with
 * their word boundaries, which then only read the texts that pass.
 */
const anyTopic = /talk|present|demo|workshop|interview|review|mortem|incident|retro|site|mentor|mentee|1:1|1-1|1on1|one-/i;

function topicOf(...texts: string[]): Topic | null {
  for (const value of texts) {
    if (!anyTopic.test(value)) continue;
    const topic = topics.find((candidate) => candidate.pattern.test(value));
    if (topic) return topic;
  }
  return null;
}

function httpLink(value: string): string | null {
  const url = value.trim();
  if (url.length > 2_000 || !/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The first value of each property the drafts need, read in one pass over the event's jCal. */
function factsOf(component: ICAL.Component, calendar: ICAL.Component, emails: ReadonlySet<string>): EventFacts {
  const first = new Map<string, string>();
  const categories: string[] = [];
  let organiserProperty: JCalProperty | null = null;
  const attendeeProperties: JCalProperty[] = [];
  for (const property of component.jCal[1] as JCalProperty[]) {
    const name = property[0];
    if (name === 'attendee') attendeeProperties.push(property);
    else if (name === 'categories') categories.push(...property.slice(3).map(text));
    else if (name === 'organizer') organiserProperty ??= property;
    else if (wantedProperties.has(name) && !first.has(name)) first.set(name, text(property[3]));
  }
  const summary = first.get('summary') ?? '';
  const description = plainDescription(first.get('description') ?? '');
  const organiser = organiserProperty ? personOf(organiserProperty, emails) : null;
  const attendees: Person[] = [];
  let isDeclined = false;
  for (const property of attendeeProperties) {
    const person = personOf(property, emails);
    if (person.isUser && parameter(property, 'partstat').toUpperCase() === 'DECLINED') isDeclined = true;
    if (!isPlace(property, person)) attendees.push(person);
  }
  const calendarName = text(calendar.getFirstPropertyValue('x-wr-calname'));
  const calendarId = text(calendar.getFirstPropertyValue('x-wr-relcalid'));
  const isSpecialDay =
    categories.some((category) => specialDay.test(category)) ||
    specialDay.test(summary) ||
    specialDay.test(calendarName) ||
    googleSpecialCalendar.test(`${organiser?.email ?? ''} ${calendarId} ${first.get('uid') ?? ''}`) ||
    (organiserProperty !== null && specialDay.test(parameter(organiserProperty, 'cn'))) ||
    first.has('x-apple-special-day') ||
    ((first.get('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() === 'TRUE' && categories.some((category) => /holiday/i.test(category)));
  const others = attendees.filter((person) => !person.isUser);
  return {
    summary,
    description,
    location: first.get('location') ?? '',
    url: httpLink(first.get('url') ?? ''),
    isCancelled: (first.get('status') ?? '').trim().toUpperCase() === 'CANCELLED',
    isDeclined,
    isSpecialDay,
    isOrganisedByUser: organiser?.isUser === true && others.length > 0,
    organiser,
    attendees,
    topic: topicOf(summary, description),
  };
}

// --- Words -------------------------------------------------------------------------------------

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dayText(date: string): string {
  const [year = 0, month = 1, dayOfMonth = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(2000, month - 1, dayOfMonth));
  weekday.setUTCFullYear(year);
  return `${weekdayNames[weekday.getUTCDay()]} ${dayOfMonth} ${monthNames[month - 1]?.slice(0, 3)} ${year}`;
}

/** `Mon 3 Mar 2025, 09:00–09:30 (Europe/Berlin)`, `Mon 3 Mar 2025, all day`. */
function whenText(occurrence: CalendarOccurrence, timeZone: string): string {
  const { start, end } = occurrence;
  const zone = occurrence.clock === 'zoned' ? ` (${markdownText(timeZone)})` : '';
  if (start.time === null) {
    return end && end.date !== start.date ? `${dayText(start.date)} – ${dayText(end.date)}, all day` : `${dayText(start.date)}, all day`;
  }
  if (!end) return `${dayText(start.date)}, ${start.time}${zone}`;
  const endText = end.date === start.date ? (end.time ?? '') : `${dayText(end.date)}, ${end.time ?? ''}`;
  return `${dayText(start.date)}, ${start.time}\u2013${endText}${zone}`;
}

function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
}

/** The people a draft names: attendees and organiser, the user left out, each once. */
function peopleOf(facts: readonly EventFacts[]): string[] {
  const people = new Map<string, string>();
  for (const each of facts) {
    for (const person of each.organiser ? [...each.attendees, each.organiser] : each.attendees) {
      const name = clipped(person.name, entryLimits.listItem);
      if (!person.isUser && name !== '' && !people.has(name.toLowerCase())) people.set(name.toLowerCase(), name);
    }
  }
  return [...people.values()].slice(0, entryLimits.listItems);
}

/** Where, who organised it, how many came, and the start of the description, all escaped. */
function detailLines(facts: EventFacts): string[] {
  const lines: string[] = [];
  const location = markdownText(facts.location);
  if (location !== '') lines.push(`- Where: ${location}`);
  if (facts.organiser) lines.push(`- Organiser: ${facts.organiser.isUser ? 'you' : markdownText(facts.organiser.name) || 'unknown'}`);
  if (facts.attendees.length > 0) lines.push(`- Attendees: ${facts.attendees.length}`);
  const description = clipped(facts.description.trim(), descriptionCharacters)
    .split(/\r?\n/)
    .map(markdownText)
    .filter((line) => line !== '');
  // Each line a paragraph of its own: no line can join another to make a heading or a table.
  return description.length > 0 ? [...lines, '', ...description.flatMap((line, index) => (index === 0 ? [line] : ['', line]))] : lines;
}

// --- Drafts ------------------------------------------------------------------------------------

interface Candidate {
  occurrence: CalendarOccurrence;
  facts: EventFacts;
  topic: Topic;
  key: string;
}

/** `calendar:<UID>:<RECURRENCE-ID>`, the UID shortened (a prefix and a hash) if the key would be too long. */
function keyOf(occurrence: CalendarOccurrence): string {
  const key = `calendar:${occurrence.uid}:${occurrence.recurrenceId}`;
  if (key.length <= inboxLimits.itemKey) return key;
  const room = inboxLimits.itemKey - 'calendar:'.length - occurrence.recurrenceId.length - 2 - 16;
  return `calendar:${occurrence.uid.slice(0, Math.max(0, room))}~${shortHash(occurrence.uid)}:${occurrence.recurrenceId}`;
}

const byStart = (a: Candidate, b: Candidate): number => {
  const left = `${a.occurrence.start.date} ${a.occurrence.start.time ?? ''}`;
  const right = `${b.occurrence.start.date} ${b.occurrence.start.time ?? ''}`;
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * The drafts the calendar makes for the user in the period, newest first, and how many event
 * occurrences the period held (cancelled ones not counted). Throws a `CalendarFormatError` when
 * the text is not a calendar, is damaged or would take too long.
 */
export function calendarDrafts(text: string, options: CalendarDraftOptions): { drafts: EvidenceDraft[]; events: number } {
  const emails = new Set(options.emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== ''));
  const origin = clipped(oneLine(options.origin), 1_000) || 'Calendar';
  const occurrences = calendarOccurrences(text, {
    from: options.from,
    to: options.to,
    timeZone: options.timeZone,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const factsByItem = new Map<ICAL.Component, EventFacts>();
  let events = 0;
  const singles: Candidate[] = [];
  const months = new Map<string, Candidate[]>();
  for (const occurrence of occurrences) {
    let facts = factsByItem.get(occurrence.item);
    if (!facts) {
      facts = factsOf(occurrence.item, occurrence.calendar, emails);
      factsByItem.set(occurrence.item, facts);
    }
    if (facts.isCancelled) continue;
    events += 1;
    const key = keyOf(occurrence);
    if (facts.isDeclined || facts.isSpecialDay || options.known.has(key)) continue;
    const topic = facts.topic ?? (facts.isOrganisedByUser ? organisedTopic : null);
    if (!topic) continue;
    const candidate = { occurrence, facts, topic, key };
    if (topic.tag === oneToOne && occurrence.recurring) {
      const month = `${occurrence.uid}\n${occurrence.start.date.slice(0, 7)}`;
      const group = months.get(month) ?? [];
      months.set(month, group);
      group.push(candidate);
    } else {
      singles.push(candidate);
    }
  }

  const spansYears = options.from.slice(0, 4) !== options.to.slice(0, 4);
  const made = (candidates: Candidate[], title: string, body: string): EvidenceDraft => {
    const latest = candidates[candidates.length - 1] as Candidate;
    const links: EntryLink[] = latest.facts.url ? [{ label: 'Event link', url: latest.facts.url }] : [];
    return {
      id: options.newId(),
      source: 'calendar',
      origin,
      occurredOn: latest.occurrence.start.date,
      title: clipped(oneLine(title), entryLimits.title) || 'Untitled event',
      body,
      kind: latest.topic.kind,
      scope: latest.topic.scope,
      people: peopleOf(candidates.map((candidate) => candidate.facts)),
      tags: [latest.topic.tag],
      links,
      itemKeys: candidates.map((candidate) => candidate.key),
      createdAt: options.createdAt,
    };
  };

  const drafts: EvidenceDraft[] = [];
  for (const candidate of singles) {
    const { occurrence, facts, topic } = candidate;
    const people = peopleOf([facts]);
    const title =
      topic.tag === oneToOne
        ? people.length > 0
          ? `One-to-one with ${namesText(people)}`
          : oneLine(facts.summary) || 'One-to-one'
        : oneLine(facts.summary) || 'Untitled event';
    drafts.push(made([candidate], title, [`- When: ${whenText(occurrence, options.timeZone)}`, ...detailLines(facts)].join('\n')));
  }
  for (const group of months.values()) {
    group.sort(byStart);
    // A month of a long series could in theory pass a draft's limit of keys: then it is split.
    for (let first = 0; first < group.length; first += inboxLimits.itemKeys) {
      const part = group.slice(first, first + inboxLimits.itemKeys);
      const latest = part[part.length - 1] as Candidate;
      const people = peopleOf(part.map((candidate) => candidate.facts));
      const month = Number(latest.occurrence.start.date.slice(5, 7));
      const monthText = `${monthNames[month - 1] ?? ''}${spansYears ? ` ${latest.occurrence.start.date.slice(0, 4)}` : ''}`;
      const title = `${counted(part.length, 'one-to-one', 'one-to-ones')}${people.length > 0 ? ` with ${namesText(people)}` : ''} in ${monthText}`;
      const when = part.map((candidate) => `  - ${whenText(candidate.occurrence, options.timeZone)}`);
      drafts.push(made(part, title, ['- When:', ...when, ...detailLines(latest.facts)].join('\n')));
    }
  }
  options.onProgress?.(1);
  return {
    drafts: drafts.sort((a, b) =>
      a.occurredOn !== b.occurredOn ? (a.occurredOn < b.occurredOn ? 1 : -1) : a.title < b.title ? -1 : a.title > b.title ? 1 : 0,
    ),
    events,
  };
}
