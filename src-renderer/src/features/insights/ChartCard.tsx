import { useId, useState, type ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  /** One sentence saying what the chart shows: its accessible description. */
  description: string;
  chart: ReactNode;
  table: ReactNode;
  /** Extra controls beside the title. */
  actions?: ReactNode;
}

/**
 * A titled chart with a "View as table" toggle that shows the same numbers as a table. The
 * toggle keeps its name and reports its state through aria-pressed, so it is found the same way
 * in both states.
 */
export function ChartCard({ title, description, chart, table, actions }: ChartCardProps) {
  const headingId = useId();
  const descriptionId = useId();
  const [isTable, setTable] = useState(false);
  return (
    <section className="chart-card" aria-labelledby={headingId}>
      <header className="chart-card-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
        <button type="button" aria-pressed={isTable} onClick={() => setTable(!isTable)}>
          View as table
        </button>
      </header>
      <p id={descriptionId} className="muted chart-description">
        {description}
      </p>
      {isTable ? (
        table
      ) : (
        <figure className="chart-figure" role="figure" aria-labelledby={headingId} aria-describedby={descriptionId}>
          {chart}
        </figure>
      )}
    </section>
  );
}
