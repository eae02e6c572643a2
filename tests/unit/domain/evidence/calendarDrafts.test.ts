import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../../../../src-renderer/src/components/MarkdownView';
import {
  CalendarFormatError,
  calendarDrafts,
  type CalendarDraftOptions,
} from '../../../../src-renderer/src/domain/evidence/calendarDrafts';
import type { EvidenceDraft } from '../../../../src-renderer/src/domain/types';
import apple from '../../../fixtures/calendar/apple.ics?raw';
import endlessDaily from '../../../fixtures/calendar/endless-daily.ics?raw';
import google from '../../../fixtures/calendar/google.ics?raw';
import outlook from '../../../fixtures/calendar/outlook.ics?raw';

const fixtures = { google, outlook, apple, 'endless-daily': endlessDaily };

function fixture(name: keyof typeof fixtures): string {
  return fixtures[name];
}

function draftsOf(text: string, options: Partial<CalendarDraftOptions> = {}) {
  let count = 0;
  return calendarDrafts(text, {
    origin: 'work.ics',
    from: '2025-03-01',
    to: '2025-03-31',
    emails: ['ada@work.example'],
    timeZone: 'Europe/Berlin',
    known: new Set(),
    createdAt: '2026-11-18T10:00:00.000Z',
    newId: () => `draft-${(count += 1)}`,
    ...options,
  });
}

