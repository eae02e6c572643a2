import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBackupSettings, type BackupSettings } from '../../../src-main/services/backups/backupSettings';
import { createBackupTriggers, type BackupTriggerOptions } from '../../../src-main/services/backups/backupTriggers';
import type { BackupReason } from '../../../src-main/shared/contract';

/*
 * The automatic-backup triggers on Vitest's fake clock: the timers are passed in explicitly, and
 * the fake `Date` is the triggers' clock.
 */

const second = 1000;
const minute = 60 * second;
const start = new Date(Date.UTC(2026, 2, 1, 9));

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Triggers over `settings` (which a test may change), recording what they send and quits. */
function createTestTriggers(initial: Partial<BackupSettings> = {}, options: Partial<BackupTriggerOptions> = {}) {
  let settings: BackupSettings = { ...defaultBackupSettings, folder: '/home/ada/Backups', ...initial };
  const sent: BackupReason[] = [];
  const warnings: string[] = [];
  let quits = 0;
  let hasPage = true;
  const triggers = createBackupTriggers({
    readSettings: () => Promise.resolve(settings),
    knownSettings: () => settings,
    send: (reason) => {
      if (hasPage) {
        sent.push(reason);
      }
      return hasPage;
    },
    quit: () => {
      quits += 1;
    },
    now: () => new Date(),
    timers: {
      setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    warn: (message) => warnings.push(message),
    ...options,
  });
  return {
    triggers,
    sent,
    warnings,
    quits: () => quits,
    setSettings: (change: Partial<BackupSettings>) => {
      settings = { ...settings, ...change };
    },
    setHasPage: (value: boolean) => {
      hasPage = value;
    },
  };
}

describe('the backup schedule', () => {
  it('asks soon after start when a backup is due, then not again while it is written', async () => {
    const { triggers, sent, setSettings } = createTestTriggers();
    triggers.start();
    await vi.advanceTimersByTimeAsync(14 * second);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * second);
    expect(sent).toEqual(['scheduled']);

    // The page answered: the backup is written and recorded.
    setSettings({ lastBackupAt: new Date().toISOString() });
    triggers.backupSettled('scheduled');
    await vi.advanceTimersByTimeAsync(24 * 60 * minute - 15 * second);
    expect(sent).toEqual(['scheduled']);
    // The next check after the day has passed asks again.
    await vi.advanceTimersByTimeAsync(30 * minute);
    expect(sent).toEqual(['scheduled', 'scheduled']);
  });

  it('does not ask again while a request is unanswered, and asks again once it has expired', async () => {
    const { triggers, sent } = createTestTriggers(
      {},
      {
        checkEveryMs: 1 * minute,
        scheduledAnswerWaitMs: 100 * second,
      },
    );
    triggers.start();
    await vi.advanceTimersByTimeAsync(15 * second);
    expect(sent).toEqual(['scheduled']);
    // The check at 75 s: still unanswered.
    await vi.advanceTimersByTimeAsync(1 * minute);
    expect(sent).toEqual(['scheduled']);
    // The check at 135 s: the request expired at 115 s, and the backup is still due.
    await vi.advanceTimersByTimeAsync(1 * minute);
    expect(sent).toEqual(['scheduled', 'scheduled']);
  });

  it('asks again at the next check after a failed backup', async () => {
    const { triggers, sent } = createTestTriggers({}, { checkEveryMs: 1 * minute });
    triggers.start();
    await vi.advanceTimersByTimeAsync(15 * second);
    triggers.backupSettled('scheduled');
    await vi.advanceTimersByTimeAsync(1 * minute);
    expect(sent).toEqual(['scheduled', 'scheduled']);
  });

  it.each([
    ['no folder is chosen', { folder: null }],
    ['backups are off', { cadence: 'off' as const }],
    ['the last backup is recent', { lastBackupAt: new Date(start.getTime() - 60 * minute).toISOString() }],
  ])('does not ask when %s', async (_case, settings) => {
    const { triggers, sent } = createTestTriggers(settings);
    triggers.start();
    await vi.advanceTimersByTimeAsync(2 * 60 * minute);
    expect(sent).toEqual([]);
  });

  it('asks at the next check when there was no page to ask', async () => {
    const { triggers, sent, setHasPage } = createTestTriggers({}, { checkEveryMs: 1 * minute });
    setHasPage(false);
    triggers.start();
    await vi.advanceTimersByTimeAsync(15 * second);
    setHasPage(true);
    await vi.advanceTimersByTimeAsync(1 * minute);
    expect(sent).toEqual(['scheduled']);
  });

  it('reports a failed check and keeps checking', async () => {
    let reads = 0;
    const { triggers, sent, warnings } = createTestTriggers(
      {},
      {
        checkEveryMs: 1 * minute,
        readSettings: () => {
          reads += 1;
          return reads === 1
            ? Promise.reject(new Error('disk gone'))
            : Promise.resolve({ ...defaultBackupSettings, folder: '/home/ada/Backups' });
        },
      },
    );
    triggers.start();
    await vi.advanceTimersByTimeAsync(15 * second);
    expect(warnings).toEqual(['Could not check whether a backup is due: disk gone']);
    await vi.advanceTimersByTimeAsync(1 * minute);
    expect(sent).toEqual(['scheduled']);
  });

  it('stops checking when stopped, and starts only once', async () => {
    const { triggers, sent } = createTestTriggers();
    triggers.start();
    triggers.start();
    triggers.stop();
    await vi.advanceTimersByTimeAsync(2 * 60 * minute);
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the backup at quit', () => {
  it('holds the quit, asks the page once, and quits when its backup is written', () => {
    const { triggers, sent, quits } = createTestTriggers();
    expect(triggers.holdQuit()).toBe(true);
    expect(sent).toEqual(['quit']);
    // Quitting again while the backup is written still waits, without asking again.
    expect(triggers.holdQuit()).toBe(true);
    expect(sent).toEqual(['quit']);
    // Another backup finishing is not the one the quit waits for.
    triggers.backupSettled('scheduled');
    triggers.backupSettled('now');
    expect(quits()).toBe(0);

    triggers.backupSettled('quit');
    expect(quits()).toBe(1);
    // The quit that follows goes through, and nothing asks or quits again.
    expect(triggers.holdQuit()).toBe(false);
    triggers.backupSettled('quit');
    vi.advanceTimersByTime(60 * second);
    expect(sent).toEqual(['quit']);
    expect(quits()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('quits after 15 seconds when the backup does not come', () => {
    const { triggers, quits } = createTestTriggers();
    expect(triggers.holdQuit()).toBe(true);
    vi.advanceTimersByTime(15 * second - 1);
    expect(quits()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(quits()).toBe(1);
    triggers.backupSettled('quit');
    expect(quits()).toBe(1);
    expect(triggers.holdQuit()).toBe(false);
  });

  it.each([
    ['no folder is chosen', { folder: null }],
    ['backups are off', { cadence: 'off' as const }],
  ])('lets the quit go at once when %s', (_case, settings) => {
    const { triggers, sent, quits } = createTestTriggers(settings);
    expect(triggers.holdQuit()).toBe(false);
    expect(sent).toEqual([]);
    expect(quits()).toBe(0);
  });

  it('lets the quit go when the settings have not been read yet', () => {
    const { triggers, sent } = createTestTriggers({}, { knownSettings: () => undefined });
    expect(triggers.holdQuit()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('lets the quit go when there is no page to ask', () => {
    const { triggers, setHasPage, quits } = createTestTriggers();
    setHasPage(false);
    expect(triggers.holdQuit()).toBe(false);
    expect(quits()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks for no scheduled backup while the quit waits for its own', async () => {
    const { triggers, sent } = createTestTriggers();
    triggers.start();
    expect(triggers.holdQuit()).toBe(true);
    await vi.advanceTimersByTimeAsync(15 * second);
    expect(sent).toEqual(['quit']);
  });
});
