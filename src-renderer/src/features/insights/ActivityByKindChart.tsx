import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { entryKinds } from '../../domain/entries/entryKinds';
import type { KindQuarterRow } from '../../domain/insights/insights';
import { ResponsiveChart } from '../../components/ResponsiveChart';
import { ChartCard } from './ChartCard';
import { ChartLegend } from './ChartLegend';
import { QuarterCountsTable } from './QuarterCountsTable';
import { kindColors } from './chartColors';

const kindLegend = entryKinds.map((kind) => ({ label: kind.label, color: kindColors[kind.id] }));

/** Entries per quarter, stacked by kind. */
export function ActivityByKindChart({ rows }: { rows: readonly KindQuarterRow[] }) {
  const data = rows.map((row) => ({ label: row.label, ...row.counts }));
  return (
    <ChartCard
      title="Activity by kind"
      description="Entries per quarter by kind: wins, decisions, feedback, mentoring, learning, incidents, writing and reflection."
      chart={
        <>
          <ResponsiveChart height={260}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              {entryKinds.map((kind) => (
                <Bar
                  key={kind.id}
                  dataKey={kind.id}
                  name={kind.label}
                  stackId="kind"
                  fill={kindColors[kind.id]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveChart>
          <ChartLegend items={kindLegend} />
        </>
      }
      table={<QuarterCountsTable caption="Activity by kind: entries per quarter" columns={entryKinds} rows={rows} />}
    />
  );
}
