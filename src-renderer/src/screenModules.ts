import type { ComponentType } from 'react';
import type { Screen } from './hooks/useHashRoute';
import { lazyModule, type LazyModule } from './lazyModule';

// The journal, the screen the app opens on, is in the main bundle so its first reads start at
// once. Every other screen is its own chunk, and so is the print view (see printViewLoader.ts),
// so that a print window loads little more than what printing needs. They load without Suspense
// (see lazyModule.ts), and main.tsx starts the chunk of the screen the address names.
export type ScreenModule = LazyModule<ComponentType>;
export const screenModules: Record<Exclude<Screen, 'journal'>, ScreenModule> = {
  inbox: lazyModule(() => import('./features/inbox/InboxScreen').then((module) => module.InboxScreen)),
  insights: lazyModule(() => import('./features/insights/InsightsScreen').then((module) => module.InsightsScreen)),
  growth: lazyModule(() => import('./features/growth/GrowthScreen').then((module) => module.GrowthScreen)),
  packet: lazyModule(() => import('./features/packet/PacketScreen').then((module) => module.PacketScreen)),
  data: lazyModule(() => import('./features/data/DataScreen').then((module) => module.DataScreen)),
  settings: lazyModule(() => import('./features/settings/SettingsScreen').then((module) => module.SettingsScreen)),
};

/** Starts loading a screen's code (nothing to load for the journal). */
export function preloadScreen(screen: Screen): void {
  if (screen !== 'journal') screenModules[screen].load().catch(() => undefined);
}
