import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderService, type ReminderNotification } from '../../../src-main/services/reminders/reminderService';
import type { FollowUpDue } from '../../../src-main/shared/contract';

/*
 * The reminders over a real user-data folder, on a clock the test moves, in Berlin time (the
 * schedule itself is tested across time zones in reminderSchedule.test.ts).
 */

const savedTimeZone = process.env.TZ;
let userDataPath: string;

beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
  userDataPath = mkdtempSync(join(tmpdir(), 'scope-journal-reminders-'));
});

afterEach(() => {
  rmSync(userDataPath, { recursive: true, force: true });
  if (savedTimeZone === undefined) {
    delete process.env.TZ;
  } else {
    process.env.TZ = savedTimeZone;
  }
});

/** A reminder service whose clock starts at `start`, recording notifications and warnings. */
function createTestReminders(start: Date) {
  let now = start;
  const notifications: ReminderNotification[] = [];
  const warnings: string[] = [];
  const options = {
    userDataPath,
    now: () => now,
    notify: (notification: ReminderNotification) => notifications.push(notification),
    warn: (message: string) => warnings.push(message),
  };
  return {
    reminders: createReminderService(options),
    /** A second app run over the same folder. */
    restart: () => createReminderService(options),
    notifications,
    warnings,
    setNow: (date: Date) => {
      now = date;
    },
    titles: () => notifications.map((notification) => notification.title),
  };
}

const stored = () => JSON.parse(readFileSync(join(userDataPath, 'reminders.json'), 'utf8')) as Record<string, unknown>;

describe('reminder settings', () => {
  it('are all off by default, and nothing is shown', async () => {
    const test = createTestReminders(new Date(2026, 5, 12, 17));
    await expect(test.reminders.settings()).resolves.toEqual({ weekly: false, quarterlyReview: false, followUps: false });
    await test.reminders.setFollowUps([{ entryId: 'e1', title: 'Due', followUpOn: '2026-01-01' }]);
    await test.reminders.check();
    expect(test.notifications).toEqual([]);
  });

  it('are saved to reminders.json and read back by the next run', async () => {
    const test = createTestReminders(new Date(2026, 5, 10, 9));
    await expect(test.reminders.change({ weekly: true })).resolves.toEqual({
      weekly: true,
      quarterlyReview: false,
      followUps: false,
    });
    expect(stored()).toMatchObject({ version: 1, weekly: true, lastWeeklyNudge: '2026-06-05' });
    await expect(test.restart().settings()).resolves.toMatchObject({ weekly: true });
  });

  it.each([
    ['not JSON', '{"weekly": tru'],
    ['the wrong shape', '{"version":1,"weekly":"yes"}'],
    ['an unknown version', '{"version":9}'],
  ])('fall back to the defaults, with a warning, when the file is %s', async (_case, contents) => {
    writeFileSync(join(userDataPath, 'reminders.json'), contents);
    const test = createTestReminders(new Date(2026, 5, 10, 9));
    await expect(test.reminders.settings()).resolves.toEqual({ weekly: false, quarterlyReview: false, followUps: false });
    expect(test.warnings).toEqual([expect.stringMatching(/reminders\.json.*defaults are used/s)]);
    // The next change replaces the damaged file.
    await test.reminders.change({ followUps: true });
    expect(stored()).toMatchObject({ followUps: true });
  });
});

describe('the weekly nudge', () => {
  it('starts with the next Friday when turned on, then comes once per Friday after 16:00', async () => {
    // Turned on on a Friday evening: this Friday's nudge has passed and is not shown.
    const test = createTestReminders(new Date(2026, 5, 12, 18));
    await test.reminders.change({ weekly: true });
    await test.reminders.check();
    expect(test.notifications).toEqual([]);

    test.setNow(new Date(2026, 5, 19, 15, 59));
    await test.reminders.check();
    expect(test.notifications).toEqual([]);
    test.setNow(new Date(2026, 5, 19, 16, 0));
    await test.reminders.check();
    await test.reminders.check();
    expect(test.notifications).toEqual([
      { title: 'Capture this week’s wins', body: expect.any(String) as unknown, command: { type: 'new-entry' } },
    ]);
    // Another run the same evening remembers it was shown.
    const restarted = test.restart();
    await restarted.check();
    expect(test.notifications).toHaveLength(1);
  });

  it('shows one nudge after weeks asleep, not one per missed Friday', async () => {
    const test = createTestReminders(new Date(2026, 5, 10, 9));
    await test.reminders.change({ weekly: true, quarterlyReview: true });
    test.setNow(new Date(2026, 7, 20, 10));
    await Promise.all([test.reminders.check(), test.reminders.check(), test.reminders.check()]);
    expect(test.titles()).toEqual(['Capture this week’s wins', 'Time for your Q2 2026 review']);
  });

  it('never repeats a nudge when the clock is set back', async () => {
    const test = createTestReminders(new Date(2026, 5, 10, 9));
    await test.reminders.change({ weekly: true });
    test.setNow(new Date(2026, 5, 19, 17));
    await test.reminders.check();
    test.setNow(new Date(2026, 5, 12, 17));
    await test.reminders.check();
    expect(test.notifications).toHaveLength(1);
  });
});

