import { useEffect } from 'react';
import { Navigation } from './components/Navigation';
import { NoticeBar } from './components/NoticeBar';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ScreenFailure } from './components/ScreenFailure';
import { useAppCommands } from './appCommands';
import { AppDialogs } from './components/AppDialogs';
import { useBackupRequests } from './features/data/useBackupRequests';
import { useFollowUpSync } from './features/settings/useFollowUpSync';
import { useSyncRunner } from './features/sync/useSyncRunner';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { JournalScreen } from './features/journal/JournalScreen';
import { isCaptureRoute, isPrintRoute, printedPacketId, useHash, useHashRoute } from './hooks/useHashRoute';
import { CaptureScreen } from './features/capture/CaptureScreen';
import { screenModules, type ScreenModule } from './screenModules';
import { printViewModule } from './printViewLoader';
import { printReadyAttribute } from '../../src-main/shared/contract';

const loading = (
  <p className="entry-count" role="status">
    Loading…
  </p>
);

/**
 * The app or, at a print route, a print view with nothing around it: one packet's at
 * `#/print/packet/<id>`, an empty page at `#/print/idle` (where a print window waits). At
 * `#/capture` (the quick-capture window) the capture form, also alone.
 */
export function App() {
  const hash = useHash();
  if (isCaptureRoute(hash)) return <CaptureScreen />;
  return isPrintRoute(hash) ? <PrintRoute packetId={printedPacketId(hash)} /> : <AppShell />;
}

function PrintRoute({ packetId }: { packetId: string | null }) {
  if (packetId === null) return <main className="print-view" />;
  return (
    <ErrorBoundary resetKey={packetId} fallback={() => <PrintFailure />}>
      <PrintView packetId={packetId} />
    </ErrorBoundary>
  );
}

function PrintView({ packetId }: { packetId: string }) {
  const View = printViewModule.useLoaded();
  // The component is the print view's module export, loaded once: the same on every render.
  // eslint-disable-next-line react-hooks/static-components
  return View ? <View packetId={packetId} /> : null;
}

/** A print view that could not load or draw says so to the window waiting to print it. */
function PrintFailure() {
  useEffect(() => document.documentElement.setAttribute(printReadyAttribute, 'error'), []);
  return null;
}

/** A screen from its own chunk: "Loading…" until its code is there. */
function LoadedScreen({ module }: { module: ScreenModule }) {
  const Loaded = module.useLoaded();
  // The component is the screen's module export, loaded once: the same on every render.
  // eslint-disable-next-line react-hooks/static-components
  return Loaded ? <Loaded /> : loading;
}

function AppShell() {
  const screen = useHashRoute();
  useGlobalShortcuts();
  useBackupRequests();
  useAppCommands();
  useFollowUpSync();
  useSyncRunner();
  return (
    <div className="app-shell">
      <Navigation current={screen} />
      <main className="app-main" id="main">
        <ErrorBoundary resetKey={screen} fallback={(reset) => <ScreenFailure onReload={reset} />}>
          {screen === 'journal' ? <JournalScreen /> : <LoadedScreen key={screen} module={screenModules[screen]} />}
        </ErrorBoundary>
      </main>
      <NoticeBar />
      <AppDialogs />
    </div>
  );
}
