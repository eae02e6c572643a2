import { lazy, Suspense } from 'react';
import { Navigation } from './components/Navigation';
import { NoticeBar } from './components/NoticeBar';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { JournalScreen } from './features/journal/JournalScreen';
import { printedPacketId, useHash, useHashRoute } from './hooks/useHashRoute';

// The journal, the screen the app opens on, is in the main bundle so its first reads start at
// once. Every other screen is its own chunk, so the print view, which the desktop loads in a
// hidden window for every PDF, loads little more than what printing needs.
const InsightsScreen = lazy(() => import('./features/insights/InsightsScreen').then((module) => ({ default: module.InsightsScreen })));
const GrowthScreen = lazy(() => import('./features/growth/GrowthScreen').then((module) => ({ default: module.GrowthScreen })));
const PacketScreen = lazy(() => import('./features/packet/PacketScreen').then((module) => ({ default: module.PacketScreen })));
const DataScreen = lazy(() => import('./features/data/DataScreen').then((module) => ({ default: module.DataScreen })));
const PacketPrintView = lazy(() => import('./features/packet/PacketPrintView').then((module) => ({ default: module.PacketPrintView })));

const loading = (
  <p className="entry-count" role="status">
    Loading…
  </p>
);

/** The app, or — at `#/print/packet/<id>` — one packet's print view with nothing around it. */
export function App() {
  const packetId = printedPacketId(useHash());
  if (packetId) {
    return (
      <Suspense fallback={null}>
        <PacketPrintView packetId={packetId} />
      </Suspense>
    );
  }
  return <AppShell />;
}

function AppShell() {
  const screen = useHashRoute();
  useGlobalShortcuts();
  return (
    <div className="app-shell">
      <Navigation current={screen} />
      <main className="app-main" id="main">
        <Suspense fallback={loading}>
          {screen === 'journal' && <JournalScreen />}
          {screen === 'insights' && <InsightsScreen />}
          {screen === 'growth' && <GrowthScreen />}
          {screen === 'packet' && <PacketScreen />}
          {screen === 'data' && <DataScreen />}
        </Suspense>
      </main>
      <NoticeBar />
    </div>
  );
}
