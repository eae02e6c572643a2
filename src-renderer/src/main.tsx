import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isPrintRoute } from './hooks/useHashRoute';
import { loadPrintView } from './printViewLoader';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// A print window's first render is the print view itself: its code is loaded first.
const printViewLoaded = isPrintRoute(window.location.hash) ? loadPrintView().catch(() => undefined) : Promise.resolve();
void printViewLoaded.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
