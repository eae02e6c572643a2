import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { readTextFileLimited, writeFileAtomic } from './atomicWrite';
import { createSettingsStore, type SettingsStore } from './settingsStore';
import { checkGlobalAccelerator, maximumAcceleratorLength } from '../shared/accelerator';

/*
 * The quick-capture shortcut, kept by the main process in one JSON file in the app's user-data
 * folder (`quick-capture.json`). A missing or damaged file means the default: no shortcut, so
 * quick capture's global shortcut stays off until the user sets one.
 */

const quickCaptureStateSchema = z.object({
  version: z.literal(1),
  /** The shortcut in its one stored spelling (`checkGlobalAccelerator`), or null while it is off. */
  accelerator: z
    .string()
    .max(maximumAcceleratorLength)
    .refine((text) => {
      const check = checkGlobalAccelerator(text);
      return check.isValid && check.accelerator === text;
    }, 'must be a key combination with Ctrl, Alt or Cmd, as it is stored')
    .nullable(),
});

/** The quick-capture settings as stored. */
type QuickCaptureState = z.infer<typeof quickCaptureStateSchema>;

/** Before the user chooses anything: no shortcut. */
const defaultQuickCaptureState: QuickCaptureState = Object.freeze({ version: 1, accelerator: null });

/** The file holds one short string. */
const maximumStateFileBytes = 16 * 1024;

/**
 * Reads the state from `file`. A missing file gives the default; an unreadable, corrupt or
 * unknown one also gives the default, with a warning, so a damaged file never stops the app.
 */
async function loadQuickCaptureState(file: string, warn: (message: string) => void): Promise<QuickCaptureState> {
  let json: unknown;
  try {
    json = JSON.parse((await readTextFileLimited(file, maximumStateFileBytes)).contents);
  } catch (error) {
    if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')) {
      warn(`The quick-capture settings file ${file} could not be read (${describe(error)}); the shortcut is off.`);
    }
    return defaultQuickCaptureState;
  }
  const result = quickCaptureStateSchema.safeParse(json);
  if (!result.success) {
    warn(`The quick-capture settings file ${file} is invalid (${z.prettifyError(result.error)}); the shortcut is off.`);
    return defaultQuickCaptureState;
  }
  return result.data;
}

/** Writes `state` to `file` all or nothing, creating its folder; invalid state is refused first. */
async function saveQuickCaptureState(file: string, state: QuickCaptureState): Promise<void> {
  const result = quickCaptureStateSchema.safeParse(state);
  if (!result.success) {
    throw new Error(`The quick-capture settings are invalid (${z.prettifyError(result.error)}); nothing was saved.`);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(result.data, null, 2)}\n`);
}

/** The quick-capture settings of one app run: read once, then kept in memory and on disk. */
export function createQuickCaptureStateStore(file: string, warn: (message: string) => void): SettingsStore<QuickCaptureState> {
  return createSettingsStore({ load: () => loadQuickCaptureState(file, warn), save: (state) => saveQuickCaptureState(file, state) });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
