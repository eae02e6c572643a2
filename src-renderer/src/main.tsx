import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isPrintRoute } from './hooks/useHashRoute';
import { prefetchJournalStats } from './hooks/useJournalData';
import { loadPrintView } from './printViewLoader';
import { startTheme } from './theme';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// A print window's first render is the print view itself: its code is loaded first. Paper is
// always light; the app's own window takes the user's theme before its first paint.
const isPrintWindow = isPrintRoute(window.location.hash);
if (!isPrintWindow) startTheme();
// Opening on Insights: its counts are read while the screen's chart code loads.
if (window.location.hash.startsWith('#/insights')) prefetchJournalStats();
const printViewLoaded = isPrintWindow ? loadPrintView().catch(() => undefined) : Promise.resolve();
void printViewLoaded.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
