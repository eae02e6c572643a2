import { lazy, Suspense } from 'react';
import { Navigation } from './components/Navigation';
import { NoticeBar } from './components/NoticeBar';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ScreenFailure } from './components/ScreenFailure';
import { useAppCommands } from './appCommands';
import { AppDialogs } from './components/AppDialogs';
import { useBackupRequests } from './features/data/useBackupRequests';
import { useFollowUpSync } from './features/settings/useFollowUpSync';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { JournalScreen } from './features/journal/JournalScreen';
import { isPrintRoute, printedPacketId, useHash, useHashRoute } from './hooks/useHashRoute';
import { usePrintView } from './printViewLoader';

// The journal, the screen the app opens on, is in the main bundle so its first reads start at
// once. Every other screen is its own chunk, and so is the print view (see printViewLoader.ts),
// so that a print window loads little more than what printing needs.
const InsightsScreen = lazy(() => import('./features/insights/InsightsScreen').then((module) => ({ default: module.InsightsScreen })));
const GrowthScreen = lazy(() => import('./features/growth/GrowthScreen').then((module) => ({ default: module.GrowthScreen })));
const PacketScreen = lazy(() => import('./features/packet/PacketScreen').then((module) => ({ default: module.PacketScreen })));
const DataScreen = lazy(() => import('./features/data/DataScreen').then((module) => ({ default: module.DataScreen })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));

const loading = (
  <p className="entry-count" role="status">
    Loading…
  </p>
);

/**
 * The app or, at a print route, a print view with nothing around it: one packet's at
 * `#/print/packet/<id>`, an empty page at `#/print/idle` (where a print window waits).
 */
export function App() {
  const hash = useHash();
  return isPrintRoute(hash) ? <PrintRoute packetId={printedPacketId(hash)} /> : <AppShell />;
}

function PrintRoute({ packetId }: { packetId: string | null }) {
  const PrintView = usePrintView();
  if (packetId === null) return <main className="print-view" />;
  // The component is the print view's module export, loaded once: the same on every render.
  // eslint-disable-next-line react-hooks/static-components
  return PrintView ? <PrintView packetId={packetId} /> : null;
}

function AppShell() {
  const screen = useHashRoute();
  useGlobalShortcuts();
  useBackupRequests();
  useAppCommands();
  useFollowUpSync();
  return (
    <div className="app-shell">
      <Navigation current={screen} />
      <main className="app-main" id="main">
        <ErrorBoundary resetKey={screen} fallback={(reset) => <ScreenFailure onReload={reset} />}>
          <Suspense fallback={loading}>
            {screen === 'journal' && <JournalScreen />}
            {screen === 'insights' && <InsightsScreen />}
            {screen === 'growth' && <GrowthScreen />}
            {screen === 'packet' && <PacketScreen />}
            {screen === 'data' && <DataScreen />}
            {screen === 'settings' && <SettingsScreen />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <NoticeBar />
      <AppDialogs />
    </div>
  );
}