describe('the quarterly-review nudge', () => {
  it('comes on the quarter’s last day at 16:00, once, and starts the review when clicked', async () => {
    const test = createTestReminders(new Date(2026, 11, 1));
    await test.reminders.change({ quarterlyReview: true });
    test.setNow(new Date(2026, 11, 31, 15));
    await test.reminders.check();
    expect(test.notifications).toEqual([]);
    test.setNow(new Date(2026, 11, 31, 16));
    await test.reminders.check();
    test.setNow(new Date(2027, 0, 2, 9));
    await test.reminders.check();
    expect(test.notifications).toEqual([
      {
        title: 'Time for your Q4 2026 review',
        body: expect.any(String) as unknown,
        command: { type: 'start-quarterly-review' },
      },
    ]);
    expect(stored()).toMatchObject({ lastQuarterNudged: '2026-Q4' });
  });

  it('does not nudge about a quarter that ended before it was turned on', async () => {
    const test = createTestReminders(new Date(2026, 3, 2));
    await test.reminders.change({ quarterlyReview: true });
    await test.reminders.check();
    expect(test.notifications).toEqual([]);
  });
});

describe('follow-up reminders', () => {
  const followUp = (entryId: string, followUpOn: string): FollowUpDue => ({ entryId, title: `Decision ${entryId}`, followUpOn });

  it('remind once per follow-up on its day, naming a single one', async () => {
    const test = createTestReminders(new Date(2026, 5, 12, 8));
    await test.reminders.change({ followUps: true });
    await test.reminders.setFollowUps([followUp('e1', '2026-06-12'), followUp('e2', '2026-06-13')]);
    expect(test.notifications).toEqual([
      {
        title: 'A decision is waiting for its outcome',
        body: '“Decision e1”: record how it turned out.',
        command: { type: 'show-follow-ups' },
      },
    ]);
    await test.reminders.check();
    expect(test.notifications).toHaveLength(1);
    test.setNow(new Date(2026, 5, 13, 0, 5));
    await test.reminders.check();
    expect(test.titles()).toEqual(['A decision is waiting for its outcome', 'A decision is waiting for its outcome']);
    expect(test.notifications[1]?.body).toContain('Decision e2');
  });

  it('gather many into one notification', async () => {
    const test = createTestReminders(new Date(2026, 5, 12, 8));
    await test.reminders.setFollowUps(Array.from({ length: 120 }, (_item, index) => followUp(`e${index}`, '2026-05-01')));
    await test.reminders.change({ followUps: true });
    expect(test.titles()).toEqual(['120 decisions are waiting for their outcome']);
  });

  it('remind again when a follow-up is moved to a later date, and forget those no longer open', async () => {
    const test = createTestReminders(new Date(2026, 5, 12, 8));
    await test.reminders.change({ followUps: true });
    await test.reminders.setFollowUps([followUp('e1', '2026-06-01'), followUp('e2', '2026-06-01')]);
    expect(stored().remindedFollowUps).toHaveLength(2);
    // e2 got its outcome; e1 was postponed.
    await test.reminders.setFollowUps([followUp('e1', '2026-06-20')]);
    expect(stored().remindedFollowUps).toEqual([]);
    test.setNow(new Date(2026, 5, 20, 9));
    await test.reminders.check();
    expect(test.titles()).toEqual(['2 decisions are waiting for their outcome', 'A decision is waiting for its outcome']);
  });

  it('wait for the page’s list before reminding, and remember across runs', async () => {
    const test = createTestReminders(new Date(2026, 5, 12, 8));
    await test.reminders.change({ followUps: true });
    await test.reminders.setFollowUps([followUp('e1', '2026-06-01')]);
    const restarted = test.restart();
    await restarted.check();
    await restarted.setFollowUps([followUp('e1', '2026-06-01')]);
    expect(test.notifications).toHaveLength(1);
  });

  it('show nothing, and warn, when the reminder file cannot be written', async () => {
    const notAFolder = join(userDataPath, 'file');
    writeFileSync(notAFolder, '');
    const notifications: ReminderNotification[] = [];
    const warnings: string[] = [];
    const reminders = createReminderService({
      userDataPath: notAFolder,
      now: () => new Date(2026, 5, 12, 8),
      notify: (notification) => notifications.push(notification),
      warn: (message) => warnings.push(message),
    });
    await expect(reminders.change({ followUps: true })).rejects.toThrow();
    await reminders.setFollowUps([followUp('e1', '2026-06-01')]);
    expect(notifications).toEqual([]);
  });
});
