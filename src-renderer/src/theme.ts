import { useSyncExternalStore } from 'react';
import type { ThemeSource } from '../../src-main/shared/contract';
import { db } from './db/database';
import { readSetting, writeSetting } from './db/settingsRepository';
import { desktop } from './platform/desktop';

/*
 * The app's theme: following the system unless the user chose light or dark. The choice is kept
 * in the database (so it travels with backups) and mirrored in localStorage, which is read
 * synchronously at startup so the first paint already has the right colours.
 */

const mirrorKey = 'scope-journal-theme';
const darkQuery = '(prefers-color-scheme: dark)';

const isThemeSource = (value: unknown): value is ThemeSource => value === 'system' || value === 'light' || value === 'dark';

function readMirror(): ThemeSource {
  try {
    const value = window.localStorage.getItem(mirrorKey);
    return isThemeSource(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

let current: ThemeSource = readMirror();
const listeners = new Set<() => void>();

function show(source: ThemeSource): void {
  if (source === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', source);
}

function adopt(source: ThemeSource): void {
  current = source;
  show(source);
  try {
    window.localStorage.setItem(mirrorKey, source);
  } catch {
    // Without storage the theme still applies; only the first paint may differ next time.
  }
  // Native parts (menus, dialogs, the window's own background) follow the same choice.
  desktop.setThemeSource(source).catch(() => undefined);
  for (const listener of listeners) listener();
}

/**
 * Applies the remembered theme at once, then the one stored in the database (the source of
 * truth, restored with backups). Called once, by the app, never by a print window.
 */
export function startTheme(): void {
  show(current);
  desktop.setThemeSource(current).catch(() => undefined);
  void readSetting(db, 'theme').then(
    (stored) => {
      if (isThemeSource(stored) && stored !== current) adopt(stored);
    },
    () => undefined,
  );
}

/** Chooses the theme: remembered in the database and shown at once. */
export async function chooseTheme(source: ThemeSource): Promise<void> {
  adopt(source);
  await writeSetting(db, 'theme', source);
}

/** The system's dark-mode query; absent where there is no media matching (jsdom). */
const systemDark = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(darkQuery) : null);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = systemDark();
  media?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
  };
}

const snapshot = (): string => `${current}:${systemDark()?.matches === true ? 'dark' : 'light'}`;

/** The chosen theme and whether the app is dark now (the system's choice when following it). */
export function useTheme(): { source: ThemeSource; isDark: boolean } {
  const [source, system] = useSyncExternalStore(subscribe, snapshot).split(':') as [ThemeSource, 'dark' | 'light'];
  return { source, isDark: source === 'dark' || (source === 'system' && system === 'dark') };
}

/** Light if dark now, dark if light now: what "Dark mode" in the View menu does. */
export function toggleDarkMode(): Promise<void> {
  const isDark = current === 'dark' || (current === 'system' && systemDark()?.matches === true);
  return chooseTheme(isDark ? 'light' : 'dark');
}
