import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { readTextFileLimited, writeFileAtomic } from '../atomicWrite';
import { createSettingsStore, type SettingsStore } from '../settingsStore';
import { localDateSchema } from '../../shared/localDateSchema';
import { entryIdSchema } from '../../shared/payloadSchemas';
import { maximumFollowUps } from '../../shared/values';

/*
 * The reminder settings and what has been reminded already, kept by the main process in one JSON
 * file in the app's user-data folder (`reminders.json`). A missing or damaged file means the
 * defaults: every reminder off, nothing reminded yet.
 */

const reminderStateSchema = z.object({
  version: z.literal(1),
  weekly: z.boolean(),
  quarterlyReview: z.boolean(),
  followUps: z.boolean(),
  /** The local date of the Friday whose weekly nudge was last shown (or passed over when turned on). */
  lastWeeklyNudge: localDateSchema.nullable(),
  /** The quarter (`2026-Q1`) whose end was last nudged (or passed over when turned on). */
  lastQuarterNudged: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .nullable(),
  /**
   * The follow-ups already reminded of, each with the date it was reminded for: a follow-up moved
   * to a later date is reminded again on that date.
   */
  remindedFollowUps: z.array(z.strictObject({ entryId: entryIdSchema, followUpOn: localDateSchema })).max(maximumFollowUps),
});

/** The reminder settings and state as stored. */
export type ReminderState = z.infer<typeof reminderStateSchema>;

/** Before the user chooses anything: every reminder off. */
export const defaultReminderState: ReminderState = Object.freeze({
  version: 1,
  weekly: false,
  quarterlyReview: false,
  followUps: false,
  lastWeeklyNudge: null,
  lastQuarterNudged: null,
  remindedFollowUps: [],
});

/** The file holds a few settings and at most a few thousand short ids. */
const maximumStateFileBytes = 2 * 1024 * 1024;

/**
 * Reads the state from `file`. A missing file gives the defaults; an unreadable, corrupt or
 * unknown one also gives the defaults, with a warning, so that a damaged file never stops the app
 * (the next save replaces it).
 */
export async function loadReminderState(file: string, warn: (message: string) => void): Promise<ReminderState> {
  let json: unknown;
  try {
    json = JSON.parse((await readTextFileLimited(file, maximumStateFileBytes)).contents);
  } catch (error) {
    if (!(isErrorWithCode(error) && error.code === 'ENOENT')) {
      warn(`The reminder settings file ${file} could not be read (${describe(error)}); the defaults are used.`);
    }
    return defaultReminderState;
  }
  const result = reminderStateSchema.safeParse(json);
  if (!result.success) {
    warn(`The reminder settings file ${file} is invalid (${z.prettifyError(result.error)}); the defaults are used.`);
    return defaultReminderState;
  }
  return result.data;
}

/** Writes `state` to `file` all or nothing, creating its folder; invalid state is refused first. */
export async function saveReminderState(file: string, state: ReminderState): Promise<void> {
  const result = reminderStateSchema.safeParse(state);
  if (!result.success) {
    throw new Error(`The reminder settings are invalid (${z.prettifyError(result.error)}); nothing was saved.`);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(result.data, null, 2)}\n`);
}

/** The reminder state of one app run: read once, then kept in memory and on disk. */
export type ReminderStateStore = SettingsStore<ReminderState>;

/** A store for the file `file` (see `SettingsStore`). */
export function createReminderStateStore(file: string, warn: (message: string) => void): ReminderStateStore {
  return createSettingsStore({ load: () => loadReminderState(file, warn), save: (state) => saveReminderState(file, state) });
}

function isErrorWithCode(error: unknown): error is { code: unknown } {
  return typeof error === 'object' && error !== null && 'code' in error;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
