import { join } from 'node:path';
import type { AppCommand, FollowUpDue, ReminderSettings } from '../../shared/contract';
import { dueFollowUps, latestEndedQuarter, latestWeeklyNudge, localDateKey, quarterKey, type Quarter } from './reminderSchedule';
import { createReminderStateStore, type ReminderState } from './reminderSettings';

/*
 * The desktop's reminders: a weekly nudge, a nudge at each quarter's end, and a reminder when a
 * decision's follow-up date has come. All off until the user turns them on. The page sends its
 * open follow-ups (`setFollowUps`); the desktop never reads the journal. Each check shows at most
 * one notification of each kind, for the latest occasion only, so a machine that slept for weeks
 * wakes to one nudge, not a pile; an occasion is recorded on disk before its notification is
 * shown, so it is never shown twice.
 */

/** A notification to show; clicking it focuses the main window and sends the page `command`. */
export interface ReminderNotification {
  title: string;
  body: string;
  command: AppCommand;
}

/** What the reminders need, injected: Electron's `Notification` in the app, fakes in tests. */
export interface ReminderPorts {
  /** The app's user-data folder, where `reminders.json` lives. */
  userDataPath: string;
  now: () => Date;
  /** Shows a notification (the app ignores it where the system has no notifications). */
  notify: (notification: ReminderNotification) => void;
  /** Where problems that do not fail a request are reported; `console.warn` by default. */
  warn?: (message: string) => void;
}

/** The reminders of one app run. */
export interface ReminderService {
  settings(): Promise<ReminderSettings>;
  /** Changes the settings; a reminder turned on starts with the next occasion, not a past one. */
  change(change: Partial<ReminderSettings>): Promise<ReminderSettings>;
  /** Replaces the open follow-ups (the page sends them whenever they change), then checks. */
  setFollowUps(followUps: readonly FollowUpDue[]): Promise<void>;
  /** Shows what is due now (see the module comment). Never rejects; problems go to `warn`. */
  check(): Promise<void>;
}

/** Name of the settings file in the user-data folder. */
const reminderFileName = 'reminders.json';

/** The reminders of the app whose capabilities are `ports` (see `ReminderService`). */
export function createReminderService(ports: ReminderPorts): ReminderService {
  const warn = ports.warn ?? ((message: string) => console.warn(message));
  const store = createReminderStateStore(join(ports.userDataPath, reminderFileName), warn);
  /** The page's open follow-ups; `undefined` until it has sent them this run. */
  let followUps: readonly FollowUpDue[] | undefined;
  /** Checks run one after another, so two of them never show the same occasion. */
  let checks: Promise<void> = Promise.resolve();

  async function runCheck(): Promise<void> {
    const now = ports.now();
    let notifications: ReminderNotification[] = [];
    await store.update((state) => {
      const due = dueNow(state, now, followUps);
      notifications = due.notifications;
      return due.state;
    });
    for (const notification of notifications) {
      ports.notify(notification);
    }
  }

  function check(): Promise<void> {
    const result = checks.then(runCheck).catch((error: unknown) => {
      warn(`Could not check the reminders: ${error instanceof Error ? error.message : String(error)}`);
    });
    checks = result;
    return result;
  }

  return {
    settings: async () => settingsView(await store.read()),

    async change(change) {
      const now = ports.now();
      const state = await store.update((current) => withSettings(current, change, now));
      // Follow-ups turned on remind of those already waiting, at once.
      await check();
      return settingsView(state);
    },

    async setFollowUps(list) {
      followUps = list;
      await check();
    },

    check,
  };
}

/** The settings part of the stored state. */
function settingsView(state: ReminderState): ReminderSettings {
  return { weekly: state.weekly, quarterlyReview: state.quarterlyReview, followUps: state.followUps };
}

/**
 * `state` with `change` applied. A nudge turned on counts its latest past occasion as done, so
 * that turning it on on a Tuesday does not nudge about last Friday.
 */
