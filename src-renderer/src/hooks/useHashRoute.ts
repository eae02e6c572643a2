import { useSyncExternalStore } from 'react';

/** The screens reachable from the navigation. */
export type Screen = 'journal' | 'insights' | 'growth' | 'data';

export const screens: readonly { id: Screen; label: string }[] = [
  { id: 'journal', label: 'Journal' },
  { id: 'insights', label: 'Insights' },
  { id: 'growth', label: 'Growth' },
  { id: 'data', label: 'Data' },
];

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Reads `#/<screen>`; anything unknown is the journal. */
export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return screens.find((screen) => screen.id === name)?.id ?? 'journal';
}

/** The current screen, following the URL's hash so reload and back/forward keep the place. */
export function useHashRoute(): Screen {
  return useSyncExternalStore(subscribe, () => screenFromHash(window.location.hash));
}

export function navigateTo(screen: Screen): void {
  window.location.hash = `#/${screen}`;
}
