interface QuarterCountsTableProps<Key extends string> {
  caption: string;
  /** The counted columns, in order. */
  columns: readonly { id: Key; label: string }[];
  rows: readonly { quarter: string; label: string; counts: Record<Key, number>; total: number }[];
  /** One more column after Total, e.g. the widest scope reached. */
  extra?: { label: string; value: (quarter: string) => string };
}

/** A chart's numbers as a table: one row per quarter, a count per column, and the total. */
export function QuarterCountsTable<Key extends string>({ caption, columns, rows, extra }: QuarterCountsTableProps<Key>) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          {columns.map((column) => (
            <th key={column.id} scope="col">
              {column.label}
            </th>
          ))}
          <th scope="col">Total</th>
          {extra && <th scope="col">{extra.label}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.quarter}>
            <th scope="row">{row.label}</th>
            {columns.map((column) => (
              <td key={column.id}>{row.counts[column.id]}</td>
            ))}
            <td>{row.total}</td>
            {extra && <td>{extra.value(row.quarter)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
