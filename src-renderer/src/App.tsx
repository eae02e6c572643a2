import { Navigation } from './components/Navigation';
import { NoticeBar } from './components/NoticeBar';
import { DataScreen } from './features/data/DataScreen';
import { GrowthScreen } from './features/growth/GrowthScreen';
import { InsightsScreen } from './features/insights/InsightsScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { printedPacketId, useHash, useHashRoute } from './hooks/useHashRoute';
import { PacketPrintView } from './features/packet/PacketPrintView';
import { PacketScreen } from './features/packet/PacketScreen';

/** The app, or — at `#/print/packet/<id>` — one packet's print view with nothing around it. */
export function App() {
  const packetId = printedPacketId(useHash());
  return packetId ? <PacketPrintView packetId={packetId} /> : <AppShell />;
}

function AppShell() {
  const screen = useHashRoute();
  useGlobalShortcuts();
  return (
    <div className="app-shell">
      <Navigation current={screen} />
      <main className="app-main" id="main">
        {screen === 'journal' && <JournalScreen />}
        {screen === 'insights' && <InsightsScreen />}
        {screen === 'growth' && <GrowthScreen />}
        {screen === 'packet' && <PacketScreen />}
        {screen === 'data' && <DataScreen />}
      </main>
      <NoticeBar />
    </div>
  );
}
