import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { themeSources, type ThemeSource } from '../shared/values';
import { readTextFileLimited, writeFileAtomic } from '../services/atomicWrite';

/*
 * The theme the user chose, remembered by the main process (`theme.json` in the user-data folder)
 * so that the next start sets `nativeTheme.themeSource` and the window's background before the
 * page has loaded: no white flash in dark mode, and native menus and dialogs match from the start.
 * The page keeps its own copy (it travels with backups) and sends it with `setThemeSource`.
 */

const storedThemeSchema = z.strictObject({
  version: z.literal(1),
  themeSource: z.enum(themeSources),
});

/** The window's background before the page paints: the page's `--bg` in light and dark. */
export const windowBackgroundColors = { light: '#f7f6f3', dark: '#16181c' } as const;

/** Reads the remembered theme; a missing, unreadable or invalid file means `'system'`. */
export async function loadThemeSource(filePath: string): Promise<ThemeSource> {
  try {
    const file = await readTextFileLimited(filePath, 1024);
    const stored = storedThemeSchema.safeParse(JSON.parse(file.contents));
    return stored.success ? stored.data.themeSource : 'system';
  } catch {
    // First launch, or a damaged file: follow the system.
    return 'system';
  }
}

/** Remembers `themeSource`, atomically. */
export async function saveThemeSource(filePath: string, themeSource: ThemeSource): Promise<void> {
  const stored: z.input<typeof storedThemeSchema> = { version: 1, themeSource };
  await mkdir(dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(stored, null, 2)}\n`);
}
