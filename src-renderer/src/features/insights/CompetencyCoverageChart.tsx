import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { CoverageRow } from '../../domain/insights/insights';
import { ResponsiveChart } from '../../components/ResponsiveChart';
import { ChartCard } from './ChartCard';
import { ChartLegend } from './ChartLegend';
import { comparisonColors } from './chartColors';

function rowLabel(row: CoverageRow): string {
  if (row.isRetired) return `${row.name} (retired)`;
  return row.isTarget ? `★ ${row.name}` : row.name;
}

/** Evidence per competency in the chosen quarter beside the quarter before; targets starred. */
export function CompetencyCoverageChart({
  rows,
  quarterLabel,
  previousLabel,
}: {
  rows: readonly CoverageRow[];
  quarterLabel: string;
  previousLabel: string;
}) {
  const data = rows.map((row) => ({ label: rowLabel(row), current: row.current, previous: row.previous }));
  return (
    <ChartCard
      title="Competency coverage"
      description={`Entries giving evidence of each competency in ${quarterLabel} beside ${previousLabel}. ★ marks a target of your growth plan.`}
      chart={
        <>
          <ResponsiveChart height={Math.max(240, rows.length * 34 + 60)}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={250} interval={0} />
              <Tooltip />
              <Bar dataKey="previous" name={previousLabel} fill={comparisonColors.previous} isAnimationActive={false} />
              <Bar dataKey="current" name={quarterLabel} fill={comparisonColors.current} isAnimationActive={false} />
            </BarChart>
          </ResponsiveChart>
          <ChartLegend
            items={[
              { label: previousLabel, color: comparisonColors.previous },
              { label: quarterLabel, color: comparisonColors.current },
            ]}
          />
        </>
      }
      table={
        <table className="data-table">
          <caption>
            Competency coverage in {quarterLabel} and {previousLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">{quarterLabel}</th>
              <th scope="col">{previousLabel}</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <bdi>{row.name}</bdi>
                  {row.isRetired && ' (retired)'}
                </th>
                <td>{row.current}</td>
                <td>{row.previous}</td>
                <td>{row.isTarget ? 'Yes' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
