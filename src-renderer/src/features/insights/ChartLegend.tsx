/** One series of a chart: its name, its colour, and whether it is drawn as bars or as a line. */
export interface LegendItem {
  label: string;
  color: string;
  shape?: 'bar' | 'line';
}

/**
 * A chart's legend as plain HTML under the graph: real text that wraps, scales with the user's font
 * size and prints crisply, and costs the chart nothing to lay out (a Recharts `<Legend>` measures
 * itself and makes the whole chart render again).
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={`chart-legend-swatch chart-legend-${item.shape ?? 'bar'}`}
            style={{ backgroundColor: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
