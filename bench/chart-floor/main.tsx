/**
 * The floor of "Insights first render with data": the app's own scope chart (`ScopeOverTimeGraph`,
 * Recharts) with 14 quarters of counts, alone on a page: no database, no app shell, no other
 * screen. bench/chart-floor.mjs times a reload of this page to the frame after its first bar, as
 * the benchmark times the Insights screen.
 */
import { createRoot } from 'react-dom/client';
import { ScopeOverTimeGraph } from '../../src-renderer/src/features/insights/ScopeOverTimeChart';
import type { ScopeQuarterRow } from '../../src-renderer/src/domain/insights/insights';
import type { QuarterKey } from '../../src-renderer/src/domain/quarters';
import '../../src-renderer/src/styles.css';

const rows: ScopeQuarterRow[] = Array.from({ length: 14 }, (_, index) => {
  const year = 2023 + Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const counts = { self: 40 + index, team: 120 - index, department: 20 + 3 * index, company: 6 + index, industry: index % 3 };
  return {
    quarter: `${year}-Q${quarter}` as QuarterKey,
    label: `Q${quarter} ${year}`,
    counts,
    total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    highestScope: index % 3 === 0 ? 'company' : 'industry',
  };
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <main style={{ maxWidth: 1100, margin: '0 auto' }}>
    <h1>Scope over time</h1>
    <figure>
      <ScopeOverTimeGraph rows={rows} />
    </figure>
  </main>,
);
