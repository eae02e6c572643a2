import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScopeQuarterRow } from '../../domain/insights/insights';
import { scopeLabel, scopeLevels, scopeRank } from '../../domain/scopeLevels';
import { ResponsiveChart } from '../../components/ResponsiveChart';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { QuarterCountsTable } from './QuarterCountsTable';
import { scopeColors } from './chartColors';

/**
 * The graph alone: entries per quarter stacked from Self to Industry, with the widest level
 * reached as a line. The Insights card and the packet's print view both draw it.
 */
export function ScopeOverTimeGraph({ rows }: { rows: readonly ScopeQuarterRow[] }) {
  const data = rows.map((row) => ({
    label: row.label,
    ...row.counts,
    highest: row.highestScope === null ? null : scopeRank(row.highestScope),
  }));
  return (
    <>
      <ResponsiveChart height={300}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
          <YAxis yAxisId="count" allowDecimals={false} label={{ value: 'Entries', angle: -90, position: 'insideLeft' }} />
          <YAxis
            yAxisId="level"
            orientation="right"
            domain={[0, scopeLevels.length - 1]}
            ticks={scopeLevels.map((_, index) => index)}
            tickFormatter={(rank: number) => scopeLevels[rank]?.label ?? ''}
            width={90}
          />
          <Tooltip
            formatter={(value, name) => (name === 'Highest level' && typeof value === 'number' ? (scopeLevels[value]?.label ?? '') : value)}
          />
          {scopeLevels.map((level) => (
            <Bar
              key={level.id}
              yAxisId="count"
              dataKey={level.id}
              name={level.label}
              stackId="scope"
              fill={scopeColors[level.id]}
              isAnimationActive={false}
            />
          ))}
          <Line
            yAxisId="level"
            type="linear"
            dataKey="highest"
            name="Highest level"
            stroke={highestLevelColor}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveChart>
      <ChartLegend items={scopeLegend} />
    </>
  );
}

const highestLevelColor = '#333a45';

const scopeLegend: readonly LegendItem[] = [
  ...scopeLevels.map((level) => ({ label: level.label, color: scopeColors[level.id] })),
  { label: 'Highest level', color: highestLevelColor, shape: 'line' },
];

/** Scope over time as an Insights card, with its table view. */
export function ScopeOverTimeChart({ rows }: { rows: readonly ScopeQuarterRow[] }) {
  const highestLabel = new Map<string, string>(rows.map((row) => [row.quarter, row.highestScope ? scopeLabel(row.highestScope) : '—']));
  return (
    <ChartCard
      title="Scope over time"
      description="Entries per quarter by scope level, narrowest at the bottom; the line marks the widest scope reached each quarter."
      chart={<ScopeOverTimeGraph rows={rows} />}
      table={
        <QuarterCountsTable
          caption="Scope over time: entries per quarter by scope level"
          columns={scopeLevels}
          rows={rows}
          extra={{ label: 'Highest level', value: (quarter) => highestLabel.get(quarter) ?? '—' }}
        />
      }
    />
  );
}
