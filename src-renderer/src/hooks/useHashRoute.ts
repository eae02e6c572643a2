import { useSyncExternalStore } from 'react';
import { quickCaptureRoute } from '../../../src-main/shared/contract';

/** The screens reachable from the navigation. */
export type Screen = 'journal' | 'inbox' | 'insights' | 'growth' | 'packet' | 'data' | 'settings';

export const screens: readonly { id: Screen; label: string }[] = [
  { id: 'journal', label: 'Journal' },
  { id: 'inbox', label: 'Inbox' },
  { id: 'insights', label: 'Insights' },
  { id: 'growth', label: 'Growth' },
  { id: 'packet', label: 'Packet' },
  { id: 'data', label: 'Data' },
  { id: 'settings', label: 'Settings' },
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
  return screenFromHash(useHash());
}

export function navigateTo(screen: Screen): void {
  window.location.hash = `#/${screen}`;
}

/**
 * The journal's trash has a route of its own, so that the main navigation's "Journal", the back
 * button and a reload all do what they do anywhere else.
 */
export const trashRoute = '#/journal/trash';

/** True while the URL shows the trash. */
export function useIsTrashOpen(): boolean {
  return useHash() === trashRoute;
}

/** True for every print route (`#/print/...`), where the app shows a print view and nothing else. */
export function isPrintRoute(hash: string): boolean {
  return hash.startsWith('#/print/');
}

/** True at the quick-capture window's route (`#/capture`), where the app shows the capture form and nothing else. */
export function isCaptureRoute(hash: string): boolean {
  return hash === quickCaptureRoute || hash.startsWith(`${quickCaptureRoute}/`);
}

/** The packet id of a print route `#/print/packet/<id>`, or null for any other hash. */
export function printedPacketId(hash: string): string | null {
  const match = /^#\/print\/packet\/([^/?]+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The hash itself, following changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
