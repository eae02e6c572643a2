import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isPrintRoute, screenFromHash } from './hooks/useHashRoute';
import { prefetchJournalStats } from './hooks/useJournalData';
import { printViewModule } from './printViewLoader';
import { preloadScreen } from './screenModules';
import { startTheme } from './theme';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// A print window's first render is the print view itself: its code is loaded first. Paper is
// always light; the app's own window takes the user's theme before its first paint.
const isPrintWindow = isPrintRoute(window.location.hash);
if (!isPrintWindow) startTheme();
// The code of the screen the address names starts loading now, beside the first reads. Opening on
// Insights, its counts are read while the screen's chart code loads.
if (!isPrintWindow) preloadScreen(screenFromHash(window.location.hash));
if (window.location.hash.startsWith('#/insights')) prefetchJournalStats();
const printViewLoaded = isPrintWindow ? printViewModule.load().catch(() => undefined) : Promise.resolve();
void printViewLoaded.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