/** A calendar of the given events (each a list of content lines), with CRLF line endings. */
function calendar(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Test//EN',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let uid = 0;

/** An event on 3 March 2025, 10:00–11:00 UTC, organised by Grace with Ada and Aiko invited. */
function event(...lines: string[]): string[] {
  uid += 1;
  const given = new Set(lines.map((line) => line.split(/[;:]/, 1)[0]));
  return [
    ...(given.has('UID') ? [] : [`UID:event-${uid}@test`]),
    ...(given.has('DTSTART') ? [] : ['DTSTART:20250303T100000Z', 'DTEND:20250303T110000Z']),
    ...(given.has('ORGANIZER') ? [] : ['ORGANIZER;CN=Grace Hopper:mailto:grace@work.example']),
    ...(given.has('ATTENDEE')
      ? []
      : [
          'ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@work.example',
          'ATTENDEE;CN=Aiko Tanaka;PARTSTAT=ACCEPTED:mailto:aiko@work.example',
        ]),
    ...lines,
  ];
}

const titles = (drafts: readonly EvidenceDraft[]) => drafts.map((draft) => draft.title);
const byTitle = (drafts: readonly EvidenceDraft[], title: string) => drafts.filter((draft) => draft.title === title);
const aiko = 'calendar:1on1-aiko-7kq2m9d0g3c1b@google.com:';
const designReview = 'calendar:5r0m1d2u8o7v3e6c9k4s1p0q2t@google.com:';

function marchDays(): string[] {
  return Array.from({ length: 31 }, (_, index) => `2025-03-${String(index + 1).padStart(2, '0')}`);
}

describe('calendarDrafts: reading the file', () => {
  it('reads a Google export: folded lines, escaped commas, VTIMEZONEs, overrides', () => {
    const { drafts, events } = draftsOf(fixture('google'));
    // 3 one-to-ones, 4 design reviews, 3 retros, the incident, the declined demo, the API sync,
    // the dentist and the offsite; the cancelled 1:1 is no event.
    expect(events).toBe(15);
    expect(drafts).toHaveLength(11);
    const review = byTitle(drafts, 'Architecture design review')[0];
    expect(review?.body).toContain('Bring one proposal, one risk, one open question.');
    expect(review).toMatchObject({ source: 'calendar', origin: 'work.ics', createdAt: '2026-11-18T10:00:00.000Z' });
    expect(drafts.map((draft) => draft.id).sort()).toEqual(Array.from({ length: 11 }, (_, index) => `draft-${index + 1}`).sort());
  });

  it('reads the same with LF line endings and a byte order mark', () => {
    const crlf = draftsOf(fixture('google'));
    const lf = draftsOf(`\uFEFF${fixture('google').replace(/\r\n/g, '\n')}`);
    expect(lf).toEqual(crlf);
  });

  it('returns nothing, and no error, for a period without events', () => {
    expect(draftsOf(fixture('google'), { from: '2018-01-01', to: '2018-12-31' })).toEqual({ drafts: [], events: 0 });
    expect(draftsOf(calendar())).toEqual({ drafts: [], events: 0 });
  });

  it.each([
    ['plain text', 'Meeting notes\nTalk on Friday', /not a calendar file \(\.ics\): it does not start with BEGIN:VCALENDAR/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n', /contact card \(vCard\)/],
    ['JSON', '{"events": [{"title": "Talk"}]}', /JSON/],
    ['HTML', '<!DOCTYPE html><html><body>BEGIN:VCALENDAR</body></html>', /web page/],
    ['binary', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /binary data/],
    ['an empty file', '  \r\n', /empty/],
    ['a truncated file', fixture('google').slice(0, 4000), /incomplete: it does not end with END:VCALENDAR/],
    ['a damaged file', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis line is no property\r\nEND:VCALENDAR\r\n', /damaged and could not be read/],
    ['an event that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n', /damaged/],
  ])('refuses %s in plain words', (_, text, message) => {
    let error: unknown;
    try {
      draftsOf(text);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CalendarFormatError);
    expect((error as Error).name).toBe('CalendarFormatError');
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a file over 50,000,000 characters before reading it', () => {
    const huge = `BEGIN:VCALENDAR\r\n${' '.repeat(50_000_000)}END:VCALENDAR\r\n`;
    expect(() => draftsOf(huge)).toThrow(/too large to import: it has more than 50,000,000 characters/);
  });
});

describe('calendarDrafts: repeating events', () => {
  it('expands an endless daily rule to exactly the days of the period', () => {
    const { drafts, events } = draftsOf(fixture('endless-daily'));
    expect(events).toBe(31);
    expect(drafts.map((draft) => draft.occurredOn)).toEqual(marchDays().reverse());
    expect(drafts.flatMap((draft) => draft.itemKeys)).toEqual(
      marchDays()
        .reverse()
        .map((date) => `calendar:standup-0a1b2c3d4e5f@google.com:${date}T09:15:00Z`),
    );
  });

  it('places the days of an endless rule in the user’s zone, even across the period’s edges', () => {
    // 09:15 UTC is 22:15 the day before in Pago Pago: 1 March there is 2 March in UTC.
    const { drafts, events } = draftsOf(fixture('endless-daily'), { timeZone: 'Pacific/Pago_Pago' });
    expect(events).toBe(31);
    expect(drafts.map((draft) => draft.occurredOn).sort()).toEqual(marchDays());
    expect(drafts.flatMap((draft) => draft.itemKeys).sort()).toEqual([
      ...marchDays()
        .slice(1)
        .map((date) => `calendar:standup-0a1b2c3d4e5f@google.com:${date}T09:15:00Z`),
      'calendar:standup-0a1b2c3d4e5f@google.com:2025-04-01T09:15:00Z',
    ]);
  });

  it('reaches a period decades after the rule began, leap day included, at once', () => {
    const started = performance.now();
    const { events, drafts } = draftsOf(fixture('endless-daily'), { from: '2096-02-01', to: '2096-02-29' });
    expect(events).toBe(29);
    expect(drafts[0]?.itemKeys).toEqual(['calendar:standup-0a1b2c3d4e5f@google.com:2096-02-29T09:15:00Z']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('honours EXDATE, RDATE and overrides that move an occurrence in, out, or cancel it', () => {
    const march = draftsOf(fixture('google')).drafts;
    const [oneToOnes] = byTitle(march, '3 one-to-ones with Aiko Tanaka in March');
    // 3 Mar as planned; 24 Feb moved to 4 Mar; 10 Mar cancelled; 17 Mar excluded; 24 Mar; 31 Mar moved to April.
    expect(oneToOnes?.itemKeys).toEqual([`${aiko}2025-03-03T10:00:00`, `${aiko}2025-02-24T10:00:00`, `${aiko}2025-03-24T10:00:00`]);
    expect(oneToOnes?.body).toContain('Tue 4 Mar 2025, 16:00–16:30 (Europe/Berlin)');
    expect(oneToOnes?.occurredOn).toBe('2025-03-24');
    // The retro every other Friday (7 and 21 March) and one more on Wednesday 19 March (RDATE).
    expect(byTitle(march, 'Sprint retro').map((draft) => draft.occurredOn)).toEqual(['2025-03-21', '2025-03-19', '2025-03-07']);

    const april = draftsOf(fixture('google'), { from: '2025-04-01', to: '2025-04-30' }).drafts;
    const [aprilOneToOnes] = byTitle(april, '5 one-to-ones with Aiko Tanaka in April');
    expect(aprilOneToOnes?.itemKeys[0]).toBe(`${aiko}2025-03-31T10:00:00`);
    expect(aprilOneToOnes?.body).toContain('Tue 1 Apr 2025, 10:00–10:30');
  });

  it('finds an override moved into a period its series does not reach', () => {
    // The series ended in February; its last occurrence was moved to 5 March.
    const text = calendar(
      event('UID:series@test', 'DTSTART:20250106T090000Z', 'RRULE:FREQ=WEEKLY;COUNT=6', 'SUMMARY:Demo prep'),
      event('UID:series@test', 'RECURRENCE-ID:20250210T090000Z', 'DTSTART:20250305T090000Z', 'SUMMARY:Demo prep (moved)'),
    );
    const { drafts, events } = draftsOf(text);
    expect(events).toBe(1);
    expect(drafts).toMatchObject([
      { title: 'Demo prep (moved)', occurredOn: '2025-03-05', itemKeys: ['calendar:series@test:2025-02-10T09:00:00Z'] },
    ]);
  });

  it('keeps a weekly 09:00 Berlin meeting at 09:00 across the change to summer time', () => {
    const period = { from: '2025-03-24', to: '2025-04-06' };
    const berlin = byTitle(draftsOf(fixture('google'), period).drafts, 'Architecture design review');
    expect(berlin.map((draft) => [draft.occurredOn, draft.itemKeys])).toEqual([
      ['2025-04-03', [`${designReview}2025-04-03T09:00:00`]],
      ['2025-03-27', [`${designReview}2025-03-27T09:00:00`]],
    ]);
    expect(berlin.map((draft) => draft.body.split('\n')[0])).toEqual([
      '- When: Thu 3 Apr 2025, 09:00–10:00 (Europe/Berlin)',
      '- When: Thu 27 Mar 2025, 09:00–10:00 (Europe/Berlin)',
    ]);
    // In UTC the same meeting moves an hour earlier.
    const utc = byTitle(draftsOf(fixture('google'), { ...period, timeZone: 'UTC' }).drafts, 'Architecture design review');
    expect(utc.map((draft) => draft.body.split('\n')[0])).toEqual([
      '- When: Thu 3 Apr 2025, 07:00–08:00 (UTC)',
      '- When: Thu 27 Mar 2025, 08:00–09:00 (UTC)',
    ]);
  });
});

describe('calendarDrafts: time zones', () => {
  it.each([
    ['Europe/Berlin', '2025-03-15', 'Sat 15 Mar 2025, 04:30–05:30'],
    ['America/New_York', '2025-03-14', 'Fri 14 Mar 2025, 23:30–Sat 15 Mar 2025, 00:30'],
    ['Asia/Kolkata', '2025-03-15', 'Sat 15 Mar 2025, 09:00–10:00'],
  ])('puts a 23:30 New York event on its local day for a user in %s', (timeZone, day, when) => {
    const [incident] = byTitle(draftsOf(fixture('google'), { timeZone }).drafts, 'Incident bridge: checkout errors');
    expect(incident?.occurredOn).toBe(day);
    expect(incident?.body).toContain(when);
    expect(incident?.itemKeys).toEqual(['calendar:0q8w7e6r5t4y3u2i1o0p9l8k7j@google.com:2025-03-14T23:30:00']);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/New_York'])(
    'keeps an all-day event on its date for a user in %s',
    (timeZone) => {
      const [talk] = byTitle(draftsOf(fixture('apple'), { timeZone }).drafts, 'Conference talk: Scaling journals');
      expect(talk).toMatchObject({ occurredOn: '2025-03-12', itemKeys: ['calendar:8E7F3A1C-5B2D-4C6E-9F0A-1B2C3D4E5F60:2025-03-12'] });
      expect(talk?.body.split('\n')[0]).toBe('- When: Wed 12 Mar 2025, all day');
      const [offsite] = byTitle(draftsOf(fixture('google'), { timeZone }).drafts, 'Platform team offsite');
      expect(offsite?.occurredOn).toBe('2025-03-20');
      expect(offsite?.body.split('\n')[0]).toBe('- When: Thu 20 Mar 2025 – Fri 21 Mar 2025, all day');
    },
  );

  it('takes a floating time as written, in any zone', () => {
    const [interview] = byTitle(draftsOf(fixture('apple'), { timeZone: 'Asia/Kolkata' }).drafts, 'Interview – backend candidate');
    expect(interview?.occurredOn).toBe('2025-03-26');
    expect(interview?.body.split('\n')[0]).toBe('- When: Wed 26 Mar 2025, 11:30–12:30');
  });

  it('reads a Windows zone name through its VTIMEZONE (Outlook)', () => {
    const [workshop] = byTitle(draftsOf(fixture('outlook'), { timeZone: 'America/New_York' }).drafts, 'Testing Workshop');
    expect(workshop?.body.split('\n')[0]).toBe('- When: Thu 13 Mar 2025, 08:00–12:00 (America/New\\_York)');
  });

  it('asks Intl for an IANA zone the file names without a VTIMEZONE', () => {
    const text = calendar(
      event('DTSTART;TZID=America/Los_Angeles:20250310T170000', 'DTEND;TZID=America/Los_Angeles:20250310T180000', 'SUMMARY:Tech talk'),
      event('DTSTART;TZID=/mozilla.org/20050126_1/Asia/Tokyo:20250312T080000', 'DURATION:PT30M', 'SUMMARY:Demo'),
      event('DTSTART;TZID=Mars/Olympus_Mons:20250314T080000', 'DURATION:PT30M', 'SUMMARY:Workshop'),
    );
    const drafts = draftsOf(text).drafts;
    expect(drafts.map((draft) => [draft.title, draft.occurredOn, draft.body.split('\n')[0]])).toEqual([
      // A zone nobody knows: the time as written.
      ['Workshop', '2025-03-14', '- When: Fri 14 Mar 2025, 08:00–08:30'],
      ['Demo', '2025-03-12', '- When: Wed 12 Mar 2025, 00:00–00:30 (Europe/Berlin)'],
      ['Tech talk', '2025-03-11', '- When: Tue 11 Mar 2025, 01:00–02:00 (Europe/Berlin)'],
    ]);
  });

  it('does not depend on the clock', () => {
    const before = draftsOf(fixture('google'));
    vi.setSystemTime(new Date('2031-06-01T12:00:00Z'));
    expect(draftsOf(fixture('google'))).toEqual(before);
  });
});

describe('calendarDrafts: which events become drafts', () => {
  it('skips declined, birthdays, holidays and cancelled events, but counts all but the cancelled', () => {
    const march = draftsOf(fixture('google')).drafts;
    expect(titles(march)).not.toContain('Quarterly planning demo');
    expect(titles(march)).not.toContain('Dentist');

    const apple = draftsOf(fixture('apple'));
    expect(apple.events).toBe(5);
    expect(titles(apple.drafts).sort()).toEqual([
      'Conference talk: Scaling journals',
      'Interview – backend candidate',
      'Mentoring session',
    ]);

    const outlook = draftsOf(fixture('outlook'));
    expect(outlook.events).toBe(6);
    expect(titles(outlook.drafts)).not.toContain('Canceled: Tech talk: Rust in the build');

    const april = { from: '2025-04-01', to: '2025-04-30' };
    expect(titles(draftsOf(fixture('google'), april).drafts)).not.toContain('Karfreitag');
    expect(titles(draftsOf(fixture('outlook'), april).drafts)).not.toContain('Easter Monday');

    const special = calendar(
      event('SUMMARY:Team talk', 'CATEGORIES:Work,Birthdays'),
      event('SUMMARY:Demo', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'CATEGORIES:Holiday'),
      event('SUMMARY:Public Holiday: workshop closed'),
      event('SUMMARY:Ada’s birthday talk'),
      event('SUMMARY:Talk', 'ORGANIZER;CN=Birthdays:mailto:addressbook#contacts@group.v.calendar.google.com'),
    );
    expect(draftsOf(special)).toEqual({ drafts: [], events: 5 });
  });

  it('keeps meetings the user organised for others, without a keyword', () => {
    const [sync] = byTitle(draftsOf(fixture('google')).drafts, 'API versioning sync');
    expect(sync).toMatchObject({ kind: 'win', scope: 'team', tags: ['meeting'], people: ['Grace Hopper', 'linus.berg'] });
    expect(sync?.body).toContain('- Organiser: you');

    const text = calendar(
      event('SUMMARY:Planning', 'ORGANIZER:mailto:ADA@work.example'),
      event('SUMMARY:Focus time', 'ORGANIZER:mailto:ada@work.example', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@work.example'),
    );
    expect(titles(draftsOf(text).drafts)).toEqual(['Planning']);
    expect(draftsOf(text, { emails: [] }).drafts).toEqual([]);
  });

  it.each([
    ['Tech TALK: caching', 'talk', 'win', 'department'],
    ['Quarterly presentation', 'presentation', 'win', 'department'],
    ['Demo day', 'demo', 'win', 'team'],
    ['Workshops: RFCs', 'workshop', 'win', 'department'],
    ['Interview – backend', 'interview', 'win', 'team'],
    ['Design-review: search', 'design-review', 'decision', 'team'],
    ['Post-mortem: outage', 'postmortem', 'incident', 'team'],
    ['postmortem', 'postmortem', 'incident', 'team'],
    ['Incident bridge', 'incident', 'incident', 'team'],
    ['Team retrospective', 'retro', 'reflection', 'team'],
    ['Leadership off-site', 'offsite', 'reflection', 'department'],
    ['Mentee check-in', 'mentoring', 'mentoring', 'team'],
    ['Mentor sync', 'mentoring', 'mentoring', 'team'],
    ['1-1 Ada/Aiko', 'one-to-one', 'mentoring', 'team'],
    ['1on1', 'one-to-one', 'mentoring', 'team'],
    ['One-on-one', 'one-to-one', 'mentoring', 'team'],
  ])('drafts “%s” as %s', (summary, tag, kind, scope) => {
    const [draft] = draftsOf(calendar(event(`SUMMARY:${summary}`))).drafts;
    expect(draft).toMatchObject({ tags: [tag], kind, scope });
  });

  it('matches whole words only', () => {
    const summaries = [
      'Talkative lunch',
      'Democracy reading group',
      'Retrofit planning',
      'Sync at 11:15',
      'Release 2.1-1',
      'Presentational',
    ];
    expect(draftsOf(calendar(...summaries.map((summary) => event(`SUMMARY:${summary}`)))).drafts).toEqual([]);
  });

  it('reads the description when the title names nothing, and calls an empty title “Untitled event”', () => {
    const text = calendar(
      event('SUMMARY:Sync with Grace', 'DESCRIPTION:We will demo the prototype.'),
      event('DESCRIPTION:Notes for the team retro'),
    );
    expect(draftsOf(text).drafts.map((draft) => [draft.title, draft.tags[0]])).toEqual([
      ['Sync with Grace', 'demo'],
      ['Untitled event', 'retro'],
    ]);
  });
});

describe('calendarDrafts: one-to-ones', () => {
  it('makes one draft a month of a repeating 1:1, with its people', () => {
    const [google] = byTitle(draftsOf(fixture('google')).drafts, '3 one-to-ones with Aiko Tanaka in March');
    // The user and the room are no people of it.
    expect(google).toMatchObject({ kind: 'mentoring', scope: 'team', tags: ['one-to-one'], people: ['Aiko Tanaka'] });
    expect(google?.body).toContain('- Where: Berlin-3-Kiez (4)');
    // Google's joining instructions are left out.
    expect(google?.body).not.toContain('Join with Google Meet');

    const [outlook] = byTitle(draftsOf(fixture('outlook')).drafts, '4 one-to-ones with Ben Okafor in March');
    expect(outlook?.itemKeys).toHaveLength(4);
    expect(outlook?.people).toEqual(['Ben Okafor']);

    const [single] = draftsOf(fixture('google'), { from: '2025-03-20', to: '2025-03-25' }).drafts.filter((draft) =>
      draft.tags.includes('one-to-one'),
    );
    expect(single?.title).toBe('1 one-to-one with Aiko Tanaka in March');
  });

  it('names the year of each month when the period spans two years', () => {
    const text = calendar(event('UID:weekly@test', 'DTSTART:20241202T100000Z', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Aiko 1:1'));
    expect(titles(draftsOf(text, { from: '2024-12-15', to: '2025-01-10' }).drafts)).toEqual([
      '1 one-to-one with Aiko Tanaka and Grace Hopper in January 2025',
      '3 one-to-ones with Aiko Tanaka and Grace Hopper in December 2024',
    ]);
  });

  it('calls a single 1:1 “One-to-one with …”, by the attendee’s name or address', () => {
    const text = calendar(
      event(
        'SUMMARY:1:1',
        'ORGANIZER:mailto:ada@work.example',
        'ATTENDEE:mailto:ada@work.example',
        'ATTENDEE:mailto:ben.okafor@work.example',
      ),
    );
    expect(draftsOf(text).drafts).toMatchObject([{ title: 'One-to-one with ben.okafor', people: ['ben.okafor'] }]);
  });
});

describe('calendarDrafts: keys, fields and order', () => {
  it('leaves out occurrences drafted before, and a month with nothing new', () => {
    const known = new Set([`${aiko}2025-03-03T10:00:00`, `${aiko}2025-02-24T10:00:00`]);
    const result = draftsOf(fixture('google'), { known });
    expect(result.events).toBe(15);
    expect(byTitle(result.drafts, '1 one-to-one with Aiko Tanaka in March')[0]?.itemKeys).toEqual([`${aiko}2025-03-24T10:00:00`]);

    const everything = new Set(draftsOf(fixture('google')).drafts.flatMap((draft) => draft.itemKeys));
    expect(draftsOf(fixture('google'), { known: everything }).drafts).toEqual([]);
  });

  it('shortens a very long UID the same way every time, keeping keys apart', () => {
    const long = 'x'.repeat(1_500);
    const text = calendar(event(`UID:${long}a`, 'SUMMARY:Demo'), event(`UID:${long}b`, 'SUMMARY:Demo'));
    const keys = draftsOf(text).drafts.flatMap((draft) => draft.itemKeys);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) {
      expect(key.length).toBeLessThanOrEqual(1_000);
      expect(key).toMatch(/^calendar:x+~[0-9a-f]{16}:2025-03-03T10:00:00Z$/);
    }
    expect(draftsOf(text).drafts.flatMap((draft) => draft.itemKeys)).toEqual(keys);
  });

  it('sorts newest first, then by title', () => {
    const { drafts } = draftsOf(fixture('google'));
    const sorted = [...drafts].sort((a, b) =>
      a.occurredOn !== b.occurredOn ? b.occurredOn.localeCompare(a.occurredOn) : a.title < b.title ? -1 : 1,
    );
    expect(drafts).toEqual(sorted);
    expect(drafts.slice(3, 5).map((draft) => [draft.occurredOn, draft.title])).toEqual([
      ['2025-03-20', 'Architecture design review'],
      ['2025-03-20', 'Platform team offsite'],
    ]);
  });

  it('keeps titles on one line and within the limit, and people within theirs', () => {
    const attendees = Array.from({ length: 150 }, (_, index) => `ATTENDEE;CN=Person ${index}:mailto:person${index}@work.example`);
    const text = calendar(
      event(`SUMMARY:Tech talk ${'a'.repeat(400)}`, `ATTENDEE;CN=${'N'.repeat(300)}:mailto:long@work.example`, ...attendees),
      event('SUMMARY:Demo\\nsecond line', 'DTSTART:20250304T100000Z'),
    );
    const [demo, talk] = draftsOf(text).drafts;
    expect(demo?.title).toBe('Demo second line');
    expect(talk?.title).toHaveLength(300);
    expect(talk?.title.endsWith('…')).toBe(true);
    expect(talk?.people).toHaveLength(100);
    expect(talk?.people[0]).toHaveLength(200);
    expect(talk?.body).toContain('- Attendees: 151');
  });

  it('links to the event’s own http(s) page only', () => {
    const outlook = draftsOf(fixture('outlook')).drafts;
    expect(byTitle(outlook, 'Testing Workshop')[0]?.links).toEqual([
      { label: 'Event link', url: 'https://events.work.example/testing-workshop' },
    ]);
    const apple = draftsOf(fixture('apple')).drafts;
    expect(byTitle(apple, 'Conference talk: Scaling journals')[0]?.links).toEqual([
      { label: 'Event link', url: 'https://jsconf.example/2025/talks/scaling-journals' },
    ]);
    // URL;VALUE=URI:javascript:… is no link.
    expect(byTitle(apple, 'Mentoring session')[0]?.links).toEqual([]);
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    draftsOf(fixture('google'), { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('calendarDrafts: hostile files', () => {
  it('shows whatever the file says as text: no script, image, heading, table or made-up link', () => {
    const text = calendar(
      event(
        'SUMMARY:<script>alert(1)</script> Tech talk [x](javascript:alert(1))',
        'DESCRIPTION:# Heading\\n<img src=x onerror=alert(1)>\\n[click](https://evil.example)\\n| a | b |\\n|---|---|\\nTitle\\n===\\n1. list\\n&lt;script&gt;alert(2)&lt;/script&gt;\\n<script>alert(3)</script>',
        'LOCATION:<a href="https://evil.example">Room</a> ![pixel](https://evil.example/p.png)',
        'ORGANIZER;CN=<b>Mallory</b>:mailto:mallory@evil.example',
        'ATTENDEE;CN=Ada:mailto:ada@work.example',
      ),
      event('SUMMARY:Demo', 'DESCRIPTION:<img src=x onerror=alert(1)> plain **bold** `code` ~~gone~~'),
    );
    for (const draft of draftsOf(text).drafts) {
      const { container } = render(createElement(MarkdownView, { markdown: draft.body }));
      expect(container.querySelector('script, img, h1, h2, h3, h4, h5, h6, table, ol, em, strong, del, code, b')).toBeNull();
      for (const link of container.querySelectorAll('a')) {
        // A bare address stays a link, but it shows where it goes.
        expect(link.getAttribute('href')).toMatch(/^https:\/\/evil\.example|^mailto:/);
        expect(decodeURI(link.getAttribute('href') ?? '')).toContain(link.textContent);
      }
      expect(container.innerHTML).not.toMatch(/javascript:/i);
    }
    const [talk] = draftsOf(text).drafts.filter((draft) => draft.tags.includes('talk'));
    const { container } = render(createElement(MarkdownView, { markdown: talk?.body ?? '' }));
    expect(container.textContent).toContain('# Heading');
    expect(container.textContent).toContain('[click](https://evil.example)');
    // The address after href= is a bare link, whose text is its target, backslashes and all.
    expect(container.textContent).toContain('Where: <a href="https://evil.example"');
    expect(container.textContent).toContain('![pixel](https://evil.example/p.png)');
    expect(container.textContent).toContain('Organiser: <b>Mallory</b>');
  });

  it('never carries Outlook’s HTML description (X-ALT-DESC)', () => {
    const [ben] = byTitle(draftsOf(fixture('outlook')).drafts, '4 one-to-ones with Ben Okafor in March');
    expect(ben?.body).toContain('Career growth, feedback on the migration plan.');
    expect(ben?.body).not.toMatch(/alert|IMG|tracker|HTML/);
  });

  it('refuses at once a rule that repeats every second', () => {
    const started = performance.now();
    for (const rule of ['RRULE:FREQ=SECONDLY', 'RRULE:FREQ=SECONDLY;COUNT=2000000000', 'RRULE:FREQ=SECONDLY;INTERVAL=10']) {
      const text = calendar(event('DTSTART:19700101T000000Z', 'DTEND:19700101T000001Z', rule, 'SUMMARY:Tech talk'));
      expect(() => draftsOf(text)).toThrow(/more than 200,000 events in the period, too many to import at once/);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives up on rules that (almost) never happen, and keeps the rest of the file', () => {
    const started = performance.now();
    const text = calendar(
      event('DTSTART:19700101T000000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Never'),
      event('DTSTART:20250101T000000Z', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Never either'),
      event('DTSTART:20250101T000000Z', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Nor this'),
      event('SUMMARY:Tech talk'),
    );
    expect(titles(draftsOf(text).drafts)).toEqual(['Tech talk']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file whose many impossible rules would take too long', () => {
    const started = performance.now();
    const rules = Array.from({ length: 40 }, () => event('DTSTART:19700101T000000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'));
    expect(() => draftsOf(calendar(...rules))).toThrow(/repeating events take too long to work out/);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it('ignores a time zone definition that would repeat every second', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      'TZID:Evil',
      'BEGIN:STANDARD',
      'DTSTART:00010101T000000',
      'RRULE:FREQ=SECONDLY',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:evil-zone',
      'DTSTART;TZID=Evil:20250303T100000',
      'SUMMARY:Tech talk',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const started = performance.now();
    const { drafts } = draftsOf(text);
    expect(drafts.map((draft) => draft.occurredOn)).toEqual(['2025-03-03']);
    expect(drafts[0]?.body).toContain('10:00 (Europe/Berlin)');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
