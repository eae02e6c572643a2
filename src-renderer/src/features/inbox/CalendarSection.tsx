import { useState } from 'react';
import { defaultGitSince } from '../../../../src-main/shared/gitLogCommand';
import { counted } from '../../domain/counted';
import { todayLocalDate } from '../../domain/dates';
import { desktop } from '../../platform/desktop';
import { draftCount, draftsFromSource, useListSetting, userTimeZone, type SourceSectionProps } from './evidenceImport';
import { ListField } from './ListField';

const calendarFilters = [
  { name: 'Calendar (.ics)', extensions: ['ics', 'ical', 'ifb', 'icalendar'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Calendars: an .ics file the user exported (Google Calendar, Outlook, Apple Calendar), read for
 * the period they choose. Talks, demos, interviews, reviews, incidents, retros and 1:1s become
 * drafts, and so does every meeting the user organised; a recurring 1:1 is one draft a month.
 */
export function CalendarSection({ run, isWorking }: SourceSectionProps) {
  const today = todayLocalDate();
  const emailsSetting = useListSetting('inboxCalendarEmails');
  const emails = emailsSetting[2];
  const [from, setFrom] = useState(() => defaultGitSince(today));
  const [to, setTo] = useState(today);

  const importCalendar = () =>
    run(
      'Reading the calendar…',
      async (control) => {
        if (from === '' || to === '' || from > to)
          throw new Error('Choose a period whose first day comes before its last, then import again.');
        const opened = await desktop.openTextFile({ title: 'Import calendar', filters: calendarFilters });
        if (opened.status === 'cancelled') return null;
        const found = await draftsFromSource(
          { source: 'calendar', text: opened.contents, origin: opened.fileName, from, to, emails, timeZone: userTimeZone() },
          `${opened.fileName} was not imported.`,
          control,
        );
        const events = `${counted(found.read, 'event', 'events')} between ${from} and ${to}`;
        return found.added === 0
          ? `Nothing new in ${opened.fileName} (${events}): no event worth keeping that is not already in the Inbox, accepted or dismissed.`
          : `Added ${draftCount(found.added)} from ${opened.fileName} (${events}).`;
      },
      { cancellable: true },
    );

  return (
    <section className="inbox-source" aria-labelledby="inbox-calendar-heading">
      <h2 id="inbox-calendar-heading">Calendar</h2>
      <p>
        Export your calendar as an .ics file (Google Calendar: Settings › Import &amp; export; Outlook: Save calendar; Apple Calendar: File
        › Export). Talks, demos, workshops, interviews, design reviews, postmortems, retros, offsites, mentoring and 1:1s become drafts, and
        so does every meeting you organised. Birthdays, holidays and events you declined are left out.
      </p>
      <ListField
        label="Your calendar emails"
        setting={emailsSetting}
        placeholder="you@example.com"
        hint="One per line: the meetings you organised are yours, and the ones you declined are skipped."
      />
      <div className="inbox-period">
        <label className="field">
          <span>From</span>
          <input type="date" value={from} max={to || today} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="field">
          <span>To</span>
          <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      <button type="button" className="primary" onClick={() => void importCalendar()} disabled={isWorking}>
        Import calendar…
      </button>
    </section>
  );
}