function withSettings(state: ReminderState, change: Partial<ReminderSettings>, now: Date): ReminderState {
  const next: ReminderState = {
    ...state,
    weekly: change.weekly ?? state.weekly,
    quarterlyReview: change.quarterlyReview ?? state.quarterlyReview,
    followUps: change.followUps ?? state.followUps,
  };
  if (next.weekly && !state.weekly) {
    next.lastWeeklyNudge = later(state.lastWeeklyNudge, localDateKey(latestWeeklyNudge(now)));
  }
  if (next.quarterlyReview && !state.quarterlyReview) {
    next.lastQuarterNudged = later(state.lastQuarterNudged, quarterKey(latestEndedQuarter(now)));
  }
  return next;
}

/**
 * What is due at `now`: the notifications to show and the state that records them. Returns
 * `state` itself when nothing changes (so nothing is written).
 */
export function dueNow(
  state: ReminderState,
  now: Date,
  followUps: readonly FollowUpDue[] | undefined,
): { state: ReminderState; notifications: ReminderNotification[] } {
  const notifications: ReminderNotification[] = [];
  let next = state;

  if (state.weekly) {
    const occasion = localDateKey(latestWeeklyNudge(now));
    // Compared as text (YYYY-MM-DD sorts by date): a clock set back never repeats a nudge.
    if (state.lastWeeklyNudge === null || occasion > state.lastWeeklyNudge) {
      next = { ...next, lastWeeklyNudge: occasion };
      notifications.push(weeklyNotification);
    }
  }

  if (state.quarterlyReview) {
    const quarter = latestEndedQuarter(now);
    const occasion = quarterKey(quarter);
    if (state.lastQuarterNudged === null || occasion > state.lastQuarterNudged) {
      next = { ...next, lastQuarterNudged: occasion };
      notifications.push(quarterlyNotification(quarter));
    }
  }

  if (followUps !== undefined) {
    // Only follow-ups still open are remembered, which keeps the list as short as the page's.
    const open = new Set(followUps.map(followUpKey));
    const reminded = state.remindedFollowUps.filter((followUp) => open.has(followUpKey(followUp)));
    const remindedKeys = new Set(reminded.map(followUpKey));
    const isReminded = (followUp: FollowUpDue): boolean => remindedKeys.has(followUpKey(followUp));
    const due = state.followUps ? uniqueByKey(dueFollowUps(followUps, now, isReminded)) : [];
    const newlyReminded = due.map(({ entryId, followUpOn }) => ({ entryId, followUpOn }));
    if (due.length > 0) {
      notifications.push(followUpNotification(due));
    }
    if (newlyReminded.length > 0 || reminded.length !== state.remindedFollowUps.length) {
      next = { ...next, remindedFollowUps: [...reminded, ...newlyReminded] };
    }
  }

  return { state: next, notifications };
}

const weeklyNotification: ReminderNotification = {
  title: 'Capture this week’s wins',
  body: 'A few lines now make the quarterly review easy.',
  command: { type: 'new-entry' },
};

function quarterlyNotification(quarter: Quarter): ReminderNotification {
  return {
    title: `Time for your Q${quarter.quarter} ${quarter.year} review`,
    body: 'Look back on the quarter while it is fresh: what moved, and what you learned.',
    command: { type: 'start-quarterly-review' },
  };
}

/** One notification for every follow-up that came due, however many. */
function followUpNotification(due: readonly FollowUpDue[]): ReminderNotification {
  const [only] = due;
  if (due.length === 1 && only !== undefined) {
    return {
      title: 'A decision is waiting for its outcome',
      body: `“${shortened(only.title)}”: record how it turned out.`,
      command: { type: 'show-follow-ups' },
    };
  }
  return {
    title: `${due.length} decisions are waiting for their outcome`,
    body: 'Record how they turned out while you still remember.',
    command: { type: 'show-follow-ups' },
  };
}

/** `text` cut to a length a notification shows whole. */
function shortened(text: string): string {
  const characters = [...text.trim()];
  return characters.length <= 80 ? characters.join('') : `${characters.slice(0, 79).join('')}…`;
}

function followUpKey(followUp: { entryId: string; followUpOn: string }): string {
  return `${followUp.followUpOn} ${followUp.entryId}`;
}

function uniqueByKey(followUps: readonly FollowUpDue[]): FollowUpDue[] {
  const seen = new Set<string>();
  return followUps.filter((followUp) => {
    const key = followUpKey(followUp);
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
}

/** The later of two keys that sort as text (dates, quarters); `candidate` when there is none. */
function later(current: string | null, candidate: string): string {
  return current !== null && current > candidate ? current : candidate;
}
