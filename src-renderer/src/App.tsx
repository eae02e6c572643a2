import { Navigation } from './components/Navigation';
import { NoticeBar } from './components/NoticeBar';
import { DataScreen } from './features/data/DataScreen';
import { GrowthScreen } from './features/growth/GrowthScreen';
import { InsightsScreen } from './features/insights/InsightsScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useHashRoute } from './hooks/useHashRoute';

export function App() {
  const screen = useHashRoute();
  useGlobalShortcuts();
  return (
    <div className="app-shell">
      <Navigation current={screen} />
      <main className="app-main" id="main">
        {screen === 'journal' && <JournalScreen />}
        {screen === 'insights' && <InsightsScreen />}
        {screen === 'growth' && <GrowthScreen />}
        {screen === 'data' && <DataScreen />}
      </main>
      <NoticeBar />
    </div>
  );
}
