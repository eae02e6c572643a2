import { join } from 'node:path';
import { app, nativeTheme } from 'electron';
import type { ThemeSource } from '../shared/contract';
import { loadThemeSource, saveThemeSource } from './themePreference';

/** Sets `nativeTheme` to the theme remembered last run; before any window, so its background matches. */
export async function restoreThemeSource(): Promise<void> {
  nativeTheme.themeSource = await loadThemeSource(themeFile());
}

/** Sets `nativeTheme` to the theme the page chose, and remembers it for the next run. */
export async function changeThemeSource(source: ThemeSource, afterChange: () => void): Promise<void> {
  nativeTheme.themeSource = source;
  afterChange();
  await saveThemeSource(themeFile(), source);
}

function themeFile(): string {
  return join(app.getPath('userData'), 'theme.json');
}
